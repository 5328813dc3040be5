package io.claimdesk.claim.domain;

import org.jspecify.annotations.Nullable;

/**
 * A Spring application event published by {@link ClaimEvents#record} for every history event, inside the
 * transaction that records it. Listeners that act on a change (notifications, live updates) use
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT)}, so they never see a change that was rolled back.
 *
 * <p>The fields are the parts of the history event that listeners route on; the full before/after state stays in
 * {@code claim_event} (read it by {@code eventId}).
 *
 * @param eventId    id of the {@code claim_event} row
 * @param actorId    who did it (null for the system)
 * @param kind       the history kind, e.g. {@code status.changed}, {@code claim.assigned}, {@code comment.added}
 * @param action     for {@code status.changed}: the workflow action's wire name ({@code request_changes},
 *                   {@code approve}, ...), from the event's {@code after.action}; otherwise null
 * @param status     the claim's workflow status after the event ({@code after.status}), when the event says it
 * @param assigneeId for {@code claim.assigned}: the new assignee ({@code after.assigneeId}); otherwise null
 * @param note       the event's note (a reason, or a comment's text for {@code comment.added})
 */
public record ClaimEventRecorded(long eventId, long claimId, @Nullable Long actorId, String kind,
                                 @Nullable String action, @Nullable String status, @Nullable Long assigneeId,
                                 @Nullable String note) {

    /**
     * Topic of the cluster-bus message each event becomes ({@code ClaimEventRelay}); payload {@code claim},
     * {@code event}, {@code actor} (ids), {@code kind}, {@code action}.
     */
    public static final String TOPIC = "claim";
}
