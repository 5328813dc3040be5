package io.claimdesk.user.domain;

import io.claimdesk.db.tables.records.AppUserRecord;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Password sign-in for the web UI and HTTP Basic alike, in this order:
 * <ol>
 *   <li>a client address with too many failures is refused ({@link LoginThrottle})</li>
 *   <li>an unknown username is refused (no password hashing, no counter of its own; a failure of the address)</li>
 *   <li>one attempt is reserved for the account from this address ({@link LoginThrottle#reserveForAccount});
 *       when the failures reach the limit: refused, even with the right password, without hashing; while the
 *       limit is taken by attempts still being checked: wait (at most 10 s)</li>
 *   <li>the password is checked (bcrypt); a password over bcrypt's 72 bytes is wrong without hashing</li>
 *   <li>only with the right password does a deactivated account hear that it is deactivated</li>
 *   <li>an account with a TOTP second factor (or an ADMIN who must enrol one) gets a
 *       {@link TotpPendingAuthentication} without authorities, completed by {@link TotpService#completeSignIn}</li>
 * </ol>
 * Unknown name, wrong password and deactivated account with a wrong password give the same
 * {@link BadCredentialsException}. Refusals by the throttle are {@link LoginThrottledException} (429 over the
 * API). A database fault is thrown as itself (not as a failed sign-in), so it is answered 503
 * (see {@code DatabaseFaultFilter}).
 */
@Component
public class AccountAuthenticationProvider implements AuthenticationProvider {

    /** The message of every refused sign-in that is not throttling or a deactivated account. */
    public static final String BAD_CREDENTIALS = "Bad credentials";
    /** bcrypt reads at most this many bytes of a password (Provos and Mazières, 1999). */
    public static final int BCRYPT_MAX_BYTES = 72;

    /** Longest wait for a place to check a password while other attempts at the account are being checked. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final TotpService totp;
    /**
     * In this app node, at most {@code maxFailures} password checks per account and address at a time (striped by
     * hash), so parallel sign-ins with the right password queue here instead of polling the database.
     */
    private final Semaphore[] stripes = new Semaphore[64];

    public AccountAuthenticationProvider(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle,
                                         TotpService totp) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.totp = totp;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Semaphore(Math.max(1, throttle.maxFailures()), true);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = clientAddress(authentication);

        refuseWhenThrottled(throttle.addressLockedFor(address));
        Optional<AppUserRecord> found = users.findByUsername(username);
        if (found.isEmpty()) {
            throttle.addressFailed(address);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        AppUserRecord user = found.get();
        Semaphore local = stripes[Math.floorMod((username + "@" + address).hashCode(), stripes.length)];
        if (!acquire(local)) {
            throw new LoginThrottledException(Duration.ofSeconds(1));
        }
        try {
            reserve(username, address);
            boolean right;
            try {
                right = password.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES
                        && encoder.matches(password, user.getPasswordHash());
            } catch (RuntimeException e) {
                throttle.released(username, address);
                throw e;
            }
            if (!right) {
                throttle.failed(username, address);
                throttle.addressFailed(address);
                throw new BadCredentialsException(BAD_CREDENTIALS);
            }
            throttle.succeeded(username, address);
        } finally {
            local.release();
        }
        if (!user.getActive()) {
            throw new DisabledException("This account is deactivated. Ask an administrator.");
        }
        UserDetails principal = userDetails(user);
        Optional<TotpPendingAuthentication.Step> second = totp.secondStep(user);
        if (second.isPresent()) {
            // the password was right; the role is granted only with the second factor (TotpService)
            return new TotpPendingAuthentication(principal, second.get(), authentication.getDetails());
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal,
                null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /**
     * Waits for a place to check a password of this account from this address (places are taken only by
     * attempts being checked, which end within a bcrypt); refuses at once when the failures reach the limit.
     */
    private void reserve(String username, String address) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            LoginThrottle.Reservation r = throttle.reserveForAccount(username, address);
            if (r instanceof LoginThrottle.Reservation.Granted) {
                return;
            }
            if (r instanceof LoginThrottle.Reservation.Refused refused) {
                throw new LoginThrottledException(refused.retryAfter());
            }
            if (System.nanoTime() > deadline) {
                throw new LoginThrottledException(Duration.ofSeconds(1));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoginThrottledException(Duration.ofSeconds(1));
            }
        }
    }

    private static boolean acquire(Semaphore local) {
        try {
            return local.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void refuseWhenThrottled(Optional<Duration> wait) {
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
    }

    /** Spring Security's view of an account (authorities from its role). */
    static UserDetails userDetails(AppUserRecord r) {
        return User.withUsername(r.getUsername())
                .password(r.getPasswordHash())
                .disabled(!r.getActive())
                .authorities(Role.of(r.getRole()).authorities().stream().map(SimpleGrantedAuthority::new).toList())
                .build();
    }

    /** The client address of a web sign-in; {@code local} for sign-ins without one (command line). */
    static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return "local";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
