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
