package io.claimdesk.notification.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * One notification of the signed-in user.
 *
 * @param claimStatement the claim's statement now (not when the notification was made)
 * @param actorName      display name of who acted, null for the system
 * @param note           the reason (changes requested, dismissed) or the comment's text (mentioned)
 * @param createdAt      UTC
 * @param readAt         UTC, null while unread
 */
public record Notification(long id, NotificationKind kind, long claimId, String claimStatement,
                           @Nullable Long actorId, @Nullable String actorName, @Nullable String note,
                           OffsetDateTime createdAt, @Nullable OffsetDateTime readAt) {

    public boolean read() {
        return readAt != null;
    }
}
