package io.claimdesk.article.domain.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Page furniture of scraped news pages: the lines a site prints around every article that are not part of it. The
 * one rule for it (issue 14 for intake, issue 17 for claim suggestions): intake flags and removes it at the edges of
 * a pasted or uploaded page ({@link #detect}), {@code claim.domain.segment} never suggests a furniture line
 * ({@link #isFurniture}).
 *
 * <p>A line (compared after white-space folding, without surrounding white space) is furniture of one {@link Kind}:
 * <ul>
 *   <li>{@link Kind#TICKER}: a ticker line such as {@code عاجل: …}, {@code آخر الأخبار | …}, "Breaking: …",
 *       "Latest news • …";</li>
 *   <li>{@link Kind#NEWS_HEADING}: a heading of a site's lists on its own: آخر الأخبار، الأكثر قراءة، أخبار ذات صلة;
 *       "Latest news", "Most read", "Related stories", "Top stories";</li>
 *   <li>{@link Kind#READ_ALSO}: {@code اقرأ أيضا …}, "Read also …", "Read more …", "Related: …";</li>
 *   <li>{@link Kind#SHARE}: a share or follow widget: a line starting {@code شارك} / {@code تابعنا} / "Share on" /
 *       "Follow us" of at most {@value #MAX_WIDGET_WORDS} words and no sentence end, or a line made only of network
 *       and share words (Facebook, تويتر, WhatsApp, Email, Print ...);</li>
 *   <li>{@link Kind#FONT_SIZE}: a font-size widget: تكبير الخط، تصغير الخط، حجم الخط, "Font size", "Text size", or
 *       a line of only {@code A}/{@code أ} letters with {@code + -} ("A A", "A+ A-");</li>
 *   <li>{@link Kind#DATE_LINE}: a date or time line, optionally with "Updated"/"آخر تحديث", a weekday, a time zone and
 *       at most {@value #MAX_SECTION_WORDS} words of section name ("الأحد 12 مارس 2026 - 10:30 | سياسة",
 *       "Updated: 3 March 2026 10:30 GMT", "منذ 3 ساعات");</li>
 *   <li>{@link Kind#NAVIGATION}: a navigation or breadcrumb line: three or more items separated by {@code |},
 *       {@code •}, {@code »} or {@code ·} with spaces around ("Home | World | Sport").</li>
 * </ul>
 * A line longer than {@value #MAX_LINE_CODE_POINTS} code points is never furniture (a paragraph that happens to start
 * with a ticker word keeps its text), except a navigation or ticker line of separated items.
 */
public final class PageFurniture {

    /** Longest line, in code points, that can be furniture (navigation and ticker lines excepted). */
    public static final int MAX_LINE_CODE_POINTS = 160;
    /** Most words of a share/follow or font-size widget line. */
    public static final int MAX_WIDGET_WORDS = 10;
    /** Most words of section name a date line may carry besides the date. */
    public static final int MAX_SECTION_WORDS = 3;
    /** Most non-blank lines looked at from each edge of a page. */
    public static final int MAX_EDGE_LINES = 12;

    /** Kinds of furniture. */
    public enum Kind { TICKER, NEWS_HEADING, READ_ALSO, SHARE, FONT_SIZE, DATE_LINE, NAVIGATION }

    private static final Pattern TICKER = Pattern.compile(
            "^(?:عاجل|آخر الأخبار|اخر الاخبار|آخر الاخبار|أحدث الأخبار|(?i:breaking(?: news)?|latest news|latest|"
                    + "just in))\\s*[:|•\\-–—]");
    private static final Pattern NEWS_HEADING = Pattern.compile(
            "^(?:عاجل|آخر الأخبار|اخر الاخبار|آخر الاخبار|أحدث الأخبار|الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة|"
                    + "الأكثر تداولا|الأكثر تداولاً|أخبار ذات صلة|اخبار ذات صلة|مواضيع ذات صلة|أخبار متعلقة|مواضيع متعلقة|"
                    + "قد يهمك أيضا|قد يهمك أيضاً|قد يهمك|(?i:latest news|latest|breaking news|breaking|most read|"
                    + "most popular|most viewed|top stories|related|related stories|related articles|related news|"
                    + "you may also like|more stories|more news|trending))\\s*:?$");
    private static final Pattern READ_ALSO = Pattern.compile(
            "^(?:اقرأ|إقرأ|اقرا)\\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|^(?:مواضيع|أخبار|اخبار)\\s+(?:ذات صلة|متعلقة)"
                    + "|^(?i:read (?:also|more)\\b|related(?: articles| stories)?\\s*:|see also\\s*:)");
    private static final Pattern SHARE_START = Pattern.compile(
            "^(?:شارك|شاركوا|شاركها|تابعونا|تابعنا|مشاركة|(?i:share(?: this| on| via|:)|follow us))(?=\\s|:|$)");
    private static final Set<String> SHARE_WORDS = Set.of("facebook", "twitter", "x", "whatsapp", "telegram",
            "linkedin", "email", "e-mail", "print", "share", "tweet", "copy", "link", "messenger", "reddit",
            "pinterest", "فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "آب", "اب", "تيليجرام", "تلغرام",
            "تيلجرام", "لينكدإن", "لينكد", "إن", "البريد", "الإلكتروني", "طباعة", "شارك", "مشاركة", "نسخ", "الرابط",
            "إكس");
    private static final Pattern FONT_SIZE = Pattern.compile(
            "(?:تكبير|تصغير) الخط|حجم (?:الخط|النص)|(?i:font size|text size|increase font|decrease font)");
    private static final Pattern FONT_LETTERS = Pattern.compile("^(?:[Aأ]\\s*[+\\-−]?\\s*){2,4}$");
    private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s[|•»·]\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟۔]\\s*[\"'”’»)]*$");
    private static final Pattern DIGITS = Pattern.compile("[0-9٠-٩۰-۹]");
    private static final Pattern DATE_NUMBERS = Pattern.compile(
            "[0-9٠-٩۰-۹]{1,4}\\s*[/.\\-]\\s*[0-9٠-٩۰-۹]{1,2}\\s*[/.\\-]\\s*[0-9٠-٩۰-۹]{1,4}");
    private static final Set<String> MONTHS = Set.of("يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو",
            "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
            "كانون", "شباط", "آذار", "اذار", "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب", "أيلول", "ايلول", "تشرين",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");
    /** Words a date line may hold besides numbers and months. */
    private static final Set<String> DATE_WORDS = Set.of("الأحد", "الاحد", "الإثنين", "الاثنين", "الثلاثاء",
            "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الثاني", "الأول", "الاول", "نشر", "نُشر", "نشر:",
            "في", "بتاريخ", "تاريخ", "النشر", "آخر", "اخر", "تحديث", "التحديث", "محدث", "مساء", "مساءً", "صباحا",
            "صباحاً", "ص", "م", "بتوقيت", "غرينتش", "غرينيتش", "مكة", "المكرمة", "القدس", "بيروت", "بغداد", "القاهرة",
            "دمشق", "الرياض", "منذ", "ساعة", "ساعات", "ساعتين", "دقيقة", "دقائق", "يوم", "أيام", "ايام", "يومين",
            "هـ", "ه", "مـ", "-", "|", "•", "·", "،", ",", "/", ":", "updated", "update", "published", "posted",
            "last", "on", "at", "gmt", "utc", "am", "pm", "a.m.", "p.m.", "bst", "cet", "est", "edt", "ago", "hours",
            "hour", "minutes", "minute", "mins", "min", "days", "day", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "today", "yesterday",
            "اليوم", "أمس", "امس");
    private static final Pattern DATE_TOKEN_STRIP = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    /**
     * One furniture line found at an edge of a page.
     *
     * @param line 1-based line number in the text given to {@link #detect}
     * @param kind what it is
     * @param text the line as written, without surrounding white space
     */
    public record Line(int line, Kind kind, String text) {
    }

    /**
     * @param line one line (no {@code \n}); surrounding white space is ignored
     * @return whether the line is page furniture of any kind
     */
    public static boolean isFurniture(String line) {
        return kind(line).isPresent();
    }

    /**
     * @param line one line (no {@code \n}); surrounding white space is ignored
     * @return the kind of furniture the line is, or empty for text
     */
    public static Optional<Kind> kind(String line) {
        String s = RepeatedBlockCollapser.fold(line);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (navigationSeparators(s) >= 2) {
            return Optional.of(TICKER.matcher(s).find() ? Kind.TICKER : Kind.NAVIGATION);
        }
        if (s.codePointCount(0, s.length()) > MAX_LINE_CODE_POINTS) {
            return Optional.empty();
        }
        if (NEWS_HEADING.matcher(s).matches()) {
            return Optional.of(Kind.NEWS_HEADING);
        }
        if (TICKER.matcher(s).find()) {
            return Optional.of(Kind.TICKER);
        }
        if (READ_ALSO.matcher(s).find()) {
            return Optional.of(Kind.READ_ALSO);
        }
        int words = s.split(" ").length;
        boolean sentence = SENTENCE_END.matcher(s).find();
        if (!sentence && words <= MAX_WIDGET_WORDS && (FONT_SIZE.matcher(s).find() || FONT_LETTERS.matcher(s).matches())) {
            return Optional.of(Kind.FONT_SIZE);
        }
        if (!sentence && words <= MAX_WIDGET_WORDS && (SHARE_START.matcher(s).find() || onlyShareWords(s))) {
            return Optional.of(Kind.SHARE);
        }
        if (!sentence && isDateLine(s)) {
            return Optional.of(Kind.DATE_LINE);
        }
        return Optional.empty();
    }

    /**
     * Finds the furniture at the top and the bottom of a page. From the top, lines are looked at while each is
     * furniture, a credit line ({@link BylineDetector#isCreditLine}) or the one headline (a line without sentence
     * end); from the bottom, while each is furniture or a credit line; at most {@value #MAX_EDGE_LINES} non-blank
     * lines from each edge. Furniture in the middle of the text is left alone (a quoted "Breaking:" stays).
     *
     * @param text canonical text ({@code \n} line ends)
     * @return the furniture lines in text order, with 1-based line numbers of {@code text}
     */
    public static List<Line> detect(String text) {
        String[] lines = text.split("\n", -1);
        BylineDetector credits = new BylineDetector();
        List<Line> found = new ArrayList<>();
        boolean headline = false;
        int looked = 0;
        int top = -1;
        for (int i = 0; i < lines.length && looked < MAX_EDGE_LINES; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            looked++;
            Optional<Kind> kind = kind(lines[i]);
            if (kind.isPresent()) {
                found.add(new Line(i + 1, kind.get(), lines[i].strip()));
            } else if (credits.isCreditLine(lines[i])) {
                // the byline detector takes it
            } else if (!headline && !SENTENCE_END.matcher(lines[i].strip()).find()) {
                headline = true;
            } else {
                break;
            }
            top = i;
        }
        List<Line> bottom = new ArrayList<>();
        looked = 0;
        for (int i = lines.length - 1; i > top && looked < MAX_EDGE_LINES; i--) {
            if (lines[i].isBlank()) {
                continue;
            }
            looked++;
            Optional<Kind> kind = kind(lines[i]);
            if (kind.isPresent()) {
                bottom.add(0, new Line(i + 1, kind.get(), lines[i].strip()));
            } else if (!credits.isCreditLine(lines[i])) {
                break;
            }
        }
        found.addAll(bottom);
        return List.copyOf(found);
    }

    /**
     * The text without the given furniture lines (and without a blank line their removal would leave at the start or
     * doubled), with the original 1-based line number of each line kept.
     *
     * @param text      the text given to {@link #detect}
     * @param furniture lines found in it
     * @return the text, and for each of its lines (index 0-based) the line number it had in {@code text}
     */
    static Removed remove(String text, List<Line> furniture) {
        String[] lines = text.split("\n", -1);
        java.util.Set<Integer> drop = new java.util.HashSet<>();
        furniture.forEach(l -> drop.add(l.line() - 1));
        List<String> kept = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        boolean previousBlank = true;
        for (int i = 0; i < lines.length; i++) {
            if (drop.contains(i)) {
                continue;
            }
            boolean blank = lines[i].isBlank();
            if (blank && previousBlank && !furniture.isEmpty()) {
                continue;
            }
            kept.add(lines[i]);
            numbers.add(i + 1);
            previousBlank = blank;
        }
        while (!furniture.isEmpty() && !kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
            numbers.remove(numbers.size() - 1);
        }
        return new Removed(String.join("\n", kept), numbers.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * A text with furniture removed.
     *
     * @param text         what is left
     * @param originalLine for each line of {@code text} (0-based index) its 1-based line number before the removal
     */
    record Removed(String text, int[] originalLine) {
    }

    /**
     * @return a {@link IntakeWarning.Code#PAGE_FURNITURE_REMOVED} warning such as "Removed 3 lines of page
     *     furniture (TICKER, DATE_LINE, SHARE): lines 1, 3, 12", with the arguments {@code count} and {@code lines}
     *     ("1, 3, 12"), or empty when there is none
     */
    static Optional<IntakeWarning> warning(List<Line> furniture) {
        if (furniture.isEmpty()) {
            return Optional.empty();
        }
        String lines = furniture.stream().map(l -> Integer.toString(l.line())).collect(Collectors.joining(", "));
        String kinds = furniture.stream().map(l -> l.kind().name()).distinct().collect(Collectors.joining(", "));
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", furniture.size());
        args.put("lines", lines);
        args.put("kinds", kinds);
        String message = String.format(Locale.ENGLISH, "Removed %d line%s of page furniture (%s): line%s %s",
                furniture.size(), furniture.size() == 1 ? "" : "s", kinds, furniture.size() == 1 ? "" : "s", lines);
        return Optional.of(new IntakeWarning(IntakeWarning.Code.PAGE_FURNITURE_REMOVED, message, args));
    }

    private static int navigationSeparators(String s) {
        Matcher m = NAV_SEPARATOR.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean onlyShareWords(String s) {
        String[] words = s.toLowerCase(Locale.ROOT).split("[\\s|•·/،,]+");
        int count = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!SHARE_WORDS.contains(w)) {
                return false;
            }
            count++;
        }
        return count >= 2;
    }

    private static boolean isDateLine(String s) {
        boolean numericDate = DATE_NUMBERS.matcher(s).find();
        boolean month = false;
        boolean digits = DIGITS.matcher(s).find();
        int other = 0;
        for (String raw : s.toLowerCase(Locale.ROOT).split("[\\s|•·،,]+")) {
            String w = DATE_TOKEN_STRIP.matcher(raw).replaceAll("");
            if (w.isEmpty() || DATE_WORDS.contains(w) || DATE_WORDS.contains(raw)) {
                continue;
            }
            String letters = w.startsWith("و") && MONTHS.contains(w.substring(1)) ? w.substring(1) : w;
            if (MONTHS.contains(letters)) {
                month = true;
                continue;
            }
            if (w.codePoints().allMatch(cp -> Character.isDigit(cp) || "/.-:".indexOf(cp) >= 0)) {
                continue;
            }
            other++;
        }
        boolean relative = s.matches(".*(?:منذ\\s+\\S+|(?i:\\d+\\s+(?:hours?|minutes?|mins?|days?)\\s+ago)).*");
        return other <= MAX_SECTION_WORDS && digits && (numericDate || month || relative);
    }
}
