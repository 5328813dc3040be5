package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.tables.AppUser;
import io.claimdesk.user.domain.CurrentUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;

/** The work lists: "my claims" (assigned to the signed-in user) and the review queue (SUPERVISOR). Read only. */
@Service
public class WorkListService {

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final HistoryService history;

    public WorkListService(DSLContext dsl, CurrentUser currentUser, HistoryService history) {
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.history = history;
    }

    /** The signed-in user's assigned claims: open ones first (by status), then the newest change first. */
    @PreAuthorize("hasRole('CHECKER')")
    public List<ClaimListItem> myClaims(int offset, int limit) {
        long me = currentUser.require().id();
        return list(CLAIM.ASSIGNEE_ID.eq(me), List.of(
                DSL.when(CLAIM.STATUS.in(ClaimStatus.APPROVED, ClaimStatus.DISMISSED), 1).otherwise(0).asc(),
                CLAIM.STATUS.asc(), CLAIM.UPDATED_AT.desc(), CLAIM.ID.desc()), offset, limit);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public int myClaimsCount() {
        long me = currentUser.require().id();
        return dsl.fetchCount(CLAIM, CLAIM.ASSIGNEE_ID.eq(me).and(CLAIM.REMOVED.isFalse()));
    }

    /** The review queue: READY_FOR_REVIEW claims, the oldest proposal first (SUPERVISOR). */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<ClaimListItem> queue(int offset, int limit) {
        return list(CLAIM.STATUS.eq(ClaimStatus.READY_FOR_REVIEW),
                List.of(CLAIM.PROPOSED_AT.asc().nullsLast(), CLAIM.ID.asc()), offset, limit);
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    public int queueCount() {
        return dsl.fetchCount(CLAIM, CLAIM.STATUS.eq(ClaimStatus.READY_FOR_REVIEW).and(CLAIM.REMOVED.isFalse()));
    }

    private List<ClaimListItem> list(Condition where, List<? extends SortField<?>> order, int offset, int limit) {
        AppUser proposer = APP_USER.as("proposer");
        AppUser assignee = APP_USER.as("assignee");
        Field<Long> lastEvent = DSL.field(DSL.select(CLAIM_EVENT.ID).from(CLAIM_EVENT)
                .where(CLAIM_EVENT.CLAIM_ID.eq(CLAIM.ID)).orderBy(CLAIM_EVENT.SEQ.desc()).limit(1)).as("last_event");
        Field<Integer> evidenceCount = ReviewService.evidenceCountField();
        var rows = dsl.select(CLAIM.ID, CLAIM.ARTICLE_ID, CLAIM.STATEMENT, CLAIM.STATUS, CLAIM.VERDICT,
                        CLAIM.RATIONALE, CLAIM.PROPOSED_BY, proposer.DISPLAY_NAME, CLAIM.PROPOSED_AT,
                        assignee.DISPLAY_NAME, evidenceCount, CLAIM.UPDATED_AT, CLAIM.VERSION, lastEvent,
                        CLAIM.CHANGES_REQUESTED_REASON, CLAIM.CHANGES_REQUESTED_AT)
                .from(CLAIM)
                .leftJoin(proposer).on(proposer.ID.eq(CLAIM.PROPOSED_BY))
                .leftJoin(assignee).on(assignee.ID.eq(CLAIM.ASSIGNEE_ID))
                .where(where, CLAIM.REMOVED.isFalse())
                .orderBy(order)
                .offset(Math.max(0, offset)).limit(Math.max(1, Math.min(limit, 500)))
                .fetch();
        Map<Long, HistoryEntry> last = history.byIds(rows.stream().map(r -> r.get(lastEvent))
                        .filter(Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(HistoryEntry::id, e -> e));
        return rows.map(r -> new ClaimListItem(r.get(CLAIM.ID), r.get(CLAIM.ARTICLE_ID), r.get(CLAIM.STATEMENT),
                WorkflowStatus.of(r.get(CLAIM.STATUS)), r.get(CLAIM.VERDICT),
                r.get(CLAIM.RATIONALE), r.get(CLAIM.PROPOSED_BY), r.get(proposer.DISPLAY_NAME),
                utc(r.get(CLAIM.PROPOSED_AT)), r.get(assignee.DISPLAY_NAME), r.get(evidenceCount),
                r.get(CLAIM.UPDATED_AT).withOffsetSameInstant(ZoneOffset.UTC), r.get(CLAIM.VERSION),
                r.get(lastEvent) == null ? null : last.get(r.get(lastEvent)),
                r.get(CLAIM.CHANGES_REQUESTED_AT) == null ? null
                        : Objects.requireNonNullElse(r.get(CLAIM.CHANGES_REQUESTED_REASON), "")));
    }

    private static @Nullable OffsetDateTime utc(@Nullable OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
