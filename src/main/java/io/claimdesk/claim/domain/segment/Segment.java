package io.claimdesk.claim.domain.segment;

import java.util.List;

/**
 * A suggested claim span of an article body: a sentence, or a clause of a sentence.
 *
 * @param start   first code point in the body, inclusive
 * @param end     code-point end in the body, exclusive
 * @param text    exactly {@code CodePoints.substring(body, start, end)}; never starts or ends with white space
 * @param kind    headline, sentence or clause
 * @param score   check-worthiness in [0, 1] (see {@code io.claimdesk.claim.domain.CheckWorthiness})
 * @param reasons  check-worthiness reason codes, e.g. {@code NUMBER}, {@code CLAIMANT_REPORTING_VERB}
 * @param claimant who makes the claim, when a reporting verb names them ({@link Claimants}), else null; a claim
 *                 created from this suggestion starts with it
 */
public record Segment(int start, int end, String text, Kind kind, double score, List<String> reasons,
                      @org.jspecify.annotations.Nullable String claimant) {

    /** Kind of segment; a headline sorts first, a sentence before a clause at the same start. */
    public enum Kind {
        HEADLINE,
        SENTENCE,
        CLAUSE
    }

    public Segment {
        reasons = List.copyOf(reasons);
    }
}
