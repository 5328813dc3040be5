package io.claimdesk.user.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A sign-in whose password was right but whose second factor is still missing (issue 12): it grants no authority,
 * so every service refuses it; the UI sends it to the second-factor page ({@code login/second-factor}) and the API
 * refuses it with 401 (the API signs in TOTP users by personal access token only).
 */
public final class TotpPendingAuthentication extends AbstractAuthenticationToken {

    /** What is missing: a code of the enrolled authenticator, or an enrolment (required for ADMIN by setting). */
    public enum Step { VERIFY, ENROL }

    private final UserDetails principal;
    private final Step step;
    private volatile int failures;

    TotpPendingAuthentication(UserDetails principal, Step step, @Nullable Object details) {
        super(List.of());
        this.principal = principal;
        this.step = step;
        setDetails(details);
        super.setAuthenticated(true);
    }

    public Step step() {
        return step;
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    /** Counts a wrong code; returns the failures so far. */
    int failed() {
        return ++failures;
    }

    /** The full sign-in, with the account's role, once the second factor is given. */
    Authentication complete() {
        UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        full.setDetails(getDetails());
        return full;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && other instanceof TotpPendingAuthentication p && p.step == step;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + step.hashCode();
    }
}
