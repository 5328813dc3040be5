package io.claimdesk.article.domain.intake;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises credit lines (bylines and agency credits) and takes them out of an article body.
 *
 * <p>A credit line is a whole line (a paragraph of its own) of one of these shapes, after NFC, white-space
 * folding, and removing outer brackets ({@code (رويترز)}, {@code [AFP]}) and leading dashes:
 * <ul>
 *   <li>a list of news agencies separated by {@code ، , / ; & + |}, a spaced dash or "and": وكالات، رويترز،
 *       أ ف ب / أ.ف.ب، فرانس برس، الأناضول، د ب أ، شينخوا...; Reuters, AFP, AP, Agencies, Associated Press, dpa,
 *       "staff and agencies"... (short Latin abbreviations such as AP, AA, PA count only in capitals; Arabic compared with alef variants folded and dots, spaces, tatweel and harakat
 *       removed, so أ.ف.ب = أ ف ب = ا ف ب);</li>
 *   <li>"المصدر: ..." / "Source: ..." with at most 8 words after the colon;</li>
 *   <li>"بقلم ...", "كتب: ...", "إعداد ..." with at most 6 words of name (4 when "كتب" has no colon or dash), no
 *       Arabic comma; "By Jane Doe" with at most 8 words, each capitalised or a connector (and, de, al, in, for...),
 *       so "By Monday, talks had collapsed" is not a byline;</li>
 *   <li>"Reporting by ...; Editing by ..." and the other Reuters-style contributor lines;</li>
 *   <li>"Staff Writer" and similar, or a dash-led signature of at most 5 words ("— Staff Writer").</li>
 * </ul>
 * A line longer than {@value #MAX_CREDIT_CODE_POINTS} code points, or ending in sentence punctuation
 * ({@code . ! ? ؟}) in the name/source shapes, is never a credit line, so a sentence that merely mentions
 * Reuters ("Reuters reported that ...") is left alone.
 *
 * <p>{@link #extract(String)} only looks at the edges of the article: up to {@value #MAX_LEADING} credit lines at
 * the start and up to {@value #MAX_TRAILING} at the end, and never empties the body.
 */
public final class BylineDetector {

    /** Longest line, in code points, that can be a credit line. */
    public static final int MAX_CREDIT_CODE_POINTS = 160;
    /** Most credit lines taken from the start of the body. */
    public static final int MAX_LEADING = 2;
    /** Most credit lines taken from the end of the body. */
    public static final int MAX_TRAILING = 3;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** Arabic agency names, keyed by {@link #arabicKey}. */
    private static final Set<String> AGENCIES_AR = Set.of(
            "وكالات", "وكالاتالانباء", "رويترز", "وكالةرويترز", "افب", "فرانسبرس", "وكالةفرانسبرس", "الفرنسية",
            "الاناضول", "وكالةالاناضول", "دبا", "الالمانية", "اب", "اسوشيتدبرس", "اسوشيتيدبرس", "شينخوا",
            "سبوتنيك", "واس", "قنا", "كونا", "وام", "بنا", "سانا", "يونا", "واع", "بترا", "معا", "وفا");
    /** Latin-script agency names, keyed by {@link #latinKey}. */
    private static final Set<String> AGENCIES_LATIN = Set.of(
            "reuters", "afp", "ap", "agencies", "agency", "newsagencies", "wires", "wireservices", "withagencies",
            "staffandagencies", "agencefrancepresse", "associatedpress", "theassociatedpress", "dpa", "xinhua",
            "anadolu", "anadoluagency", "aa", "bloomberg", "upi", "efe", "ansa", "kyodo", "pa", "pamedia",
            "pressassociation", "tass", "wam", "spa", "kuna", "qna", "ina", "sana", "petra", "irna", "yonhap");

    /** Latin abbreviations that are credits only in capitals ("AP", not "ap"). */
    private static final Set<String> CAPITALS_ONLY = Set.of("afp", "ap", "aa", "pa", "upi", "efe", "spa", "ina",
            "wam", "kuna", "qna", "sana", "tass", "irna", "ansa");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[،,/;&+|]|\\s[-–—]\\s|\\s(?:and|et)\\s)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("^(?:المصدر|المصادر|مصدر|(?i:sources?))\\s*[:：\\-–—]\\s*(.+)$");
    private static final Pattern ARABIC_AUTHOR = Pattern.compile(
            "^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|إشراف|متابعة|ترجمة)\\s*([:：\\-–—])?\\s*(.+)$");
    private static final Pattern ENGLISH_BY = Pattern.compile("^(?i:by)\\s+(\\p{Lu}.*)$");
    private static final Pattern CONTRIBUTORS = Pattern.compile(
            "^(?:additional\\s+)?(?:reporting|writing|editing|compiled|written|produced|translated|research"
                    + "|graphics|photos?)\\s+by\\s+\\S.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAFF = Pattern.compile(
            "^(?:(?:our|special|staff|a)\\s+)?(?:staff\\s+writer|staff\\s+reporter|correspondent|reporter|staff|"
                    + "news\\s+desk|web\\s+desk)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NAME_CONNECTORS = Set.of("and", "&", "de", "da", "van", "von", "der", "al",
            "el", "bin", "ibn", "la", "le", "in", "for", "the", "of", "with");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟۔…]$");
    private static final Pattern LEADING_DASHES = Pattern.compile("^[\\-–—―•*~_|]+\\s*");

    /**
     * @param line one line (no {@code \n}); may carry surrounding white space
     * @return whether the whole line is a credit (byline, agency credit or source line) as described on the class
     */
    public boolean isCreditLine(String line) {
        return clean(line) != null;
    }

    /**
     * Takes credit lines from the start and end of a body.
     *
     * @param body text with {@code \n} line ends (normally canonical, repeats already collapsed)
     * @return the body without those lines (blank lines at the new edges trimmed) and the byline, or the body
     *     unchanged with a {@code null} byline
     */
    public BylineExtraction extract(String body) {
        List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
        List<String> leading = new ArrayList<>();
        List<String> trailing = new ArrayList<>();
        trimBlankEdges(lines);
        while (leading.size() < MAX_LEADING && countParagraphs(lines) > 1) {
            String credit = clean(lines.get(0));
            if (credit == null) {
                break;
            }
            leading.add(credit);
            lines.remove(0);
            trimBlankEdges(lines);
        }
        while (trailing.size() < MAX_TRAILING && countParagraphs(lines) > 1) {
            String credit = clean(lines.get(lines.size() - 1));
            if (credit == null) {
                break;
            }
            trailing.add(0, credit);
            lines.remove(lines.size() - 1);
            trimBlankEdges(lines);
        }
        if (leading.isEmpty() && trailing.isEmpty()) {
            return new BylineExtraction(body, null);
        }
        List<String> credits = new ArrayList<>(leading);
        credits.addAll(trailing);
        return new BylineExtraction(TextCanonicalizer.stripWhiteSpace(String.join("\n", lines)), String.join("; ", credits));
    }

    /** @return the credit without decorations, or {@code null} when the line is not a credit line */
    private static @Nullable String clean(String line) {
        String s = RepeatedBlockCollapser.fold(line);
        if (s.isEmpty() || s.codePointCount(0, s.length()) > MAX_CREDIT_CODE_POINTS) {
            return null;
        }
        boolean dashLed = LEADING_DASHES.matcher(s).find();
        s = LEADING_DASHES.matcher(s).replaceFirst("");
        s = stripOuterBrackets(s);
        if (s.isEmpty()) {
            return null;
        }
        if (isAgencyList(s)) {
            return s.replaceAll("\\s*[.:]$", "");
        }
        if (CONTRIBUTORS.matcher(s).matches() && wordCount(s) <= 40) {
            return s;
        }
        if (STAFF.matcher(s).matches()) {
            return s;
        }
        boolean endsSentence = SENTENCE_END.matcher(s).find();
        if (endsSentence) {
            return null;
        }
        Matcher m = SOURCE.matcher(s);
        if (m.matches() && wordCount(m.group(1)) <= 8) {
            return s;
        }
        m = ARABIC_AUTHOR.matcher(s);
        if (m.matches()) {
            int words = wordCount(m.group(2));
            boolean marked = m.group(1) != null;
            if (words <= (marked ? 6 : 4) && !m.group(2).contains("،")) {
                return s;
            }
        }
        m = ENGLISH_BY.matcher(s);
        if (m.matches() && wordCount(m.group(1)) <= 8 && looksLikeNames(m.group(1))) {
            return s;
        }
        if (dashLed && wordCount(s) <= 5 && !s.contains(",")) {
            return s;
        }
        return null;
    }

    /** Every word capitalised or a name connector ("Jane Doe and John Roe, Staff Writers in Baghdad"). */
    private static boolean looksLikeNames(String s) {
        for (String word : s.replace(",", " ").strip().split("\\s+")) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !NAME_CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAgencyList(String s) {
        String trimmed = s.replaceAll("\\s*[.:]$", "");
        if (isAgency(trimmed)) {
            return true;
        }
        String[] parts = SEPARATORS.split(trimmed);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!isAgency(stripOuterBrackets(part.strip()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAgency(String part) {
        if (part.isEmpty()) {
            return false;
        }
        if (AGENCIES_AR.contains(arabicKey(part))) {
            return true;
        }
        String key = latinKey(part);
        if (!AGENCIES_LATIN.contains(key)) {
            return false;
        }
        return !CAPITALS_ONLY.contains(key) || part.chars().noneMatch(Character::isLowerCase);
    }

    /** Alef variants to bare alef; tatweel, harakat, dots, hyphens and white space removed. */
    static String arabicKey(String s) {
        StringBuilder sb = new StringBuilder();
        String nfc = NFC.normalize(s);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ') {
                sb.append('ا');
            } else if (c == 'ـ' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '.' || c == '-'
                    || Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String latinKey(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    }

    private static String stripOuterBrackets(String s) {
        String r = s.strip();
        while (r.length() >= 2 && isPair(r.charAt(0), r.charAt(r.length() - 1))) {
            r = r.substring(1, r.length() - 1).strip();
        }
        return r;
    }

    private static boolean isPair(char open, char close) {
        return (open == '(' && close == ')') || (open == '[' && close == ']') || (open == '{' && close == '}')
                || (open == '«' && close == '»') || (open == '"' && close == '"');
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static int countParagraphs(List<String> lines) {
        int count = 0;
        for (String l : lines) {
            if (!l.isBlank()) {
                count++;
            }
        }
        return count;
    }

    private static void trimBlankEdges(List<String> lines) {
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }
}
