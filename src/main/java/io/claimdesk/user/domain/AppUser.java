package io.claimdesk.user.domain;

import java.time.OffsetDateTime;

/**
 * An account of the workbench (password hash never leaves the domain).
 *
 * @param uiLanguage {@code en} or {@code ar}
 * @param createdAt  UTC
 */
public record AppUser(long id, String username, String displayName, Role role, boolean active, String uiLanguage,
                      OffsetDateTime createdAt, int version) {
}
