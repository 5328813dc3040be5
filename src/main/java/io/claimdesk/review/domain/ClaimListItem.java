package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * A claim in a work list ("my claims", the review queue) with what a person needs at a glance.
 *
 * @param proposedAt UTC, when proposed
 * @param updatedAt  UTC
 * @param lastChange the newest history event, or null
 * @param changesRequested the pinned reason of a supervisor's request for changes (issue 16), or null
 */
public record ClaimListItem(long id, long articleId, String statement, WorkflowStatus status,
                            @Nullable String verdict, @Nullable String rationale, @Nullable Long proposedBy,
                            @Nullable String proposerName,
                            @Nullable OffsetDateTime proposedAt, @Nullable String assigneeName, int evidenceCount,
                            OffsetDateTime updatedAt, int version, @Nullable HistoryEntry lastChange,
                            @Nullable String changesRequested) {
}
