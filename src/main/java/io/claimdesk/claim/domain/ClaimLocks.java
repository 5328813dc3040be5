package io.claimdesk.claim.domain;

import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.db.enums.ClaimStatus;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static io.claimdesk.db.Tables.CLAIM;

/**
 * What a verdict rests on must not change under it: while a claim waits for review or is approved, its statement,
 * claimant, date, tags and evidence are locked, and it cannot be removed. A supervisor requests changes or reopens
 * it first (workflow in DESIGN.md), so what was approved is what is published.
 */
@Component
public class ClaimLocks {

    private final DSLContext dsl;

    public ClaimLocks(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * @throws ConflictException when the claim is READY_FOR_REVIEW or APPROVED (409)
     * @throws NotFoundException when there is no such claim
     */
    public void requireEditable(long claimId) {
        ClaimStatus status = dsl.select(CLAIM.STATUS).from(CLAIM)
                .where(CLAIM.ID.eq(claimId), CLAIM.REMOVED.isFalse())
                .fetchOptional(CLAIM.STATUS)
                .orElseThrow(() -> new NotFoundException("Claim", claimId));
        requireEditable(claimId, status);
    }

    /**
     * The lock rule for a change that reaches several claims at once (a source merge re-points or joins the
     * evidence links of every claim citing the merged source): locks the claim rows in id order, so a claim
     * cannot be proposed or approved while the change runs, then refuses the whole change when any of them is
     * READY_FOR_REVIEW or APPROVED. Unknown or removed claims are skipped.
     *
     * @throws ConflictException {@code claim.locked.some} naming the locked claims (409)
     */
    public void requireAllEditable(java.util.Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        java.util.List<Long> locked = dsl.select(CLAIM.ID, CLAIM.STATUS).from(CLAIM)
                .where(CLAIM.ID.in(claimIds), CLAIM.REMOVED.isFalse())
                .orderBy(CLAIM.ID).forUpdate().fetch().stream()
                .filter(r -> r.value2() == ClaimStatus.APPROVED || r.value2() == ClaimStatus.READY_FOR_REVIEW)
                .map(r -> r.value1()).toList();
        if (!locked.isEmpty()) {
            throw ConflictException.of("claim.locked.some", locked.stream().map(id -> "#" + id)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    /**
     * The lock rule itself, for callers that already hold the claim row (bulk actions check every claim before
     * changing any, so a bulk request changes all or nothing).
     *
     * @throws ConflictException when {@code status} is READY_FOR_REVIEW or APPROVED (409)
     */
    public static void requireEditable(long claimId, ClaimStatus status) {
        if (status == ClaimStatus.APPROVED) {
            throw ConflictException.of("claim.locked.approved", claimId);
        }
        if (status == ClaimStatus.READY_FOR_REVIEW) {
            throw ConflictException.of("claim.locked.inReview", claimId);
        }
    }

    /**
     * The one conflict text for a stale claim version (PATCH, re-attach, remove, claim groups).
     *
     * @param yourVersion    the version the caller read
     * @param currentVersion the version now stored
     * @param changedBy      display name of who made the newer change, or null when unknown
     */
    public static ConflictException stale(int yourVersion, int currentVersion, @Nullable String changedBy) {
        return changedBy == null
                ? ConflictException.stale("claim.stale.anonymous", currentVersion, null, yourVersion, currentVersion)
                : ConflictException.stale("claim.stale", currentVersion, changedBy, changedBy, yourVersion,
                currentVersion);
    }
}
