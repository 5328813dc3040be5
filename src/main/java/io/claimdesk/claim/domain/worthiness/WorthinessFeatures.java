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

    /** The normalised words of a text (see the class comment). */
    static List<String> words(String text) {
        String t = SearchNormalizer.normalize(NFKC.normalize(text)).toLowerCase(Locale.ROOT);
        t = URL.matcher(t).replaceAll(" url ");
        t = MENTION.matcher(t).replaceAll(" @user ");
        StringBuilder digitsFolded = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> digitsFolded.appendCodePoint(Character.isDigit(cp) ? '0' : cp));
        Matcher m = TOKEN.matcher(digitsFolded);
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            String w = m.group();
            words.add(w.equals("٪") ? "%" : w);
        }
        return words;
    }
}
