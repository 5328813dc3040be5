package io.claimdesk.claim.domain.anchor;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Outcome of {@link Reanchorer#reanchor}: the claim was {@link Placed} on the new text, or it is {@link Orphaned} and a
 * reviewer must place it by hand.
 */
public sealed interface ReanchorResult permits ReanchorResult.Placed, ReanchorResult.Orphaned {

    /** How a placed claim was found, in the order the re-anchorer tries them. */
    enum Method {
        /** The quote and its context are unchanged at the old position. */
        EXACT_POSITION,
        /** The exact quote was found elsewhere, chosen by context and closeness. */
        EXACT_QUOTE,
        /** An approximate occurrence of the quote (small edits inside it) was found. */
        FUZZY
    }

    /**
     * The claim's new span.
     *
     * @param start  first code point, inclusive
     * @param end    code point end, exclusive
     * @param method how it was found
     * @param score  confidence in [0, 1]; 1 for {@link Method#EXACT_POSITION}
     */
    record Placed(int start, int end, Method method, double score) implements ReanchorResult {
    }

    /**
     * The claim could not be placed.
     *
     * @param reason      a human-readable explanation for the reviewer (English; kept in the history)
     * @param candidate   the best similar passage when one differs from the quote in what it says, for a person to
     *                    confirm; null when there is none
     * @param differences what differs between the old quote and the candidate (empty without a candidate)
     */
    record Orphaned(String reason, @Nullable Placed candidate, List<QuoteDifferences.Difference> differences)
            implements ReanchorResult {
        public Orphaned {
            differences = List.copyOf(differences);
        }
    }
}
