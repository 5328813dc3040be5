package io.claimdesk.report.domain;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Direction of user text in the reports: each field or paragraph takes its own base direction from its content,
 * and runs the Unicode Bidirectional Algorithm (UAX #9) would misplace inside it are isolated.
 *
 * <ul>
 *   <li>{@link #direction}: the first strong character decides (UAX #9 rules P2-P3, ICU
 *       {@link Bidi#getBaseDirection}); text without one (digits, punctuation only) takes the direction of its
 *       language ({@code ar}, {@code fa}, {@code ur}, {@code ckb}, {@code ps}, {@code sd}, {@code ug}, {@code yi},
 *       {@code he}, {@code dv} are right-to-left), else left-to-right.</li>
 *   <li>{@link #html(String, String)}: the text escaped, every web address ({@code http(s)://...} or
 *       {@code www....}) in a left-to-right isolate, and every run of the other direction in an isolate of its
 *       own. Inside Arabic a URL such as {@code www.example.org/ar?id=7} otherwise breaks apart: the neutral
 *       {@code =} between the Latin {@code id} and the digit {@code 7} (which counts as right-to-left there, rule
 *       N1) takes the paragraph's direction and the {@code 7} jumps to the front. Inside English, digits after an
 *       Arabic phrase would otherwise become Arabic numbers (rule W2) and join the Arabic run.</li>
 * </ul>
 */
public final class BidiText {

    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "fa", "ur", "ckb", "ps", "sd", "ug", "yi", "he",
            "dv");
    /** A web address; trailing sentence punctuation is not part of it (see {@link #html}). */
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s<>\"«»“”]+");
    private static final String TRAILING = ".,;:!?)]}،؛؟'";

    private BidiText() {
    }

    /**
     * @param text     the field's text (may be null or blank)
     * @param language the language tag of the text when known ({@code ar}, {@code en-GB}, ...), the fallback
     * @return {@code "rtl"} or {@code "ltr"}
     */
    public static String direction(@Nullable String text, @Nullable String language) {
        if (text != null && !text.isEmpty()) {
            byte d = Bidi.getBaseDirection(text);
            if (d == Bidi.RTL) {
                return "rtl";
            }
            if (d == Bidi.LTR) {
                return "ltr";
            }
        }
        return rightToLeft(language) ? "rtl" : "ltr";
    }

    /**
     * The direction of a paragraph of a text whose direction is known (an article's body): {@code base} unless the
     * paragraph has strong characters of the other direction only (an English paragraph in an Arabic article, or
     * the reverse). Stricter than first-strong on purpose: an Arabic paragraph that starts with a Latin name
     * ("BBC: ...") stays right to left.
     *
     * @param base {@code "rtl"} or {@code "ltr"}
     */
    public static String paragraphDirection(String paragraph, String base) {
        boolean rtl = "rtl".equals(base);
        boolean opposite = false;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            if (strong(cp)) {
                if (opposite(cp, rtl)) {
                    opposite = true;
                } else {
                    return base;
                }
            }
        }
        return opposite ? (rtl ? "ltr" : "rtl") : base;
    }

    /** Whether a language tag names a language written right to left. */
    public static boolean rightToLeft(@Nullable String language) {
        if (language == null || language.isBlank()) {
            return false;
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return RTL_LANGUAGES.contains(primary);
    }

    /**
     * The text as XHTML content for a paragraph of unknown direction: {@link #html(String, String)} with the
     * text's own direction ({@link #direction}, no language).
     */
    public static String html(@Nullable String text) {
        return html(text, direction(text, null));
    }

    /**
     * The text as XHTML content inside a paragraph of direction {@code paragraph}: escaped
     * ({@link ArticleReportHtml#escape}); each web address in {@code <span class="ltr" dir="ltr">...</span>} (the
     * report's left-to-right isolate, which the PDF renderer honours too); each run of the other direction
     * (from its first to its last strong character of that direction, with the spaces, digits and punctuation
     * between them; in right-to-left text also the digits, and a percent sign right after them, that follow the
     * Latin run, which UAX #9 would order with it; and in right-to-left text a number with a percent sign after it,
     * "12%", which openhtmltopdf would turn into "%12") in {@code <span dir="...">}, an isolate, so that, for example,
     * the digits after an Arabic phrase in English text ({@code "250 مليون دولار" (12%)}) are not drawn into the
     * Arabic run (rule W2 would make them Arabic numbers). The text content of the result equals {@code text} (XML-forbidden characters aside).
     *
     * @param paragraph {@code "rtl"} or {@code "ltr"}: the direction of the element the result goes in
     */
    public static String html(@Nullable String text, String paragraph) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int plain = 0;
        for (Isolate isolate : isolates(text, paragraph)) {
            out.append(ArticleReportHtml.escape(text.substring(plain, isolate.start())))
                    .append(isolate.openTag())
                    .append(ArticleReportHtml.escape(text.substring(isolate.start(), isolate.end())))
                    .append("</span>");
            plain = isolate.end();
        }
        out.append(ArticleReportHtml.escape(text.substring(plain)));
        return out.toString();
    }

    /**
     * A run of a text to isolate (see {@link #html(String, String)}).
     *
     * @param start   first UTF-16 index in the text, inclusive
     * @param end     UTF-16 index, exclusive
     * @param dir     {@code "ltr"} or {@code "rtl"}: the run's own direction
     * @param address whether the run is a web address (drawn as {@code <span class="ltr" dir="ltr">})
     */
    public record Isolate(int start, int end, String dir, boolean address) {

        /** The opening tag of the isolate: {@code <span dir="...">} ({@code class="ltr"} for a web address). */
        public String openTag() {
            return address ? "<span class=\"ltr\" dir=\"ltr\">" : "<span dir=\"" + dir + "\">";
        }
    }

    /**
     * The runs of {@code text} that {@link #html(String, String)} isolates inside a paragraph of direction
     * {@code paragraph}, in text order, not overlapping, none empty.
     *
     * @param paragraph {@code "rtl"} or {@code "ltr"}
     */
    public static java.util.List<Isolate> isolates(String text, String paragraph) {
        boolean rtl = "rtl".equals(paragraph);
        java.util.List<Isolate> out = new java.util.ArrayList<>();
        Matcher m = URL.matcher(text);
        int last = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end - m.start() < 5) {
                continue;
            }
            runs(out, text, last, m.start(), rtl);
            out.add(new Isolate(m.start(), end, "ltr", true));
            last = end;
        }
        runs(out, text, last, text.length(), rtl);
        return out;
    }

    /** Adds each run of the direction opposite to the paragraph's in {@code text[from, to)}. */
    private static void runs(java.util.List<Isolate> out, String whole, int from, int to, boolean rtlParagraph) {
        String text = whole.substring(from, to);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (rtlParagraph && UCharacter.getDirection(cp) == UCharacterDirection.EUROPEAN_NUMBER) {
                // a number with a percent sign (or another terminator) after it, "12%": UAX #9 keeps it left to
                // right (rule W5), openhtmltopdf turns it into "%12"; isolated it stays as written everywhere
                int j = i;
                while (j < text.length() && (UCharacter.getDirection(text.codePointAt(j))
                        == UCharacterDirection.EUROPEAN_NUMBER || separatorInNumber(text, j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
                if (j < text.length() && UCharacter.getDirection(text.codePointAt(j))
                        == UCharacterDirection.EUROPEAN_NUMBER_TERMINATOR) {
                    int end = j + Character.charCount(text.codePointAt(j));
                    out.add(new Isolate(from + i, from + end, "ltr", false));
                    i = end;
                } else {
                    i = j;
                }
                continue;
            }
            if (!opposite(cp, rtlParagraph)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i + Character.charCount(cp);
            int j = end;
            while (j < text.length()) {
                int next = text.codePointAt(j);
                int d = UCharacter.getDirection(next);
                if (opposite(next, rtlParagraph)
                        // in right-to-left text, digits after Latin are Latin (UAX #9 rules W5, W7): keep
                        // "(FAO, 2024)" or "FAO 12%" whole, as they would be without the isolate
                        || rtlParagraph && (d == UCharacterDirection.EUROPEAN_NUMBER
                        || d == UCharacterDirection.EUROPEAN_NUMBER_TERMINATOR && j == end && digitBefore(text, j))) {
                    end = j + Character.charCount(next);
                } else if (strong(next)) {
                    break;
                }
                j += Character.charCount(next);
            }
            out.add(new Isolate(from + start, from + end, rtlParagraph ? "ltr" : "rtl", false));
            i = end;
        }
    }

    /** A common or European separator ({@code , . : / -}) between two European digits ("12.5"). */
    private static boolean separatorInNumber(String text, int index) {
        int d = UCharacter.getDirection(text.codePointAt(index));
        return (d == UCharacterDirection.COMMON_NUMBER_SEPARATOR || d == UCharacterDirection.EUROPEAN_NUMBER_SEPARATOR)
                && digitBefore(text, index) && index + 1 < text.length()
                && UCharacter.getDirection(text.codePointAt(index + 1)) == UCharacterDirection.EUROPEAN_NUMBER;
    }

    private static boolean digitBefore(String text, int index) {
        return index > 0 && UCharacter.getDirection(text.codePointBefore(index)) == UCharacterDirection.EUROPEAN_NUMBER;
    }

    private static boolean opposite(int cp, boolean rtlParagraph) {
        int d = UCharacter.getDirection(cp);
        return rtlParagraph ? d == UCharacterDirection.LEFT_TO_RIGHT
                : d == UCharacterDirection.RIGHT_TO_LEFT || d == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean strong(int cp) {
        int d = UCharacter.getDirection(cp);
        return d == UCharacterDirection.LEFT_TO_RIGHT || d == UCharacterDirection.RIGHT_TO_LEFT
                || d == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
    }
}
