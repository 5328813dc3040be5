package io.claimdesk.evidence.domain;

import java.util.List;

/**
 * Outcome of merging one source into another.
 *
 * @param source         the kept source after the merge
 * @param movedLinks     evidence links moved from the removed source to the kept one
 * @param collapsedLinks links of claims that cited both sources, folded into the kept link
 * @param affectedClaims ids of the claims whose history got a {@code source.merged} event, ascending
 */
public record MergeResult(Source source, int movedLinks, int collapsedLinks, List<Long> affectedClaims) {
}
