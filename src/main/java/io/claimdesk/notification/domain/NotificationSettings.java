package io.claimdesk.notification.domain;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * A user's e-mail preference: the address and the kinds that also go out by e-mail. No address or no kinds means
 * no e-mail (the default).
 */
public record NotificationSettings(@Nullable String email, Set<NotificationKind> emailKinds) {

    public boolean mails(NotificationKind kind) {
        return email != null && emailKinds.contains(kind);
    }
}
