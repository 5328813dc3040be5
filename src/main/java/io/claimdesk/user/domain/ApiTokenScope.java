package io.claimdesk.user.domain;

import java.util.List;

/**
 * What an API token may do, at most what its owner's role allows: {@code READ} only reads (GET, HEAD), {@code WRITE}
 * also changes, {@code ADMIN} also does what needs the ADMIN role (only an administrator can create one).
 */
public enum ApiTokenScope {
    READ, WRITE, ADMIN;

    /** Spring Security authorities of a token with this scope whose owner has {@code role}. */
    public List<String> authorities(Role role) {
        return role.authorities().stream()
                .filter(a -> this == ADMIN || !a.equals("ROLE_ADMIN"))
                .toList();
    }

    /** Whether this scope includes everything {@code other} allows. */
    public boolean includes(ApiTokenScope other) {
        return ordinal() >= other.ordinal();
    }
}
