package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.db.enums.ClaimStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CLAIM;

/** Figures for the supervisor dashboard, each one indexed query. */
@Service
public class DashboardService {

    /** Days shown in the approvals chart, today (UTC) included. */
    public static final int DAYS = 30;

    private final DSLContext dsl;
    private final Clock clock = Clock.systemUTC();

    public DashboardService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The dashboard now.
     *
     * @param waitingLimit how many of the oldest waiting claims to list
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public Dashboard load(int waitingLimit) {
        Map<WorkflowStatus, Integer> byStatus = new EnumMap<>(WorkflowStatus.class);
        for (WorkflowStatus s : WorkflowStatus.values()) {
            byStatus.put(s, 0);
        }
        dsl.select(CLAIM.STATUS, DSL.count()).from(CLAIM).where(CLAIM.REMOVED.isFalse()).groupBy(CLAIM.STATUS)
                .forEach(r -> byStatus.put(WorkflowStatus.valueOf(r.value1().getLiteral()), r.value2()));

        // a request for changes keeps the claim IN_PROGRESS and pins its reason until it is proposed again (V16_2)
        int changesRequested = dsl.fetchCount(CLAIM, CLAIM.REMOVED.isFalse()
                .and(CLAIM.STATUS.eq(ClaimStatus.IN_PROGRESS)).and(CLAIM.CHANGES_REQUESTED_AT.isNotNull()));

        Field<Integer> open = DSL.count().filterWhere(CLAIM.STATUS.in(ClaimStatus.NEW, ClaimStatus.IN_PROGRESS));
        Field<Integer> inReview = DSL.count().filterWhere(CLAIM.STATUS.eq(ClaimStatus.READY_FOR_REVIEW));
        Field<Integer> approved = DSL.count().filterWhere(CLAIM.STATUS.eq(ClaimStatus.APPROVED));
        List<Dashboard.CheckerWork> perChecker = dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, open, inReview,
                        approved)
                .from(CLAIM).join(APP_USER).on(APP_USER.ID.eq(CLAIM.ASSIGNEE_ID))
                .where(CLAIM.REMOVED.isFalse())
                .groupBy(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .orderBy(open.desc(), inReview.desc(), APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new Dashboard.CheckerWork(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));

        var proposer = APP_USER.as("proposer");
        List<Dashboard.Waiting> waiting = dsl.select(CLAIM.ID, CLAIM.STATEMENT, proposer.DISPLAY_NAME,
                        CLAIM.PROPOSED_AT)
                .from(CLAIM).leftJoin(proposer).on(proposer.ID.eq(CLAIM.PROPOSED_BY))
                .where(CLAIM.STATUS.eq(ClaimStatus.READY_FOR_REVIEW), CLAIM.REMOVED.isFalse())
                .orderBy(CLAIM.PROPOSED_AT.asc().nullsFirst(), CLAIM.ID)
                .limit(Math.max(1, waitingLimit))
                .fetch(r -> new Dashboard.Waiting(r.value1(), r.value2(), r.value3(),
                        (r.value4() == null ? OffsetDateTime.now(clock) : r.value4())
                                .withOffsetSameInstant(ZoneOffset.UTC)));

        return new Dashboard(byStatus, changesRequested, perChecker, waiting, approvedPerDay());
    }

    /** Approvals per UTC day over the last {@link #DAYS} days, zero-filled. */
    private List<Dashboard.DayCount> approvedPerDay() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(DAYS - 1);
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (int i = 0; i < DAYS; i++) {
            counts.put(first.plusDays(i), 0);
        }
        // bucketed by UTC day here rather than in SQL: the rows are bounded by the 30-day window (indexed)
        dsl.select(CLAIM.APPROVED_AT).from(CLAIM)
                .where(CLAIM.STATUS.eq(ClaimStatus.APPROVED),
                        CLAIM.APPROVED_AT.ge(first.atStartOfDay().atOffset(ZoneOffset.UTC)))
                .fetch(CLAIM.APPROVED_AT)
                .forEach(t -> counts.computeIfPresent(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                        (d, n) -> n + 1));
        List<Dashboard.DayCount> days = new ArrayList<>();
        counts.forEach((d, n) -> days.add(new Dashboard.DayCount(d, n)));
        return days;
    }
}
