package io.claimdesk.claim.domain.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import io.claimdesk.article.domain.intake.PageFurniture;
import io.claimdesk.claim.domain.CheckWorthiness;
import io.claimdesk.claim.domain.worthiness.SuggestionScore;
import io.claimdesk.core.text.CodePoints;
import io.claimdesk.core.work.Cancellation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article body (canonical text: NFC, {@code \n} line endings) into suggested claim spans: sentences, and the
 * clauses of sentences that join independent statements. Offsets are Unicode code points, end exclusive.
 *
 * <p><b>Sentences.</b> Each line ({@code \n}-separated paragraph) is segmented on its own, so a sentence never
 * spans a paragraph break, with the ICU4J sentence {@link BreakIterator} (Unicode UAX #29 sentence boundaries) for the
 * article's locale: {@code ar}, {@code en} (plus break suppression after common titles such as "Dr." and "Gen.", via
 * {@link FilteredBreakIteratorBuilder}), else the root locale. For Arabic, ICU also breaks after terminators such as
 * {@code ‼} and {@code ؞}; those breaks are removed, so an Arabic sentence ends only at {@code . ! ? ؟ ۔} (optionally
 * followed by closing quotes or brackets) or at the end of the line. ICU already does not break at the Arabic comma
 * {@code ،} or semicolon {@code ؛}.
 *
 * <p><b>Headline.</b> The first non-blank line, when it is a heading (below), is a candidate of kind
 * {@link Segment.Kind#HEADLINE}: headlines make claims too (issue 17).
 *
 * <p><b>Skipped lines.</b> Page furniture ({@link #isBoilerplate}); blank lines; lines the caller's {@code creditLine} predicate accepts (receives the line
 * without surrounding white space); and headings: a line of at most {@value #MAX_HEADING_WORDS} words that does not
 * end in sentence-final punctuation ({@code . ! ? ؟ ۔} before any closing quotes or brackets). A short line ending in
 * a colon counts as a heading too.
 *
 * <p><b>Clauses</b> (precision over recall). A sentence is split where a connective starts an independent
 * statement; the connective word stays at the start of the second clause, the first clause loses the comma and space
 * before it. Each clause must have at least {@value #MIN_CLAUSE_WORDS} words, otherwise that split is not made.
 * <ul>
 *   <li>Arabic: {@code فيما} after a comma ({@code ،} or {@code ,}), unless it is the preposition phrase
 *       {@code فيما يتعلق/يخص/بعد/بين/إذا}; {@code بينما} and {@code في حين} after a comma or space; {@code كما} only
 *       after a comma (a new statement "and also ..."; both {@code كما أن} and {@code كما + verb}), never in the
 *       comparison {@code كما هو/هي/يلي/سبق/قال/ذكر}; {@code لكن} and {@code ولكن} after a comma or space;
 *       {@code إلا أن}, {@code غير أن} after a comma; {@code و} + a new verb clause after a comma ({@code و} +
 *       imperfect {@code يـ}, a past verb ending in {@code ت} that is not a plural {@code ات}, a word in {@code ال}
 *       or a noun in {@code -وت/-يت}, or a reporting verb: "، وأعلنت الوزارة ...", "، ويتوقع المحللون ...").</li>
 *   <li>English: {@code while}, {@code but}, {@code although}, {@code though} after a comma; {@code whereas} after a comma or space; a semicolon
 *       (the second clause starts at the word after it); {@code and} only after a comma and before a new subject:
 *       a subject pronoun ({@code , and he/she/it/we/they/I/you/there}), or one to four words without an adverb,
 *       preposition or "that" (a determiner, a name, a plural noun) followed by a finite verb from a closed list
 *       ({@code , and analysts expect}, {@code , and the police took}, {@code , and Prime Minister Ali Hassan
 *       said}).</li>
 * </ul>
 * The Arabic semicolon {@code ؛} does not split (it often introduces a reason rather than a new statement).
 *
 * <p><b>Abbreviations and list numbers.</b> In Arabic a single letter with a full stop ({@code د.}, {@code أ. د.},
 * {@code م.}, {@code ق.م.}) never ends a sentence; in any language a piece that is only a list number
 * ({@code 1.}, {@code ٣.}) is joined to what follows.
 *
 * <p>Each segment is scored by the given scorer (by default the rule, {@link CheckWorthiness}). Thread-safe: each call works on its own iterator copy.
 */
public final class Segmenter {

    /** A line with at most this many words and no sentence-final punctuation is a heading. */
    public static final int MAX_HEADING_WORDS = 12;
    /** Minimum words in each clause of a split. */
    public static final int MIN_CLAUSE_WORDS = 4;

    private static final Set<Integer> SENTENCE_FINAL = Set.of((int) '.', (int) '!', (int) '?', 0x061F, 0x06D4);
    private static final String CLOSERS = "\"'”’»›)]}";
    private static final List<String> ENGLISH_TITLES = List.of("Dr.", "Gen.", "Prof.", "Lt.", "Col.", "Sen.",
            "Rep.", "Gov.", "Sgt.", "Capt.", "Maj.", "Adm.", "Jr.", "Sr.", "St.", "Mr.", "Mrs.", "Ms.", "No.");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

    private static final List<Pattern> ARABIC_CONNECTIVES = List.of(
            Pattern.compile("[،,]\\s*(فيما)\\s+(?!(?:يتعلق|يخص|بعد|بين|بينها|بينهم|بينهما|إذا|اذا)(?:\\s|$))"),
            Pattern.compile("(?:[،,]\\s*|\\s)(بينما)\\s"),
            Pattern.compile("(?:[،,]\\s*|\\s)(في حين)\\s"),
            Pattern.compile("[،,]\\s*(كما)\\s+(?!(?:هو|هي|هم|يلي|سبق|قال|قالت|ذكر|ذكرت|جاء|ورد|لو)(?:\\s|$))"),
            Pattern.compile("(?:[،,]\\s*|\\s)((?:و)?لكن(?:ه|ها|هم)?)\\s"),
            // و + a new verb clause after a comma: the imperfect prefix ي (ويتوقع), a past verb with the feminine
            // ending ت (وأعلنت، وتوقعت; not a plural ات, a word in ال, or -وت/-يت nouns such as بيروت), or a
            // reporting verb of Claimants
            Pattern.compile("[،,]\\s*(و(?!ال)(?:ي\\p{L}{3,}|\\p{L}{2,}[\\p{L}&&[^اوي]]ت|قال|أكد|أعلن|أضاف|أوضح"
                    + "|أشار|ذكر|كشف|صرح|نفى))\\s"),
            Pattern.compile("[،,]\\s*((?:إلا|الا|غير) أن)\\s"));
    /** Words that cannot be part of the new subject after ", and" (adverbs, prepositions, complementisers). */
    private static final String NOT_SUBJECT = String.join("|", "then", "also", "later", "so", "still", "yet", "now",
            "again", "thus", "therefore", "that", "which", "who", "whom", "to", "in", "on", "at", "for", "of", "by",
            "with", "from", "into", "after", "before", "during", "not", "never", "and", "or", "but");
    /** Finite verbs that show a new clause after ", and" + a subject (a closed list; past, present, modal). */
    private static final String FINITE_VERBS = String.join("|", "is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do", "said", "says",
            "say", "expect", "expects", "expected", "took", "takes", "reported", "reports", "announced", "added",
            "warned", "warns", "signed", "won", "lost", "estimated", "estimates", "put", "puts", "plans", "planned",
            "agreed", "denied", "denies", "claimed", "claims", "confirmed", "promised", "rose", "fell", "grew",
            "dropped", "increased", "decreased", "reached", "cut", "raised", "paid", "spent", "spend", "spends",
            "built", "opened", "closed", "killed", "remained", "remains", "stayed", "became", "continued",
            "continue", "went", "came", "made", "gave", "told", "voted", "accused", "insisted", "argued", "noted",
            "blamed", "blame", "blames", "doubled", "tripled", "halved");
    private static final List<Pattern> ENGLISH_CONNECTIVES = List.of(
            Pattern.compile("(?i),\\s*(while|but|although|though)\\s"),
            Pattern.compile("(?i)(?:,\\s*|\\s)(whereas)\\s"),
            Pattern.compile(";\\s*([\\p{L}\\p{Nd}\"“])"),
            Pattern.compile("(?i),\\s*(and)\\s+(?:he|she|it|we|they|i|you|there)\\s"),
            // ", and" + a new subject of one to four words (a determiner, a name, a plural noun: "the police",
            // "analysts", "Prime Minister Ali Hassan") + a finite verb from a closed list; no adverb, preposition,
            // "that" or listed verb inside the subject ("and then said", "and was expected", "and in the capital"
            // stay whole)
            Pattern.compile(",\\s*((?i:and))\\s+(?:(?!(?i:" + NOT_SUBJECT + "|" + FINITE_VERBS + ")\\b)"
                    + "[\\p{L}\\p{Nd}'’-]+\\s+){1,4}?(?i:" + FINITE_VERBS + ")\\b"));

    private final String language;
    private final boolean arabic;
    private final BreakIterator prototype;
    private final Predicate<String> creditLine;
    private final java.util.function.BiFunction<String, String, SuggestionScore> scorer;

    /**
     * Segmenter that skips no credit lines.
     *
     * @param language BCP 47 tag of the article, e.g. {@code ar}, {@code en}
     */
    public Segmenter(String language) {
        this(language, line -> false);
    }

    /**
     * @param language   BCP 47 tag of the article, e.g. {@code ar}, {@code en}; others use ICU's root rules
     * @param creditLine true for a line (trimmed) that is a byline or credit ("وكالات", "Reuters") and not content
     */
    public Segmenter(String language, Predicate<String> creditLine) {
        this(language, creditLine, (text, lang) -> {
            CheckWorthiness.Assessment a = CheckWorthiness.assess(text, lang);
            return new SuggestionScore(a.score(), a.reasons().stream().map(Enum::name).toList());
        });
    }

    /**
     * @param language   BCP 47 tag of the article, e.g. {@code ar}, {@code en}; others use ICU's root rules
     * @param creditLine true for a line (trimmed) that is a byline or credit ("وكالات", "Reuters") and not content
     * @param scorer     scores each segment: (text, language) to score and reasons (the desk uses
     *                   {@code CheckWorthinessService::score}; the other constructors use the rule alone)
     */
    public Segmenter(String language, Predicate<String> creditLine,
                     java.util.function.BiFunction<String, String, SuggestionScore> scorer) {
        this.scorer = scorer;
        this.language = language.toLowerCase(Locale.ROOT);
        this.arabic = this.language.startsWith("ar");
        this.creditLine = creditLine;
        if (arabic) {
            prototype = BreakIterator.getSentenceInstance(new ULocale("ar"));
        } else if (this.language.startsWith("en")) {
            FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
            ENGLISH_TITLES.forEach(builder::suppressBreakAfter);
            prototype = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
        } else {
            prototype = BreakIterator.getSentenceInstance(ULocale.ROOT);
        }
    }

    /**
     * Sentences and clauses of {@code body}, ordered by start, a sentence before a clause at the same start.
     * Each clause lies inside its sentence.
     */
    public List<Segment> segment(String body) {
        BreakIterator iterator = (BreakIterator) prototype.clone();
        List<Segment> out = new ArrayList<>();
        int lineStart = 0;
        boolean first = true;
        while (lineStart <= body.length()) {
            int newline = body.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? body.length() : newline;
            Cancellation.check(); // a cancelled job (time limit, client gone, shutdown) stops here
            int[] trimmed = trim(body, lineStart, lineEnd);
            if (first && trimmed[0] < trimmed[1]) {
                first = false;
                String line = body.substring(trimmed[0], trimmed[1]);
                // the headline (a first line without sentence-final punctuation) is a candidate of its own kind
                if (isHeading(line) && !creditLine.test(line) && !isBoilerplate(line)
                        && WORD.matcher(line).find()) {
                    out.add(segment(body, trimmed[0], trimmed[1], Segment.Kind.HEADLINE));
                }
            }
            segmentLine(body, lineStart, lineEnd, iterator, out);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        out.sort(Comparator.comparingInt(Segment::start).thenComparing(Segment::kind));
        return List.copyOf(out);
    }

    private void segmentLine(String body, int lineStart, int lineEnd, BreakIterator iterator, List<Segment> out) {
        int[] trimmed = trim(body, lineStart, lineEnd);
        if (trimmed[0] >= trimmed[1]) {
            return;
        }
        String line = body.substring(trimmed[0], trimmed[1]);
        if (creditLine.test(line) || isHeading(line) || isBoilerplate(line)) {
            return;
        }
        iterator.setText(line);
        int pieceStart = 0;
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            if (end < line.length() && arabic && (!endsSentence(line, end) || afterAbbreviation(line, end))) {
                continue;
            }
            if (end < line.length() && afterListNumber(line, pieceStart, end)) {
                continue;
            }
            addSentence(body, trimmed[0] + pieceStart, trimmed[0] + end, out);
            pieceStart = end;
        }
    }

    private void addSentence(String body, int from, int to, List<Segment> out) {
        int[] span = trim(body, from, to);
        if (span[0] >= span[1] || !WORD.matcher(body.substring(span[0], span[1])).find()) {
            return;
        }
        String sentence = body.substring(span[0], span[1]);
        out.add(segment(body, span[0], span[1], Segment.Kind.SENTENCE));
        List<int[]> clauses = clauses(sentence);
        if (clauses.size() > 1) {
            for (int[] clause : clauses) {
                out.add(segment(body, span[0] + clause[0], span[0] + clause[1], Segment.Kind.CLAUSE));
            }
        }
    }

    private Segment segment(String body, int from, int to, Segment.Kind kind) {
        String text = body.substring(from, to);
        SuggestionScore assessment = scorer.apply(text, language);
        return new Segment(CodePoints.toCodePointOffset(body, from), CodePoints.toCodePointOffset(body, to), text,
                kind, assessment.score(), assessment.reasons(),
                Claimants.find(text, language).orElse(null));
    }

    /** Clause spans (UTF-16, relative to the sentence); a single span when the sentence is not split. */
    private List<int[]> clauses(String sentence) {
        List<int[]> splits = new ArrayList<>(); // {end of first part, start of second part}
        for (Pattern pattern : arabic ? ARABIC_CONNECTIVES : ENGLISH_CONNECTIVES) {
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                splits.add(new int[] {m.start(), m.start(1)});
            }
        }
        splits.sort(Comparator.comparingInt(s -> s[1]));
        List<int[]> clauses = new ArrayList<>();
        int clauseStart = 0;
        for (int[] split : splits) {
            int firstEnd = trimEnd(sentence, clauseStart, split[0]);
            if (split[1] <= clauseStart
                    || words(sentence, clauseStart, firstEnd) < MIN_CLAUSE_WORDS
                    || words(sentence, split[1], sentence.length()) < MIN_CLAUSE_WORDS) {
                continue;
            }
            clauses.add(new int[] {clauseStart, firstEnd});
            clauseStart = split[1];
        }
        clauses.add(new int[] {clauseStart, sentence.length()});
        return clauses;
    }

    private static int trimEnd(String s, int from, int to) {
        int end = to;
        while (end > from && (isSpace(s.codePointBefore(end)) || ",،;؛".indexOf(s.charAt(end - 1)) >= 0)) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return end;
    }

    private static int words(String s, int from, int to) {
        Matcher m = WORD.matcher(s).region(from, to);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Whether the text before {@code index} ends in sentence-final punctuation (ignoring closers and spaces). */
    /**
     * Whether the text before {@code index} ends in an Arabic abbreviation: a single Arabic letter followed by a
     * full stop, as in {@code د.} (doctor), {@code أ. د.} (professor), {@code م.} (engineer), {@code ج.},
     * {@code ص.} and {@code ق.م.} (issue 17); a one-letter Arabic word never ends a sentence.
     */
    static boolean afterAbbreviation(String line, int index) {
        int i = index;
        while (i > 0 && isSpace(line.codePointBefore(i))) {
            i -= Character.charCount(line.codePointBefore(i));
        }
        if (i == 0 || line.codePointBefore(i) != '.') {
            return false;
        }
        i--;
        if (i == 0) {
            return false;
        }
        int letter = line.codePointBefore(i);
        if (Character.UnicodeScript.of(letter) != Character.UnicodeScript.ARABIC || !Character.isLetter(letter)) {
            return false;
        }
        int before = i - Character.charCount(letter);
        return before == 0 || !Character.isLetter(line.codePointBefore(before));
    }

    /** Whether the piece [pieceStart, index) is only a list number such as {@code 1.} or {@code ٣.} (issue 17). */
    static boolean afterListNumber(String line, int pieceStart, int index) {
        String piece = line.substring(pieceStart, index).strip();
        return piece.length() >= 2 && piece.length() <= 4 && piece.endsWith(".")
                && piece.substring(0, piece.length() - 1).codePoints().allMatch(Character::isDigit);
    }

    private static boolean endsSentence(String line, int index) {
        int i = index;
        while (i > 0) {
            int cp = line.codePointBefore(i);
            if (isSpace(cp) || CLOSERS.indexOf(cp) >= 0) {
                i -= Character.charCount(cp);
            } else {
                return SENTENCE_FINAL.contains(cp);
            }
        }
        return false;
    }

    /**
     * Whether a line is page furniture rather than text (issue 17: boilerplate is not suggested): the one rule of
     * {@link PageFurniture#isFurniture} that intake also uses (tickers such as {@code عاجل: …}, "read also" blocks,
     * share and follow widgets, related-stories headings, date lines, font-size widgets, navigation lines).
     */
    public static boolean isBoilerplate(String line) {
        return PageFurniture.isFurniture(line);
    }

    private static boolean isHeading(String line) {
        return words(line, 0, line.length()) <= MAX_HEADING_WORDS && !endsSentence(line, line.length());
    }

    private static int[] trim(String s, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return new int[] {start, end};
    }

    private static boolean isSpace(int cp) {
        return UCharacter.isUWhiteSpace(cp);
    }
}
