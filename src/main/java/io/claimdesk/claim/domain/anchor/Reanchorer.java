package io.claimdesk.claim.domain.anchor;

import io.claimdesk.claim.domain.anchor.ReanchorResult.Method;
import io.claimdesk.claim.domain.anchor.ReanchorResult.Orphaned;
import io.claimdesk.claim.domain.anchor.ReanchorResult.Placed;

import java.util.List;

/**
 * Places an existing claim {@link Anchor} on a changed article text. Offsets are Unicode code points, end exclusive.
 *
 * <p>The selectors come from the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/#selectors);
 * the order of attempts follows Claimdesk's design (and the approach of annotation tools such as Hypothesis):
 * <ol>
 *   <li><b>Exact position</b>: the text at the old position equals the quote and the {@value Anchors#CONTEXT_LENGTH}
 *       code points of context on both sides are unchanged. Score 1.</li>
 *   <li><b>Exact quote</b>: every exact occurrence of the quote is scored as below with quote similarity 1; the best
 *       one is taken if the quote is at least {@value #LONG_QUOTE} code points long (a long exact match is not a
 *       coincidence) or if its prefix or suffix similarity is at least {@value #CONTEXT_EVIDENCE}.</li>
 *   <li><b>Fuzzy quote</b>: approximate occurrences with at most 25% edits (Sellers' semi-global edit distance) are
 *       scored; the best is taken when quote similarity is at least {@value #FUZZY_QUOTE_SIMILARITY} and the score
 *       is at least {@value #FUZZY_SCORE}, and only when the quote and the candidate differ in spelling alone
 *       ({@link QuoteDifferences}): a candidate that differs in a name, number, date or any other word (a lookalike
 *       sentence such as the same sentence about another council) is not taken but returned with the
 *       {@link Orphaned} result for a person to confirm.</li>
 * </ol>
 * Score = 0.5 quote similarity + 0.2 prefix similarity + 0.2 suffix similarity + 0.1 closeness, where a similarity is
 * {@code 1 - Levenshtein distance / longer length} and closeness is {@code 1 - |new start - old start| / text length}.
 * Anything else is {@link Orphaned}: for example a claim whose sentence was deleted.
 */
public final class Reanchorer {

    /** Quote length (code points) above which an exact occurrence is accepted without context evidence. */
    public static final int LONG_QUOTE = 20;
    /** Context similarity that confirms a short exact quote. */
    public static final double CONTEXT_EVIDENCE = 0.75;
    /** Minimum quote similarity for a fuzzy placement. */
    public static final double FUZZY_QUOTE_SIMILARITY = 0.75;
    /** Minimum overall score for a fuzzy placement. */
    public static final double FUZZY_SCORE = 0.75;

    private Reanchorer() {
    }

    /**
     * Places {@code old} on {@code newText}.
     *
     * @return {@link Placed} with the new code-point span, or {@link Orphaned} with the reason
     */
    public static ReanchorResult reanchor(String newText, Anchor old) {
        int[] text = newText.codePoints().toArray();
        int[] quote = old.quote().exact().codePoints().toArray();
        int[] prefix = old.quote().prefix().codePoints().toArray();
        int[] suffix = old.quote().suffix().codePoints().toArray();
        int oldStart = old.position().start();

        if (exactAtPosition(text, quote, prefix, suffix, oldStart)) {
            return new Placed(oldStart, oldStart + quote.length, Method.EXACT_POSITION, 1.0);
        }

        Placed best = null;
        for (int start : TextMatch.occurrences(text, quote)) {
            int end = start + quote.length;
            double prefixSimilarity = TextMatch.prefixSimilarity(text, start, prefix);
            double suffixSimilarity = TextMatch.suffixSimilarity(text, end, suffix);
            boolean confirmed = quote.length >= LONG_QUOTE
                    || Math.max(prefixSimilarity, suffixSimilarity) >= CONTEXT_EVIDENCE;
            if (!confirmed) {
                continue;
            }
            double score = score(1.0, prefixSimilarity, suffixSimilarity, closeness(start, oldStart, text.length));
            if (best == null || score > best.score()) {
                best = new Placed(start, end, Method.EXACT_QUOTE, score);
            }
        }
        if (best != null) {
            return best;
        }

        int maxDistance = (int) Math.floor(quote.length * (1.0 - FUZZY_QUOTE_SIMILARITY));
        List<TextMatch.Approximate> candidates = TextMatch.approximateOccurrences(text, quote, maxDistance);
        Placed lookalike = null;
        List<QuoteDifferences.Difference> lookalikeDifferences = List.of();
        for (TextMatch.Approximate candidate : candidates) {
            double quoteSimilarity = TextMatch.similarity(quote,
                    TextMatch.slice(text, candidate.start(), candidate.end()));
            if (quoteSimilarity < FUZZY_QUOTE_SIMILARITY) {
                continue;
            }
            double score = score(quoteSimilarity,
                    TextMatch.prefixSimilarity(text, candidate.start(), prefix),
                    TextMatch.suffixSimilarity(text, candidate.end(), suffix),
                    closeness(candidate.start(), oldStart, text.length));
            if (score < FUZZY_SCORE) {
                continue;
            }
            Placed placed = new Placed(candidate.start(), candidate.end(), Method.FUZZY, score);
            List<QuoteDifferences.Difference> differences = QuoteDifferences.substantive(old.quote().exact(),
                    TextMatch.string(text, candidate.start(), candidate.end()));
            if (differences.isEmpty()) {
                if (best == null || score > best.score()) {
                    best = placed;
                }
            } else if (lookalike == null || score > lookalike.score()) {
                lookalike = placed;
                lookalikeDifferences = differences;
            }
        }
        if (best != null) {
            return best;
        }
        if (lookalike != null) {
            return new Orphaned("a similar passage differs in what it says ("
                    + String.join("; ", lookalikeDifferences.stream().map(QuoteDifferences.Difference::describe)
                    .toList()) + "); a person must confirm it", lookalike, lookalikeDifferences);
        }
        return new Orphaned(candidates.isEmpty()
                ? "the quote no longer occurs in the text, not even approximately"
                : "the quote only occurs approximately in a different context; "
                        + "a reviewer must place the claim", null, List.of());
    }

    private static boolean exactAtPosition(int[] text, int[] quote, int[] prefix, int[] suffix, int start) {
        int end = start + quote.length;
        if (!TextMatch.regionMatches(text, start, quote)) {
            return false;
        }
        int expectedPrefix = Math.min(start, Anchors.CONTEXT_LENGTH);
        int expectedSuffix = Math.min(text.length - end, Anchors.CONTEXT_LENGTH);
        return prefix.length == expectedPrefix && suffix.length == expectedSuffix
                && TextMatch.endsWith(text, start, prefix) && TextMatch.startsWith(text, end, suffix);
    }

    private static double closeness(int start, int oldStart, int length) {
        return 1.0 - Math.min(1.0, (double) Math.abs(start - oldStart) / Math.max(1, length));
    }

    private static double score(double quote, double prefix, double suffix, double closeness) {
        double raw = 0.5 * quote + 0.2 * prefix + 0.2 * suffix + 0.1 * closeness;
        return Math.round(raw * 1000) / 1000.0;
    }
}
