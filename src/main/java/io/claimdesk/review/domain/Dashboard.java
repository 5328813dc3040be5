package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The supervisor dashboard's figures.
 *
 * @param byStatus        claims per status (every status present, zero when none)
 * @param changesRequested IN_PROGRESS claims a supervisor sent back, still waiting to be proposed again (issue 16;
 *                        counted within IN_PROGRESS too)
 * @param perChecker      open work per assignee, the busiest first
 * @param oldestWaiting   READY_FOR_REVIEW claims waiting longest
 * @param approvedPerDay  approvals per UTC day, oldest day first, one entry per day of the window
 */
public record Dashboard(Map<WorkflowStatus, Integer> byStatus, int changesRequested, List<CheckerWork> perChecker,
                        List<Waiting> oldestWaiting, List<DayCount> approvedPerDay) {

    /** Work of one assignee: claims NEW or IN_PROGRESS, waiting for review, and approved. */
    public record CheckerWork(long userId, String name, int open, int inReview, int approved) {
    }

    /** A claim waiting for review since {@code since} (UTC). */
    public record Waiting(long claimId, String statement, @Nullable String proposer, OffsetDateTime since) {
    }

    /** Approvals on one UTC day. */
    public record DayCount(LocalDate day, int count) {
    }
}
