package io.claimdesk.claim.domain.search;

import io.claimdesk.claim.domain.Claim;

/**
 * A claim similar to another one.
 *
 * @param similarity pg_trgm trigram similarity of the normalised statements, in [0, 1] (1: same trigrams)
 */
public record SimilarClaim(Claim claim, double similarity) {
}
