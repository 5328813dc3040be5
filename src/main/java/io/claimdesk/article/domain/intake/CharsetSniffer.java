package io.claimdesk.article.domain.intake;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the character encoding of some bytes and decodes them.
 *
 * <p>Order of precedence (strongest first): the user's override; a Unicode byte order mark (UTF-8
 * {@code EF BB BF}, UTF-16LE {@code FF FE}, UTF-16BE {@code FE FF}, UTF-32 LE/BE); an in-document declaration
 * passed by the caller (HTML {@code <meta charset>}); strict UTF-8 validity (bytes that decode as UTF-8
 * without a single error are UTF-8: legacy 8-bit text practically never forms valid multi-byte sequences,
 * see Dürst, "The Properties and Promises of UTF-8", 1997); finally ICU4J's statistical
 * {@link CharsetDetector} (ICU user guide, "Character Set Detection").
 *
 * <p>Adjustments to ICU's answer:
 * <ul>
 *   <li>ICU's candidates are taken in its order, but the first one under which every byte is assigned (no
 *       U+FFFD, no C1 control after decoding) and whose confidence is at least half of the first's wins over
 *       invalid ones; when none is, ICU's first stays.
 *       (Short Arabic text is sometimes ranked ISO-8859-8 first, whose 0xC0-0xDF are unassigned.)</li>
 *   <li>{@code ISO-8859-1} is read as {@code windows-1252}, as the WHATWG Encoding Standard does for that label
 *       (so curly quotes in 0x80-0x9F decode right).</li>
 *   <li>Visual-order EBCDIC guesses ({@code IBM420_*}, {@code IBM424_*}) are ignored.</li>
 *   <li><b>Arabic tie-break.</b> ICU's n-gram recognisers for {@code windows-1256} and {@code ISO-8859-6} often
 *       score the same text alike. When ICU's best answer is either of them, both are decoded and the one that
 *       yields more Arabic letters and fewer impossible characters wins. Bytes only windows-1256 uses for
 *       Arabic letters make ISO-8859-6 fail: 0xDB-0xDF (غ ـ ف ق ك in 1256) and 0xF3-0xFF are unassigned in
 *       ISO-8859-6, and 0x80-0x9F are C1 controls there (Persian letters, punctuation in 1256). The other way,
 *       ISO-8859-6 letters ه و ى ي at 0xE7-0xEA are the Latin letters ç è é ê in windows-1256, so Latin
 *       accented letters among Arabic ones count against windows-1256. Score = Arabic letters - 5 x (U+FFFD,
 *       C1 controls and non-ASCII Latin letters); a tie keeps ICU's order.</li>
 * </ul>
 *
 * <p>Binary guard: without an override or BOM, NUL bytes mean binary data unless ICU recognises UTF-16/32
 * with confidence &gt;= 60 or the bytes pass the UTF-16-without-BOM check ({@link #utf16WithoutBom}; ICU's own
 * UTF-16 recogniser only scores code units in U+0000-U+00FF, so it misses BOM-less Arabic). After decoding, any U+0000, or more than {@value #MAX_CONTROL_PERCENT}% C0/C1
 * controls (tab, LF, CR, VT, FF and NEL not counted) means binary; more than {@value #MAX_REPLACEMENT_PERCENT}%
 * U+FFFD replacement characters means unreadable, fewer give a warning.
 */
public final class CharsetSniffer {

    /** Share of control characters (percent of code points) above which text is considered binary. */
    public static final int MAX_CONTROL_PERCENT = 2;
    /** Share of U+FFFD (percent of code points) above which decoding is refused. */
    public static final int MAX_REPLACEMENT_PERCENT = 5;

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    /** Confidence reported for UTF-16 recognised without a BOM by {@link #utf16WithoutBom}. */
    static final int UTF16_HEURISTIC_CONFIDENCE = 80;
    private static final Set<String> ARABIC_PAIR = Set.of("windows-1256", "ISO-8859-6");

    /**
     * Chooses an encoding without decoding for the caller.
     *
     * @param bytes        the raw bytes
     * @param overrideName user's choice or {@code null}
     * @param declared     charset declared inside the document (HTML meta) or {@code null}
     * @param markup       {@code true} for HTML/XML, so ICU ignores tags when counting
     * @return the choice
     * @throws IntakeException BINARY for NUL bytes that are not UTF-16/32; UNREADABLE when nothing fits
     */
    public CharsetDetection sniff(byte[] bytes, @Nullable String overrideName, @Nullable Charset declared,
            boolean markup) {
        int bomLength = bomLength(bytes);
        if (overrideName != null) {
            Charset cs = Charset.forName(overrideName);
            int skip = bomLength > 0 && bomCharset(bytes).equals(cs) ? bomLength : 0;
            return new CharsetDetection(cs, 100, false, CharsetDetection.Basis.OVERRIDE, skip);
        }
        if (bomLength > 0) {
            return new CharsetDetection(bomCharset(bytes), 100, false, CharsetDetection.Basis.BOM, bomLength);
        }
        if (declared != null) {
            return new CharsetDetection(declared, 100, false, CharsetDetection.Basis.DECLARED, 0);
        }
        boolean hasNul = indexOf(bytes, (byte) 0) >= 0;
        if (!hasNul && isStrictUtf8(bytes)) {
            return new CharsetDetection(StandardCharsets.UTF_8, 100, false, CharsetDetection.Basis.VALID_UTF8, 0);
        }
        return detect(bytes, hasNul, markup);
    }

    /**
     * Chooses an encoding (see {@link #sniff}) and decodes, applying the binary and readability checks.
     *
     * @return text without the byte order mark, the choice, and warnings
     * @throws IntakeException BINARY or UNREADABLE as described on the class
     */
    public DecodedText decode(byte[] bytes, @Nullable String overrideName, @Nullable Charset declared,
            boolean markup) {
        CharsetDetection detection = sniff(bytes, overrideName, declared, markup);
        String text = decodeReplacing(bytes, detection.bomLength(), detection.charset());
        List<IntakeWarning> warnings = new ArrayList<>();
        checkDecoded(text, detection.charset(), warnings);
        if (detection.guessed()) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("charset", detection.charset().name());
            args.put("confidence", detection.confidence());
            warnings.add(new IntakeWarning(IntakeWarning.Code.CHARSET_GUESSED,
                    "The text encoding was not declared; it was detected as " + detection.charset().name()
                            + " (confidence " + detection.confidence() + "%). Choose another if the text looks wrong.",
                    args));
        }
        return new DecodedText(text, detection, warnings);
    }

    private CharsetDetection detect(byte[] bytes, boolean hasNul, boolean markup) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        boolean utf8Possible = !hasNul && isStrictUtf8(bytes);
        List<Candidate> candidates = new ArrayList<>();
        for (CharsetMatch m : matches) {
            String name = m.getName();
            if (name.startsWith("IBM420") || name.startsWith("IBM424")) {
                continue;
            }
            if (name.equals("ISO-8859-1")) {
                name = "windows-1252";
            }
            boolean wide = name.startsWith("UTF-16") || name.startsWith("UTF-32");
            if (hasNul && !(wide && m.getConfidence() >= 60)) {
                continue;
            }
            if (!hasNul && wide) {
                continue;
            }
            if (name.equals("UTF-8") && !utf8Possible) {
                continue;
            }
            Charset cs;
            try {
                cs = Charset.forName(name);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (candidates.stream().noneMatch(c -> c.charset.equals(cs))) {
                candidates.add(new Candidate(cs, m.getConfidence()));
            }
        }
        if (hasNul && candidates.isEmpty()) {
            Charset utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) {
                return new CharsetDetection(utf16, UTF16_HEURISTIC_CONFIDENCE, true, CharsetDetection.Basis.DETECTED, 0);
            }
        }
        if (candidates.isEmpty()) {
            if (hasNul) {
                throw new IntakeException(IntakeException.Code.BINARY,
                        "The file contains binary data (NUL bytes), not text.");
            }
            throw new IntakeException(IntakeException.Code.UNREADABLE,
                    "The text encoding could not be recognised. Choose the encoding by hand.");
        }
        Candidate best = candidates.get(0);
        for (Candidate c : candidates) {
            if (c.confidence * 2 < best.confidence) {
                break;
            }
            if (invalidCount(decodeReplacing(bytes, 0, c.charset)) == 0) {
                best = c;
                break;
            }
        }
        if (ARABIC_PAIR.contains(best.charset.name())) {
            Charset chosen = arabicTieBreak(bytes, best.charset);
            if (!chosen.equals(best.charset)) {
                Candidate fallback = best;
                best = candidates.stream().filter(c -> c.charset.equals(chosen)).findFirst()
                        .orElse(new Candidate(chosen, fallback.confidence));
            }
        }
        return new CharsetDetection(best.charset, best.confidence, true, CharsetDetection.Basis.DETECTED, 0);
    }

    /**
     * UTF-16 without a byte order mark, which ICU only recognises for mostly-Latin text: the bytes must decode
     * strictly as UTF-16LE (or BE) into assigned, non-private characters without controls other than tab, CR
     * and LF; letters must be at least 30% of the code points and one script must hold 80% of the letters.
     *
     * @return UTF-16LE, UTF-16BE, or {@code null}
     */
    static @Nullable Charset utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            String text;
            try {
                text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                continue;
            }
            if (looksLikeText(text)) {
                return cs;
            }
        }
        return null;
    }

    private static boolean looksLikeText(String text) {
        int total = 0;
        int letters = 0;
        Map<Integer, Integer> scripts = new java.util.HashMap<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            int type = UCharacter.getType(cp);
            if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)
                    || type == UCharacter.UNASSIGNED || type == UCharacter.PRIVATE_USE || type == UCharacter.SURROGATE) {
                return false;
            }
            if (UCharacter.isLetter(cp)) {
                letters++;
                scripts.merge(UScript.getScript(cp), 1, Integer::sum);
            }
        }
        int top = scripts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return letters * 10 >= total * 3 && top * 10 >= letters * 8;
    }

    /**
     * The windows-1256 / ISO-8859-6 tie-break described on the class.
     *
     * @param bytes      the raw bytes
     * @param icuChoice  windows-1256 or ISO-8859-6, as ICU ranked it
     * @return the member of the pair with the higher {@link #arabicPlausibility} score; ICU's choice on a tie
     */
    static Charset arabicTieBreak(byte[] bytes, Charset icuChoice) {
        Charset other = icuChoice.equals(WINDOWS_1256) ? ISO_8859_6 : WINDOWS_1256;
        int icuScore = arabicPlausibility(decodeReplacing(bytes, 0, icuChoice));
        int otherScore = arabicPlausibility(decodeReplacing(bytes, 0, other));
        return otherScore > icuScore ? other : icuChoice;
    }

    /** Number of U+FFFD and C1 controls: characters that mean the bytes are not valid in a charset. */
    private static int invalidCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (c >= 0x80 && c <= 0x9F)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Score for the windows-1256 / ISO-8859-6 tie-break: Arabic-script letters minus five for each U+FFFD,
     * C1 control and non-ASCII Latin letter.
     */
    static int arabicPlausibility(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            if (cp == 0xFFFD || cp <= 0x9F) {
                score -= 5;
            } else if (UCharacter.isLetter(cp)) {
                int script = UScript.getScript(cp);
                if (script == UScript.ARABIC) {
                    score++;
                } else if (script == UScript.LATIN) {
                    score -= 5;
                }
            }
        }
        return score;
    }

    private static void checkDecoded(String text, Charset charset, List<IntakeWarning> warnings) {
        int total = 0;
        int controls = 0;
        int replacements = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            if (cp == 0) {
                throw new IntakeException(IntakeException.Code.BINARY,
                        "The file contains binary data (NUL characters), not text.");
            }
            if (cp == 0xFFFD) {
                replacements++;
            } else if (isSuspectControl(cp)) {
                controls++;
            }
        }
        if (total == 0) {
            return;
        }
        if (controls * 100L > (long) MAX_CONTROL_PERCENT * total) {
            throw new IntakeException(IntakeException.Code.BINARY, String.format(Locale.ENGLISH,
                    "The file looks like binary data, not text: %.1f%% of its characters are control characters.",
                    controls * 100.0 / total));
        }
        if (replacements * 100L > (long) MAX_REPLACEMENT_PERCENT * total) {
            throw new IntakeException(IntakeException.Code.UNREADABLE, String.format(Locale.ENGLISH,
                    "The file cannot be read as %s: %.1f%% of it is not valid in that encoding. "
                            + "Choose another encoding.", charset.name(), replacements * 100.0 / total));
        }
        if (replacements > 0) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("count", replacements);
            args.put("charset", charset.name());
            warnings.add(new IntakeWarning(IntakeWarning.Code.DECODING_ERRORS_REPLACED,
                    String.format(Locale.ENGLISH, "%,d byte sequence%s not valid in %s and became \uFFFD.",
                            replacements, replacements == 1 ? " was" : "s were", charset.name()), args));
        }
    }

    private static boolean isSuspectControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85) {
            return false;
        }
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    }

    /** @return length of a leading Unicode byte order mark, or 0 */
    static int bomLength(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return 4;
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
            return 2;
        }
        return 0;
    }

    private static Charset bomCharset(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_16LE;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** @return whether the bytes decode as UTF-8 without any malformed or unmappable sequence */
    static boolean isStrictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decodeReplacing(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IntakeException(IntakeException.Code.UNREADABLE,
                    "The file cannot be read as " + charset.name() + ".", e);
        }
    }

    private record Candidate(Charset charset, int confidence) {
    }
}
