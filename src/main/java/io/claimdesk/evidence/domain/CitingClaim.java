package io.claimdesk.evidence.domain;

/**
 * A claim that cites a source, with the stance of its link.
 *
 * @param statement the claim's statement as written by the checker
 * @param removed   whether the claim was removed (its evidence link stays for the record)
 */
public record CitingClaim(long claimId, long articleId, String statement, long evidenceId, Stance stance,
                          boolean removed) {
}
