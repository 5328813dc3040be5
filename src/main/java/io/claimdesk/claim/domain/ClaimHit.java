package io.claimdesk.claim.domain;

import io.claimdesk.search.domain.Highlight;

import java.util.List;

/**
 * A claim found by a full-text search, with the matched parts of its statement.
 *
 * @param statementMatches matched ranges of {@link Claim#statement()} in code points, in text order
 */
public record ClaimHit(Claim claim, List<Highlight> statementMatches) {
}
