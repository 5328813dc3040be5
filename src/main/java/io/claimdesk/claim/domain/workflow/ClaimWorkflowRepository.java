package io.claimdesk.claim.domain.workflow;

import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.tables.records.ClaimRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static io.claimdesk.db.Tables.EVIDENCE;

/**
 * jOOQ writes of the workflow columns of {@code claim} (status, verdict, rationale, assignee, proposal, approval)
 * and of bulk tag changes. Every write bumps {@code version} and sets {@code updated_at}. Only
 * {@code claim.domain} writes the {@code claim} table (ArchitectureTest, "table ownership").
 */
@Repository
public class ClaimWorkflowRepository {

    /** Most claims one bulk call may touch. */
    public static final int MAX_BULK = 500;

    private final DSLContext dsl;

    public ClaimWorkflowRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @throws NotFoundException for an unknown or removed claim */
    public ClaimRecord load(long claimId) {
        return dsl.selectFrom(CLAIM).where(CLAIM.ID.eq(claimId), CLAIM.REMOVED.isFalse()).fetchOptional()
                .orElseThrow(() -> new NotFoundException("Claim", claimId));
    }

    /**
     * Locks the claims (in id order, so concurrent bulk calls cannot deadlock) and returns them in id order.
     *
     * @throws ValidationException for no claims or more than {@link #MAX_BULK}
     * @throws NotFoundException   naming the unknown or removed claims
     */
    public List<ClaimRecord> lockAll(Collection<Long> claimIds) {
        Set<Long> ids = new LinkedHashSet<>(claimIds);
        if (ids.isEmpty()) {
            throw ValidationException.of("review.bulk.none");
        }
        if (ids.size() > MAX_BULK) {
            throw ValidationException.of("review.bulk.tooMany", MAX_BULK);
        }
        List<ClaimRecord> found = dsl.selectFrom(CLAIM).where(CLAIM.ID.in(ids), CLAIM.REMOVED.isFalse())
                .orderBy(CLAIM.ID).forUpdate().fetch();
        if (found.size() != ids.size()) {
            Set<Long> missing = new LinkedHashSet<>(ids);
            found.forEach(c -> missing.remove(c.getId()));
            throw new NotFoundException("Claim", missing.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        return found;
    }

    /**
     * Stores a transition when the version is still {@code expectedVersion}: the new status and what the action
     * sets (propose: verdict, rationale, proposer, approval cleared; approve: approver; reopen: approval cleared;
     * start: the actor as assignee when {@code takeOnStart}; request changes: {@code reason}, who and when, pinned
     * until the claim is proposed again, dismissed or reopened).
     *
     * @return false when another transaction changed the claim first
     */
    public boolean applyTransition(long claimId, int expectedVersion, WorkflowAction action, WorkflowStatus to,
                                   long actorId, @Nullable String verdict, @Nullable String rationale,
                                   boolean takeOnStart, @Nullable String reason) {
        Field<OffsetDateTime> now = DSL.currentOffsetDateTime();
        UpdateSetMoreStep<ClaimRecord> update = dsl.update(CLAIM)
                .set(CLAIM.STATUS, ClaimStatus.valueOf(to.name()))
                .set(CLAIM.UPDATED_AT, now)
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1));
        switch (action) {
            case PROPOSE -> update = update
                    .setNull(CLAIM.CHANGES_REQUESTED_REASON)
                    .setNull(CLAIM.CHANGES_REQUESTED_BY)
                    .setNull(CLAIM.CHANGES_REQUESTED_AT)
                    .set(CLAIM.VERDICT, verdict)
                    .set(CLAIM.RATIONALE, rationale)
                    .set(CLAIM.PROPOSED_BY, actorId)
                    .set(CLAIM.PROPOSED_AT, now)
                    .setNull(CLAIM.APPROVED_BY)
                    .setNull(CLAIM.APPROVED_AT);
            case APPROVE -> update = update
                    .set(CLAIM.APPROVED_BY, actorId)
                    .set(CLAIM.APPROVED_AT, now);
            case REOPEN -> update = update
                    .setNull(CLAIM.CHANGES_REQUESTED_REASON)
                    .setNull(CLAIM.CHANGES_REQUESTED_BY)
                    .setNull(CLAIM.CHANGES_REQUESTED_AT)
                    .setNull(CLAIM.APPROVED_BY)
                    .setNull(CLAIM.APPROVED_AT);
            case START -> {
                if (takeOnStart) {
                    update = update.set(CLAIM.ASSIGNEE_ID, actorId);
                }
            }
            // the reason stays pinned on the claim until it is proposed again (issue 16)
            case REQUEST_CHANGES -> update = update
                    .set(CLAIM.CHANGES_REQUESTED_REASON, reason == null ? "" : reason)
                    .set(CLAIM.CHANGES_REQUESTED_BY, actorId)
                    .set(CLAIM.CHANGES_REQUESTED_AT, now);
            case DISMISS -> update = update
                    .setNull(CLAIM.CHANGES_REQUESTED_REASON)
                    .setNull(CLAIM.CHANGES_REQUESTED_BY)
                    .setNull(CLAIM.CHANGES_REQUESTED_AT);
        }
        return update.where(CLAIM.ID.eq(claimId), CLAIM.VERSION.eq(expectedVersion)).execute() == 1;
    }

    /** Sets the assignee of a claim the caller holds locked. */
    public void setAssignee(long claimId, long assigneeId) {
        dsl.update(CLAIM)
                .set(CLAIM.ASSIGNEE_ID, assigneeId)
                .set(CLAIM.UPDATED_AT, DSL.currentOffsetDateTime())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(claimId))
                .execute();
    }

    /** Replaces the tags of a claim the caller holds locked. */
    public void setTags(long claimId, List<String> tags) {
        dsl.update(CLAIM)
                .set(CLAIM.TAGS, tags.toArray(String[]::new))
                .set(CLAIM.UPDATED_AT, DSL.currentOffsetDateTime())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(claimId))
                .execute();
    }

    /** Evidence links of a claim (a proposal needs one). */
    public int evidenceCount(long claimId) {
        return dsl.fetchCount(EVIDENCE, EVIDENCE.CLAIM_ID.eq(claimId));
    }

    /** A person claims may be assigned to. */
    public record Person(long id, String displayName, boolean active) {
    }

    public Optional<Person> person(long userId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.ACTIVE).from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> new Person(r.value1(), r.value2(), r.value3()));
    }

    /** The newest history event of a claim, as conflict texts describe it. */
    public record LastEvent(@Nullable String actor, String kind, @Nullable String before, @Nullable String after,
                            OffsetDateTime at) {
    }

    public Optional<LastEvent> lastEvent(long claimId) {
        return dsl.select(APP_USER.DISPLAY_NAME, CLAIM_EVENT.KIND, CLAIM_EVENT.BEFORE, CLAIM_EVENT.AFTER,
                        CLAIM_EVENT.OCCURRED_AT)
                .from(CLAIM_EVENT).leftJoin(APP_USER).on(APP_USER.ID.eq(CLAIM_EVENT.ACTOR_ID))
                .where(CLAIM_EVENT.CLAIM_ID.eq(claimId))
                .orderBy(CLAIM_EVENT.SEQ.desc()).limit(1)
                .fetchOptional(r -> new LastEvent(r.value1(), r.value2(),
                        r.value3() == null ? null : r.value3().data(), r.value4() == null ? null : r.value4().data(),
                        r.value5()));
    }
}
