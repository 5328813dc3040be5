package io.claimdesk.user.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * A personal access token as its owner sees it (never the token itself, nor its hash).
 *
 * @param prefix    the first characters of the token ({@code cdk_} and 8 more), to recognise it
 * @param createdAt UTC; likewise {@code expiresAt}, {@code lastUsedAt} (updated at most once a minute) and
 *                  {@code revokedAt}
 */
public record ApiToken(long id, String name, String prefix, ApiTokenScope scope, OffsetDateTime createdAt,
                       OffsetDateTime expiresAt, @Nullable OffsetDateTime lastUsedAt,
                       @Nullable OffsetDateTime revokedAt) {

    /** Whether the token can still be used at {@code now}. */
    public boolean usable(OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
