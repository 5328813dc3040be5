package io.claimdesk.claim.domain.search;

import com.ibm.icu.text.Transliterator;
import io.claimdesk.claim.domain.CheckWorthiness;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named-entity keys of a claim, comparable across Arabic and English script (issue 18, "checked before").
 *
 * <p>Which words count as names: in Latin script, capitalised words ({@code \p{Lu}\p{Ll}+}, or all capitals of two
 * or more letters) that are not in {@link #LATIN_STOP} (articles, pronouns, titles, months, days), the first word of a sentence only before another
 * capitalised word or a reporting verb; in Arabic script,
 * which has no capitals, the words in the {@value #WINDOW} words after a reporting verb and before "that" ({@link #COMPLEMENT})
 * ({@link CheckWorthiness#isArabicReportingVerb}: قال, أعلن, صرح, أكد, ...) that are not titles
 * ({@link CheckWorthiness#isArabicTitle}) nor in {@link #ARABIC_STOP}; and every word of the claimant
 * field in either script.
 *
 * <p>How a word becomes a key: ICU4J's transliterator {@code Arabic-Latin; Any-Latin; Latin-ASCII; Lower}
 * (CLDR transforms), then letters a-z only; a leading Arabic article ({@code al} of an Arabic word, {@code Al-} or {@code el-} of a Latin
 * one) is dropped; the digraphs gh, kh,
 * sh, th, dh, ph become g, k, s, t, d, f; p, v, c, q, x become b, f, k, k, ks (Arabic has no p or v, and writes
 * Latin p as ب and v as ف); the vowels a e i o u and the semivowels y w (Arabic writes long vowels as ا و ي and
 * short vowels not at all) are removed, and a final ة (teh marbuta) before that; doubled letters are written once. A key of fewer than
 * {@value #MIN_KEY} letters is dropped (too many words share it). So "Trump" and "ترامب" are both {@code trmb},
 * "Netanyahu" and "نتنياهو" {@code ntnh}, "Erdoğan" and "أردوغان" {@code rdgn}, "Macron" and "ماكرون"
 * {@code mkrn}. The rule is this project's, tuned on the labelled pairs of {@code checked-before-pairs.tsv};
 * a key can collide for two different names (it is one signal beside sources, figures and dates, never alone).
 */
public final class NamedEntities {

    /** Shortest key kept, in letters. */
    public static final int MIN_KEY = 3;
    /** Words read after an Arabic reporting verb. */
    public static final int WINDOW = 4;

    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Arabic-Latin; Any-Latin; Latin-ASCII; Lower"));

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*");
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LATIN_ARTICLE = Pattern.compile("^(?i)(al|el)[-‐'’]");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}(?:\\p{Ll}|\\p{M})+|\\p{Lu}{2,}");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟:;\n]");

    /** English reporting verbs: a capitalised word before one is a name even at the start of a sentence. */
    static final Set<String> LATIN_REPORTING = Set.of("said", "says", "told", "claimed", "claims", "announced",
            "stated", "added", "argued", "insisted", "denied", "warned", "wrote", "tweeted", "declared");

    /** Latin-script capitalised words that are not names (compared in lower case). */
    static final Set<String> LATIN_STOP = Set.of("the", "a", "an", "in", "on", "at", "of", "and", "or", "but", "he",
            "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "his", "her", "its",
            "their", "our", "as", "by", "for", "from", "with", "after", "before", "since", "according", "last", "next",
            "minister", "ministry", "president", "prime", "government", "officials", "official", "spokesman",
            "spokeswoman", "spokesperson", "mr", "mrs", "ms", "dr", "said", "says", "state", "national", "department",
            "office", "agency", "bank", "central", "foreign", "health", "finance", "trade", "interior", "defence",
            "defense", "economy", "education", "agriculture", "statistics", "authority", "council", "parliament",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "un", "eu", "us", "uk");

    /** "that": the reported speech begins after it, so the words after a reporting verb stop being names there. */
    static final Set<String> COMPLEMENT = Set.of("إن", "أن", "ان", "إنه", "أنه", "انه", "إنها", "أنها", "انها",
            "بأن", "بان", "إنّ", "أنّ");

    /**
     * Arabic words after a reporting verb that are not names and not in {@link CheckWorthiness#isArabicTitle}:
     * particles, pronouns, days, ministries' fields, adjectives of nationality.
     */
    static final Set<String> ARABIC_STOP = Set.of("إن", "أن", "ان", "إنه", "أنه", "انه", "إنها", "أنها", "في", "من",
            "على", "إلى", "الى", "عن", "مع", "يوم", "اليوم", "أمس", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
            "الخميس", "الجمعة", "السبت", "وزير", "الوزير", "وزيرة", "وزارة", "الرئيس", "رئيس", "رئيسة", "المتحدث",
            "متحدث", "الناطق", "ناطق", "باسم", "النائب", "نائب", "الأمين", "العام", "السيد", "السيدة", "الدكتور",
            "الحكومة", "حكومة", "المسؤول", "مسؤول", "مسؤولون", "الوزراء", "مجلس", "هيئة", "الهيئة", "مكتب", "بيان",
            "في بيان", "هذا", "هذه", "ذلك", "التي", "الذي", "قد", "لقد", "كان", "كانت", "لم", "لن", "ما", "لا",
            "الأمريكي", "الأميركي", "الفرنسي", "التركي", "الروسي", "الإسرائيلي", "المصري", "الأوكراني", "السابق",
            "الحالي", "الجديد", "التجارة", "الزراعة", "الصحة", "المالية", "الخارجية", "الداخلية", "الاقتصاد",
            "التعليم", "الدفاع", "الإحصاء", "البنك", "المركزي");

    private NamedEntities() {
    }

    /**
     * The entity keys of a claim: its statement's names (rules above) and every word of its claimant, as sorted
     * distinct keys of a-z letters.
     *
     * @param statement the claim's statement (any script)
     * @param claimant  the claim's claimant, or null
     */
    public static Set<String> keys(String statement, @Nullable String claimant) {
        return new TreeSet<>(names(statement, claimant).keySet());
    }

    /**
     * The names of a claim by key: key (as {@link #keys}) to the first word that gave it, as written (after
     * removing a conjunction و or ف), in reading order.
     */
    public static Map<String, String> names(String statement, @Nullable String claimant) {
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        List<Boolean> sentenceStart = new ArrayList<>();
        Matcher m = WORD.matcher(statement);
        int previousEnd = 0;
        while (m.find()) {
            words.add(m.group());
            sentenceStart.add(words.size() == 1
                    || SENTENCE_END.matcher(statement.substring(previousEnd, m.start())).find());
            previousEnd = m.end();
        }
        int arabicWindow = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (ARABIC.matcher(w).find()) {
                String bare = stripConjunction(w);
                if (CheckWorthiness.isArabicReportingVerb(w)) {
                    arabicWindow = WINDOW;
                    continue;
                }
                if (COMPLEMENT.contains(w) || COMPLEMENT.contains(bare)) {
                    arabicWindow = 0; // what was said begins: no more names of the speaker
                    continue;
                }
                if (arabicWindow > 0) {
                    arabicWindow--;
                    if (!ARABIC_STOP.contains(w) && !ARABIC_STOP.contains(bare)
                            && !CheckWorthiness.isArabicTitle(w)) {
                        add(keys, bare);
                    }
                }
            } else {
                arabicWindow = 0;
                if (CAPITALISED.matcher(w).matches() && !LATIN_STOP.contains(w.toLowerCase(Locale.ROOT))
                        && (!sentenceStart.get(i) || nameAtSentenceStart(words, i))) {
                    add(keys, w);
                }
            }
        }
        if (claimant != null) {
            Matcher c = WORD.matcher(claimant);
            while (c.find()) {
                String w = c.group();
                if (!LATIN_STOP.contains(w.toLowerCase(Locale.ROOT)) && !ARABIC_STOP.contains(w)
                        && !CheckWorthiness.isArabicTitle(w)) {
                    add(keys, ARABIC.matcher(w).find() ? stripConjunction(w) : w);
                }
            }
        }
        return keys;
    }

    /**
     * A capitalised first word of a sentence is a name only when the next word is capitalised too ("Donald Trump
     * said") or a reporting verb ("Erdogan said"); otherwise it is capitalised as the first word ("Exports rose").
     */
    private static boolean nameAtSentenceStart(List<String> words, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1);
        return CAPITALISED.matcher(next).matches() || LATIN_REPORTING.contains(next.toLowerCase(Locale.ROOT));
    }

    /** An Arabic word without a leading و or ف ("and", "so") when the rest is at least three letters. */
    private static String stripConjunction(String w) {
        return (w.startsWith("و") || w.startsWith("ف")) && w.codePointCount(0, w.length()) > 4 ? w.substring(1) : w;
    }

    private static void add(Map<String, String> keys, String word) {
        String k = key(word);
        if (k.length() >= MIN_KEY) {
            keys.putIfAbsent(k, word);
        }
    }

    /** The comparison key of one word (rules in the class comment); may be shorter than {@link #MIN_KEY}. */
    public static String key(String word) {
        // a final teh marbuta is a feminine ending, not a consonant of the name (غزة: Gaza)
        String w = word.endsWith("ة") ? word.substring(0, word.length() - 1) : word;
        // the article written in Latin script with a hyphen (Al-Hammadi, el-Sisi) is the Arabic article
        w = LATIN_ARTICLE.matcher(w).replaceFirst("");
        String latin = LATIN.get().transliterate(w).replaceAll("[^a-z]", "");
        if (latin.startsWith("al") && latin.length() > 4 && ARABIC.matcher(word).find()) {
            latin = latin.substring(2);
        }
        String s = latin.replace("gh", "g").replace("kh", "k").replace("sh", "s").replace("th", "t")
                .replace("dh", "d").replace("ph", "f").replace('p', 'b').replace('v', 'f').replace('c', 'k')
                .replace('q', 'k').replace("x", "ks").replaceAll("[aeiouyw]", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
