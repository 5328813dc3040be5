package io.claimdesk.evidence.domain;

/**
 * A registry row: a source and how many claims cite it.
 *
 * @param citingClaims number of evidence links (one per claim) pointing at the source
 */
public record SourceSummary(Source source, int citingClaims) {
}
