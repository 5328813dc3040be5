package io.claimdesk.claim.domain.worthiness;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import io.claimdesk.claim.domain.CheckWorthiness;
import io.claimdesk.search.domain.SearchNormalizer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features of one text for the check-worthiness model.
 *
 * <p>The text is brought to NFKC, normalised with {@link SearchNormalizer} (the product's Arabic search folding:
 * alef, yeh, teh marbuta, harakat, tatweel, Persian/Urdu letters, Arabic-Indic digits to ASCII), lower-cased
 * (root locale); web addresses become the token {@code url}, {@code @name} mentions {@code @user}, and every digit
 * {@code 0} (so "31 ديسمبر" and "12 ديسمبر" share features). Then:
 * <ul>
 *   <li>{@code w:} word unigrams and bigrams (words are runs of letters, marks and digits; {@code %} and
 *       {@code ٪} count as the word {@code %});</li>
 *   <li>{@code c:} character 2- to 5-grams inside each word padded with one space on each side (as scikit-learn's
 *       {@code char_wb});</li>
 * </ul>
 * all with the same value {@code 1/sqrt(number of distinct n-grams)} (a binary vector of unit length), and
 * <ul>
 *   <li>{@code r:} the rule's signals ({@link CheckWorthiness.Reason}: number, percentage, date, claimant with a
 *       reporting verb, quantity, comparison, future commitment, named entity, question, opinion, too short), each
 *       with value 1.</li>
 * </ul>
 * That is {@link #features(String, String)}, the features of models trained before 2026-12-01 (kept so that model
 * versions recorded then score as they did). Models trained since carry a {@link Spec} per language and a
 * vocabulary: {@link #grams} counts, {@link #vector} weighs and normalises the word and character blocks
 * separately.
 * Thread-safe; stateless.
 */
public final class WorthinessFeatures {

    /** Prefix of the rule-signal features; the rest of the name is a {@link CheckWorthiness.Reason} name. */
    public static final String RULE = "r:";
    /** Prefix of word n-gram features. */
    public static final String WORD = "w:";
    /** Prefix of character n-gram features. */
    public static final String CHAR = "c:";

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern MENTION = Pattern.compile("@\\w+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+|[%٪]");

    private WorthinessFeatures() {
    }

    /** The model language for a text: {@code ar} or {@code en}; other tags are decided by script (Arabic letters: ar). */
    public static String modelLanguage(String language, String text) {
        String lang = language.toLowerCase(Locale.ROOT);
        if (lang.startsWith("ar")) {
            return "ar";
        }
        if (lang.startsWith("en")) {
            return "en";
        }
        return text.codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.ARABIC) ? "ar" : "en";
    }

    /** The feature vector: name to value, in a stable order. */
    public static Map<String, Double> features(String text, String language) {
        Map<String, Double> out = new LinkedHashMap<>();
        Set<String> grams = new LinkedHashSet<>();
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            grams.add(WORD + w);
            if (i + 1 < words.size()) {
                grams.add(WORD + w + " " + words.get(i + 1));
            }
            String padded = " " + w + " ";
            int[] cps = padded.codePoints().toArray();
            for (int n = 2; n <= 5; n++) {
                for (int s = 0; s + n <= cps.length; s++) {
                    grams.add(CHAR + new String(cps, s, n));
                }
            }
        }
        if (!grams.isEmpty()) {
            double value = 1 / Math.sqrt(grams.size());
            for (String g : grams) {
                out.put(g, value);
            }
        }
        for (CheckWorthiness.Reason reason : CheckWorthiness.assess(text, language).reasons()) {
            out.put(RULE + reason.name(), 1.0);
        }
        return out;
    }

    /**
     * How the texts of one language become features in a model trained since 2026-12-01 (models trained before
     * have no spec and use {@link #features(String, String)}).
     *
     * @param foldDigits           every digit becomes {@code 0}
     * @param charsAcrossWords     character n-grams run over the normalised words joined by single spaces (so they
     *                             span word boundaries, as scikit-learn's {@code char} analyzer) instead of inside each
     *                             padded word ({@code char_wb})
     * @param idf                  n-grams are weighted by count times smoothed inverse document frequency
     *                             {@code ln((1 + n) / (1 + df)) + 1} of the training texts; otherwise binary
     * @param minDocumentFrequency n-grams kept only when in at least that many training texts
     * @param maxNgrams            at most that many n-grams kept (those in the most training texts, ties by name)
     * @param separateBlocks       the word block and the character block are each of unit length (over the kept
     *                             n-grams); otherwise binary values {@code 1/sqrt(number of distinct n-grams of the
     *                             text)}, kept or not, as in {@link #features(String, String)} (then {@code idf}
     *                             must be false)
     * @param regularisedDualAveraging train with AdaGrad regularised dual averaging instead of plain AdaGrad
     */
    public record Spec(boolean foldDigits, boolean charsAcrossWords, boolean idf, boolean separateBlocks,
                       int minDocumentFrequency, int maxNgrams, boolean regularisedDualAveraging) {

        public Spec {
            if (idf && !separateBlocks) {
                throw new IllegalArgumentException("idf weighting needs separate blocks");
            }
        }

        /** As one line {@code key=value;...}, read back by {@link #parse}. */
        public String format() {
            return "foldDigits=" + foldDigits + ";charsAcrossWords=" + charsAcrossWords + ";idf=" + idf
                    + ";separateBlocks=" + separateBlocks + ";minDocumentFrequency=" + minDocumentFrequency + ";maxNgrams=" + maxNgrams
                    + ";regularisedDualAveraging=" + regularisedDualAveraging;
        }

        /**
         * Reads {@link #format()}.
         *
         * @throws IllegalArgumentException when a key is missing or a value is not valid
         */
        public static Spec parse(String line) {
            Map<String, String> kv = new java.util.HashMap<>();
            for (String part : line.strip().split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    kv.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            try {
                return new Spec(bool(kv, "foldDigits"), bool(kv, "charsAcrossWords"), bool(kv, "idf"),
                        bool(kv, "separateBlocks"), Integer.parseInt(kv.get("minDocumentFrequency")), Integer.parseInt(kv.get("maxNgrams")),
                        bool(kv, "regularisedDualAveraging"));
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException("not a feature spec: " + line, e);
            }
        }

        private static boolean bool(Map<String, String> kv, String key) {
            String v = kv.get(key);
            if (!"true".equals(v) && !"false".equals(v)) {
                throw new IllegalArgumentException("not a feature spec: " + key + "=" + v);
            }
            return Boolean.parseBoolean(v);
        }
    }

    /**
     * The counted n-grams and rule signals of one text under a {@link Spec}.
     *
     * @param words word 1-2 gram counts (names with {@link #WORD})
     * @param chars character 2-5 gram counts (names with {@link #CHAR})
     * @param rules rule-signal feature names (with {@link #RULE})
     */
    public record Grams(Map<String, Integer> words, Map<String, Integer> chars, List<String> rules) {
    }

    /** Counts the n-grams of a text under a spec (see {@link Spec}). */
    public static Grams grams(String text, String language, Spec spec) {
        List<String> words = words(text, spec.foldDigits());
        Map<String, Integer> w = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            w.merge(WORD + words.get(i), 1, Integer::sum);
            if (i + 1 < words.size()) {
                w.merge(WORD + words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
            }
        }
        Map<String, Integer> c = new LinkedHashMap<>();
        List<String> pieces = spec.charsAcrossWords() ? List.of(" " + String.join(" ", words) + " ")
                : words.stream().map(x -> " " + x + " ").toList();
        for (String piece : pieces) {
            int[] cps = piece.codePoints().toArray();
            for (int n = 2; n <= 5; n++) {
                for (int s = 0; s + n <= cps.length; s++) {
                    c.merge(CHAR + new String(cps, s, n), 1, Integer::sum);
                }
            }
        }
        List<String> rules = CheckWorthiness.assess(text, language).reasons().stream().map(r -> RULE + r.name())
                .toList();
        return new Grams(w, c, rules);
    }

    /**
     * The feature vector of counted n-grams over a vocabulary: with {@link Spec#separateBlocks} the word block and
     * the character block each of unit length over the n-grams in {@code vocabulary} (value: count times the
     * n-gram's weight under {@link Spec#idf}, else 1), otherwise the binary values of
     * {@link #features(String, String)} restricted to the vocabulary; plus the rule signals with value 1.
     *
     * @param vocabulary kept n-gram to weight (its idf, or 1)
     */
    public static Map<String, Double> vector(Grams grams, Map<String, Double> vocabulary, Spec spec) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!spec.separateBlocks()) {
            int distinct = grams.words().size() + grams.chars().size();
            for (Map<String, Integer> block : List.of(grams.words(), grams.chars())) {
                for (String name : block.keySet()) {
                    if (vocabulary.containsKey(name)) {
                        out.put(name, 1 / Math.sqrt(distinct));
                    }
                }
            }
            for (String rule : grams.rules()) {
                out.put(rule, 1.0);
            }
            return out;
        }
        for (Map<String, Integer> block : List.of(grams.words(), grams.chars())) {
            Map<String, Double> v = new LinkedHashMap<>();
            double squares = 0;
            for (Map.Entry<String, Integer> e : block.entrySet()) {
                Double weight = vocabulary.get(e.getKey());
                if (weight != null) {
                    double x = spec.idf() ? e.getValue() * weight : 1.0;
                    v.put(e.getKey(), x);
                    squares += x * x;
                }
            }
            double norm = Math.sqrt(squares);
            v.forEach((name, x) -> out.put(name, x / norm));
        }
        for (String rule : grams.rules()) {
            out.put(rule, 1.0);
        }
        return out;
    }

    /** The normalised words of a text (see the class comment), digits folded. */
    static List<String> words(String text) {
        return words(text, true);
    }

    /** The normalised words of a text (see the class comment), digits folded or kept. */
    static List<String> words(String text, boolean foldDigits) {
        String t = SearchNormalizer.normalize(NFKC.normalize(text)).toLowerCase(Locale.ROOT);
        t = URL.matcher(t).replaceAll(" url ");
        t = MENTION.matcher(t).replaceAll(" @user ");
        StringBuilder digitsFolded = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> digitsFolded.appendCodePoint(foldDigits && Character.isDigit(cp) ? '0' : cp));
        Matcher m = TOKEN.matcher(digitsFolded);
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            String w = m.group();
            words.add(w.equals("٪") ? "%" : w);
        }
        return words;
    }
}
