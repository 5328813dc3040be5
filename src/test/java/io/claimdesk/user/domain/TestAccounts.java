package io.claimdesk.user.domain;

import org.springframework.stereotype.Component;

/** Test helper: creates accounts directly (no admin needed), each with password {@link #PASSWORD}. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "test-password-123";

    private final UserRepository users;
    private final UserService service;

    public TestAccounts(UserRepository users, UserService service) {
        this.users = users;
        this.service = service;
    }

    /** The account {@code username} with {@code role}, created when missing. */
    public AppUser ensure(String username, Role role) {
        return users.findByUsername(username).map(UserRepository::toUser)
                .orElseGet(() -> service.createUnchecked(username, displayNameOf(username), PASSWORD, role));
    }

    private static String displayNameOf(String username) {
        return Character.toUpperCase(username.charAt(0)) + username.substring(1).replace('-', ' ');
    }
}
