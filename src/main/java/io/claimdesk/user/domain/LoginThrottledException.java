package io.claimdesk.user.domain;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Sign-in refused because of too many wrong passwords in a row; says how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    public LoginThrottledException(Duration wait) {
        super("Too many failed sign-in attempts. Try again in " + Math.max(1, wait.toSeconds() + 1) + " seconds.");
        this.retryAfterSeconds = Math.max(1, wait.toSeconds() + 1);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
