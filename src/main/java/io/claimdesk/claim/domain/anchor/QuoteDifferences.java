package io.claimdesk.claim.domain.anchor;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import io.claimdesk.search.domain.SearchNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the difference between a claim's old quote and a candidate text found by fuzzy matching is only a
 * matter of spelling, or changes what the quote says (issue 14: "re-anchoring never lands on a lookalike").
 *
 * <p>Both texts are cut into words with ICU4J's word {@link BreakIterator} (Unicode UAX #29 word boundaries;
 * punctuation and spaces are not words) and the word sequences are aligned (longest common subsequence over folded
 * words). Folding is NFKC, the search normalisation ({@link SearchNormalizer}: hamza and alef forms, teh marbuta,
 * alef maksura, harakat, tatweel, Persian letters, digits of any script) and lower case. Then:
 * <ul>
 *   <li>words equal after folding are the same word (diacritics, letter variants, digit scripts, case);</li>
 *   <li>a word added or removed is a change of meaning (a dropped {@code لن} or {@code not} reverses a claim);</li>
 *   <li>a word replaced by another is a small spelling fix only when both are lower-case words of a cased script
 *       (Latin, Cyrillic, Greek), of at least {@value #MIN_TYPO_WORD} code points, with no digit, not a month or
 *       weekday name, and at most one edit per {@value #MIN_TYPO_WORD} code points; anything else (a number, a date
 *       word, a capitalised name, any letter change in a word of a script without case, such as Arabic, where a name
 *       cannot be told from another word: {@code أحمد}/{@code محمد}, {@code مجلس النواب}/{@code مجلس الوزراء}) is a
 *       change of meaning.</li>
 * </ul>
 * A candidate with a change of meaning is never taken by itself: the claim becomes an orphan and the candidate is
 * offered for a person to confirm.
 */
public final class QuoteDifferences {

    /** Shortest word (code points) in which a one-letter fix counts as spelling. */
    public static final int MIN_TYPO_WORD = 5;

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** Month and weekday names (folded), whose one-letter differences change a date (June/July, يونيو/يوليو). */
    private static final Set<String> DATE_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Why a difference changes what the quote says. */
    public enum Kind {
        /** A word with a digit (any script) differs. */
        NUMBER,
        /** A month or weekday name differs. */
        DATE,
        /** A capitalised word (a name, in cased scripts) differs. */
        NAME,
        /** A word of a script without case differs in its letters. */
        WORD,
        /** A word is in the old quote and not in the candidate. */
        REMOVED,
        /** A word is in the candidate and not in the old quote. */
        ADDED
    }

    /**
     * One difference that changes meaning.
     *
     * @param kind   why it matters
     * @param before the old word, empty for {@link Kind#ADDED}
     * @param after  the new word, empty for {@link Kind#REMOVED}
     */
    public record Difference(Kind kind, String before, String after) {
        /** For notes and history: {@code before → after}. */
        public String describe() {
            return kind.name().toLowerCase(Locale.ROOT) + ": " + (before.isEmpty() ? "∅" : before) + " → "
                    + (after.isEmpty() ? "∅" : after);
        }
    }

    /**
     * Reads back a {@link Difference#describe()} text (as stored with orphan candidates and in the API):
     * its kind and the rest ({@code before → after}); empty when the text has no known kind.
     */
    public static java.util.Optional<java.util.Map.Entry<Kind, String>> parse(String described) {
        int colon = described.indexOf(": ");
        if (colon <= 0) {
            return java.util.Optional.empty();
        }
        try {
            Kind kind = Kind.valueOf(described.substring(0, colon).toUpperCase(Locale.ROOT));
            return java.util.Optional.of(java.util.Map.entry(kind, described.substring(colon + 2)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private QuoteDifferences() {
    }

    /**
     * The differences between {@code oldQuote} and {@code candidate} that change meaning; empty when the two differ
     * only in spelling, punctuation or spacing.
     */
    public static List<Difference> substantive(String oldQuote, String candidate) {
        List<String> a = words(oldQuote);
        List<String> b = words(candidate);
        List<String> fa = a.stream().map(QuoteDifferences::fold).toList();
        List<String> fb = b.stream().map(QuoteDifferences::fold).toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = fa.get(i).equals(fb.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Difference> out = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && fa.get(i).equals(fb.get(j))) {
                flush(removed, added, out);
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        flush(removed, added, out);
        return out;
    }

    /** Pairs the words of one gap as replacements, the rest as added or removed. */
    private static void flush(List<String> removed, List<String> added, List<Difference> out) {
        int pairs = Math.min(removed.size(), added.size());
        for (int k = 0; k < pairs; k++) {
            Kind kind = replacement(removed.get(k), added.get(k));
            if (kind != null) {
                out.add(new Difference(kind, removed.get(k), added.get(k)));
            }
        }
        for (int k = pairs; k < removed.size(); k++) {
            out.add(new Difference(Kind.REMOVED, removed.get(k), ""));
        }
        for (int k = pairs; k < added.size(); k++) {
            out.add(new Difference(Kind.ADDED, "", added.get(k)));
        }
        removed.clear();
        added.clear();
    }

    /** Null when replacing {@code before} by {@code after} is a spelling fix, else why it is not. */
    private static Kind replacement(String before, String after) {
        if (hasDigit(before) || hasDigit(after)) {
            return Kind.NUMBER;
        }
        String fb = fold(before);
        String fa = fold(after);
        if (DATE_WORDS.contains(fb) || DATE_WORDS.contains(fa)) {
            return Kind.DATE;
        }
        if (!cased(before) || !cased(after)) {
            return Kind.WORD;
        }
        if (UCharacter.isUUppercase(before.codePointAt(0)) || UCharacter.isUUppercase(after.codePointAt(0))) {
            return Kind.NAME;
        }
        int length = Math.max(fb.codePointCount(0, fb.length()), fa.codePointCount(0, fa.length()));
        int[] x = fb.codePoints().toArray();
        int[] y = fa.codePoints().toArray();
        if (length < MIN_TYPO_WORD || TextMatch.distance(x, y) * MIN_TYPO_WORD > length) {
            return Kind.WORD;
        }
        return null;
    }

    private static boolean hasDigit(String word) {
        return word.codePoints().anyMatch(UCharacter::isDigit);
    }

    /** Every letter of the word is of a script with upper and lower case (Latin, Greek, Cyrillic, Armenian). */
    private static boolean cased(String word) {
        return word.codePoints().filter(UCharacter::isLetter).allMatch(cp -> {
            int script = UScript.getScript(cp);
            return script == UScript.LATIN || script == UScript.GREEK || script == UScript.CYRILLIC
                    || script == UScript.ARMENIAN;
        });
    }

    static String fold(String word) {
        return SearchNormalizer.normalize(NFKC.normalize(word)).toLowerCase(Locale.ROOT);
    }

    /** The words of a text (ICU word boundaries; spans with letters, digits or ideographs), in order. */
    static List<String> words(String text) {
        BreakIterator it = BreakIterator.getWordInstance(ULocale.ROOT);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String w = text.substring(start, end);
            if (w.codePoints().anyMatch(cp -> UCharacter.isLetterOrDigit(cp)
                    || UCharacter.hasBinaryProperty(cp, UProperty.IDEOGRAPHIC))) {
                out.add(w);
            }
        }
        return out;
    }
}
