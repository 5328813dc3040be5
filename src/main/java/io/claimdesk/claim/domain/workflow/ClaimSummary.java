package io.claimdesk.claim.domain.workflow;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * A claim's workflow fields after a change.
 *
 * @param verdict    a code of the verdict scale, or null
 * @param proposedAt UTC
 * @param approvedAt UTC
 * @param version    optimistic-locking version; pass it with the next change
 */
public record ClaimSummary(long id, WorkflowStatus status, @Nullable String verdict, @Nullable String rationale,
                           @Nullable Long assigneeId, @Nullable Long proposedBy, @Nullable OffsetDateTime proposedAt,
                           @Nullable Long approvedBy, @Nullable OffsetDateTime approvedAt, int version) {
}
