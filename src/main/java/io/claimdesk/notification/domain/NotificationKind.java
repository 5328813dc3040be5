package io.claimdesk.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a notification tells its recipient (issue 16). The wire name is stored in {@code notification.kind}. */
public enum NotificationKind {
    /** A claim was assigned to you (by someone else). */
    ASSIGNED,
    /** A claim was proposed and waits for review (to supervisors and admins). */
    REVIEW_REQUESTED,
    /** A supervisor sent your claim back with a reason. */
    CHANGES_REQUESTED,
    /** Your claim's verdict was approved. */
    APPROVED,
    /** Your claim was dismissed as not check-worthy. */
    DISMISSED,
    /** Someone wrote {@code @yourname} in a comment. */
    MENTIONED;

    /** Lower-case name, as stored and in the API: {@code review_requested}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind of a wire name, if it is one. */
    public static Optional<NotificationKind> ofWireName(String wire) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(wire)).findFirst();
    }
}
