package io.claimdesk.claim.domain.search;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.claim.domain.Claim;

import java.util.List;

/**
 * A claim similar to another one.
 *
 * @param similarity    pg_trgm trigram similarity of the normalised statements, in [0, 1] (1: same trigrams)
 * @param reasons       why it matched, strongest first (never empty)
 * @param sharedFigures the figures both statements cite (ASCII digits, sorted as text), when
 *                      {@link MatchReason#SAME_FIGURE} is a reason
 */
public record SimilarClaim(Claim claim, double similarity, List<MatchReason> reasons, List<String> sharedFigures) {

    public SimilarClaim {
        reasons = List.copyOf(reasons);
        sharedFigures = List.copyOf(sharedFigures);
    }

    /** A match by its words alone. */
    public SimilarClaim(Claim claim, double similarity) {
        this(claim, similarity, List.of(MatchReason.SIMILAR_WORDS), List.of());
    }

    /** The claim was dismissed: offered last, and labelled so. */
    public boolean dismissed() {
        return claim.status() == WorkflowStatus.DISMISSED;
    }
}
