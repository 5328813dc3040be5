package io.claimdesk.review.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What changed on a claim since a supervisor last requested changes (issue 16, the review view), read from the
 * claim's history: the request itself, then each field as it stood at the request and as it stands now, and the
 * evidence links added and removed since.
 *
 * @param requestedAt when changes were requested, UTC
 * @param requestedBy who requested them (display name), null when the account is gone
 * @param reason      the reason given with the request
 * @param statement   the statement then and now
 * @param verdict     the verdict code then (the one sent back) and now
 * @param rationale   the rationale then (of the proposal sent back) and now
 * @param added       links added since the request and still there
 * @param removed     links that were there at the request and are gone now
 */
public record ReviewChanges(OffsetDateTime requestedAt, @Nullable String requestedBy, String reason,
                            Change statement, Change verdict, Change rationale, List<EvidenceChange> added,
                            List<EvidenceChange> removed) {

    /** Whether anything changed since the request. */
    public boolean any() {
        return statement.changed() || verdict.changed() || rationale.changed() || !added.isEmpty()
                || !removed.isEmpty();
    }

    /** A field's value at the request ({@code before}) and now ({@code after}); either may be null. */
    public record Change(@Nullable String before, @Nullable String after) {

        public boolean changed() {
            return !java.util.Objects.equals(before, after);
        }
    }

    /**
     * An evidence link as the history recorded it.
     *
     * @param stance SUPPORTS, REFUTES or CONTEXT
     */
    public record EvidenceChange(long evidenceId, @Nullable String title, String canonicalUrl, String stance,
                                 @Nullable String excerpt) {

        /** The title when known, else the canonical URL. */
        public String label() {
            return title == null || title.isBlank() ? canonicalUrl : title;
        }
    }
}
