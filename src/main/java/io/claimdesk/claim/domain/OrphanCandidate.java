package io.claimdesk.claim.domain;

import java.util.List;

/**
 * A passage similar to an orphaned claim's quote that an article edit left behind, not taken automatically because
 * it differs in what it says (a name, number, date or other word; issue 14). A person confirms it (the claim is
 * re-attached there) or re-attaches the claim elsewhere. Offsets are code points into the current article body.
 *
 * @param quote       the candidate passage as it was when found
 * @param differences what it says differently from the old quote, e.g. {@code word: النواب → الوزراء}
 */
public record OrphanCandidate(long claimId, int start, int end, String quote, List<String> differences) {

    public OrphanCandidate {
        differences = List.copyOf(differences);
    }
}
