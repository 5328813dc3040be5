package io.claimdesk.user.domain;

import io.claimdesk.db.enums.UserRole;

/**
 * Roles of the workbench. A role includes the ones below it: ADMIN may do what a SUPERVISOR may, and a
 * SUPERVISOR what a CHECKER may. Spring Security authorities are {@code ROLE_<name>}.
 */
public enum Role {
    CHECKER, SUPERVISOR, ADMIN;

    /** Authorities granted to a user with this role (its own and those it includes). */
    public java.util.List<String> authorities() {
        return switch (this) {
            case CHECKER -> java.util.List.of("ROLE_CHECKER");
            case SUPERVISOR -> java.util.List.of("ROLE_SUPERVISOR", "ROLE_CHECKER");
            case ADMIN -> java.util.List.of("ROLE_ADMIN", "ROLE_SUPERVISOR", "ROLE_CHECKER");
        };
    }

    public UserRole toDb() {
        return UserRole.valueOf(name());
    }

    public static Role of(UserRole role) {
        return valueOf(role.getLiteral());
    }
}
