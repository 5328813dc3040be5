package io.claimdesk.article.domain.intake;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * Brings text into Claimdesk's canonical form (design doc, "Text handling"): Unicode NFC
 * (UAX #15, via ICU {@link Normalizer2#getNFCInstance()}), {@code \n} line ends, no byte order mark, no C0/C1
 * controls except {@code \n} and {@code \t}, ZWJ/ZWNJ (U+200D/U+200C) and bidi marks kept, no trailing white
 * space on a line, at most one blank line in a row, no leading or trailing white space.
 *
 * <p>Steps, in order:
 * <ol>
 *   <li>Remove every U+FEFF (byte order mark / deprecated ZWNBSP).</li>
 *   <li>Turn CR LF, CR, NEL (U+0085), VT (U+000B), FF (U+000C), LINE SEPARATOR (U+2028) and PARAGRAPH
 *       SEPARATOR (U+2029) into {@code \n} (Unicode Standard §5.8, Newline Guidelines).</li>
 *   <li>Remove the other C0 controls, DEL and C1 controls.</li>
 *   <li>NFC.</li>
 *   <li>Strip trailing Unicode White_Space from each line.</li>
 *   <li>Collapse three or more consecutive line feeds (two or more blank lines) into two (one blank line).</li>
 *   <li>Strip leading and trailing White_Space of the whole text.</li>
 * </ol>
 * The function is idempotent: canonicalising canonical text returns it unchanged with all counts zero.
 */
public final class TextCanonicalizer {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /**
     * @param text any text
     * @return canonical text and the counts of what changed
     */
    public CanonicalText canonicalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int boms = 0;
        int breaks = 0;
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF') {
                boms++;
            } else if (c == '\r') {
                breaks++;
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u0085' || c == '\u000B' || c == '\u000C' || c == '\u2028' || c == '\u2029') {
                breaks++;
                sb.append('\n');
            } else if (c == '\n' || c == '\t') {
                sb.append(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                controls++;
            } else {
                sb.append(c);
            }
        }
        String cleaned = sb.toString();
        int nfcChanged = countNfcChanges(cleaned);
        String normalized = nfcChanged == 0 ? cleaned : NFC.normalize(cleaned);

        String[] lines = normalized.split("\n", -1);
        StringBuilder out = new StringBuilder(normalized.length());
        int trimmed = 0;
        int collapsed = 0;
        int blankRun = 0;
        for (String line : lines) {
            String stripped = stripTrailingWhiteSpace(line);
            if (stripped.length() != line.length()) {
                trimmed++;
            }
            if (stripped.isEmpty()) {
                blankRun++;
                if (blankRun == 2) {
                    collapsed++;
                }
                if (blankRun >= 2) {
                    continue;
                }
            } else {
                blankRun = 0;
            }
            out.append(stripped).append('\n');
        }
        String result = stripWhiteSpace(out);
        return new CanonicalText(result, boms, breaks, nfcChanged, controls, trimmed, collapsed);
    }

    /** Counts NFC segments (text between {@link Normalizer2#hasBoundaryBefore} boundaries) that NFC changes. */
    private static int countNfcChanges(String s) {
        int end = NFC.spanQuickCheckYes(s);
        if (end == s.length()) {
            return 0;
        }
        int changed = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); ) {
            int cp = i < s.length() ? s.codePointAt(i) : -1;
            if (i == s.length() || (i > start && NFC.hasBoundaryBefore(cp))) {
                String segment = s.substring(start, i);
                if (!NFC.isNormalized(segment)) {
                    changed++;
                }
                start = i;
                if (i == s.length()) {
                    break;
                }
            }
            i += Character.charCount(cp);
        }
        return changed;
    }

    private static String stripTrailingWhiteSpace(String line) {
        int end = line.length();
        while (end > 0) {
            int cp = line.codePointBefore(end);
            if (!UCharacter.isUWhiteSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return line.substring(0, end);
    }

    /** Strips Unicode White_Space (not only Java whitespace) from both ends. */
    static String stripWhiteSpace(CharSequence s) {
        int start = 0;
        int end = s.length();
        while (start < end && UCharacter.isUWhiteSpace(Character.codePointAt(s, start))) {
            start += Character.charCount(Character.codePointAt(s, start));
        }
        while (end > start && UCharacter.isUWhiteSpace(Character.codePointBefore(s, end))) {
            end -= Character.charCount(Character.codePointBefore(s, end));
        }
        return s.subSequence(start, end).toString();
    }
}
