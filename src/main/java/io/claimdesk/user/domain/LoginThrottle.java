package io.claimdesk.user.domain;

import io.claimdesk.core.config.ClaimdeskProperties;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import static io.claimdesk.db.Tables.LOGIN_ATTEMPT;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

/**
 * Throttles password guessing (OWASP Authentication Cheat Sheet, "Login Throttling" and "Account Lockout"), in
 * the database so it holds across app nodes and parallel requests.
 *
 * <p>Two counters. Per account from one client address ({@code maxFailures}, default 5): before a password is
 * checked, the attempt is <em>reserved</em> under the counter's row lock, and only while failures plus attempts
 * being checked stay under the limit; over it the attempt is refused without hashing anything, so 40 parallel
 * guesses check at most the limit. Right passwords sent in parallel (scripts with HTTP Basic) wait for a free place
 * instead of being refused; the right password sets the failures back to zero. Per client address whatever the name ({@code maxFailuresPerAddress}, default 30):
 * failures (unknown names, wrong passwords) are counted after the fact, so many scripts signing in correctly
 * from one address are never refused; parallel failures may pass this limit by the number in flight, the
 * account counter still holds. An attacker from one address therefore locks only their own attempts: the owner
 * signing in from another address is not locked out. A counter expires {@code lockDuration} after the last attempt
 * it let through; expired rows are purged every ten minutes.
 */
@Component
@EnableScheduling
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final DSLContext dsl;
    private final ClaimdeskProperties.Security settings;
    private final Clock clock;

    @Autowired
    public LoginThrottle(DSLContext dsl, ClaimdeskProperties properties) {
        this(dsl, properties, Clock.systemUTC());
    }

    LoginThrottle(DSLContext dsl, ClaimdeskProperties properties, Clock clock) {
        this.dsl = dsl;
        this.settings = properties.security();
        this.clock = clock;
    }

    /** The counter of {@code username} (already normalised) signing in from {@code address}. */
    static String accountKey(String username, String address) {
        return "account:" + username.toLowerCase(Locale.ROOT) + "@" + address;
    }

    /** The counter of every sign-in from {@code address}. */
    static String addressKey(String address) {
        return "address:" + address;
    }

    /**
     * Whether sign-ins from {@code address} are refused now (too many failures from it, whatever the name).
     *
     * @return the time left to wait, or empty
     */
    public Optional<Duration> addressLockedFor(String address) {
        OffsetDateTime now = now();
        return dsl.select(LOGIN_ATTEMPT.EXPIRES_AT).from(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.KEY.eq(addressKey(address)),
                        LOGIN_ATTEMPT.ATTEMPTS.ge(settings.maxFailuresPerAddress()),
                        LOGIN_ATTEMPT.EXPIRES_AT.gt(now))
                .fetchOptional(LOGIN_ATTEMPT.EXPIRES_AT)
                .map(until -> Duration.between(now, until));
    }

    /** Counts one failed sign-in from {@code address} (unknown name or wrong password). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void addressFailed(String address) {
        OffsetDateTime now = now();
        OffsetDateTime until = now.plus(settings.lockDuration());
        dsl.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.KEY, addressKey(address)).set(LOGIN_ATTEMPT.ATTEMPTS, 1)
                .set(LOGIN_ATTEMPT.EXPIRES_AT, until)
                .onConflict(LOGIN_ATTEMPT.KEY).doUpdate()
                .set(LOGIN_ATTEMPT.ATTEMPTS, when(LOGIN_ATTEMPT.EXPIRES_AT.le(now), inline(1))
                        .otherwise(LOGIN_ATTEMPT.ATTEMPTS.plus(1)))
                .set(LOGIN_ATTEMPT.EXPIRES_AT, until)
                .execute();
    }

    /** The most attempts at one account from one address that may be checked at the same time. */
    public int maxFailures() {
        return settings.maxFailures();
    }

    /** The outcome of asking to check a password. */
    public sealed interface Reservation {
        /** The attempt may be checked; report its outcome with {@link #failed} or {@link #succeeded}. */
        record Granted() implements Reservation {
        }

        /** Over the limit: refused for {@code retryAfter}. */
        record Refused(Duration retryAfter) implements Reservation {
        }

        /** The limit is taken by attempts still being checked: ask again shortly. */
        record Busy() implements Reservation {
        }
    }

    /**
     * Asks to check one password for account {@code username} from {@code address}: granted while the failures
     * and the attempts being checked stay under {@code maxFailures}, decided under the counter's row lock.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Reservation reserveForAccount(String username, String address) {
        String key = accountKey(username, address);
        OffsetDateTime now = now();
        OffsetDateTime until = now.plus(settings.lockDuration());
        dsl.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.KEY, key).set(LOGIN_ATTEMPT.ATTEMPTS, 0).set(LOGIN_ATTEMPT.IN_FLIGHT, 0)
                .set(LOGIN_ATTEMPT.EXPIRES_AT, until)
                .onConflictDoNothing().execute();
        var row = dsl.selectFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.KEY.eq(key)).forUpdate().fetchSingle();
        int limit = settings.maxFailures();
        if (!row.getExpiresAt().isAfter(now)) {
            row.setAttempts(0);
            row.setInFlight(0);
        }
        if (row.getAttempts() >= limit) {
            return new Reservation.Refused(Duration.between(now, row.getExpiresAt()));
        }
        if (row.getAttempts() + row.getInFlight() >= limit) {
            return new Reservation.Busy();
        }
        dsl.update(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.ATTEMPTS, row.getAttempts())
                .set(LOGIN_ATTEMPT.IN_FLIGHT, row.getInFlight() + 1)
                .set(LOGIN_ATTEMPT.EXPIRES_AT, until)
                .where(LOGIN_ATTEMPT.KEY.eq(key)).execute();
        return new Reservation.Granted();
    }

    /** Reports a granted account attempt whose password was wrong: one more failure. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        OffsetDateTime until = now().plus(settings.lockDuration());
        dsl.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.KEY, accountKey(username, address)).set(LOGIN_ATTEMPT.ATTEMPTS, 1)
                .set(LOGIN_ATTEMPT.IN_FLIGHT, 0).set(LOGIN_ATTEMPT.EXPIRES_AT, until)
                .onConflict(LOGIN_ATTEMPT.KEY).doUpdate()
                .set(LOGIN_ATTEMPT.ATTEMPTS, LOGIN_ATTEMPT.ATTEMPTS.plus(1))
                .set(LOGIN_ATTEMPT.IN_FLIGHT, greatest(LOGIN_ATTEMPT.IN_FLIGHT.minus(1), inline(0)))
                .set(LOGIN_ATTEMPT.EXPIRES_AT, until)
                .execute();
    }

    /** Reports a granted account attempt with the right password: the failures from this address start again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        dsl.update(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.ATTEMPTS, 0)
                .set(LOGIN_ATTEMPT.IN_FLIGHT, greatest(LOGIN_ATTEMPT.IN_FLIGHT.minus(1), inline(0)))
                .where(LOGIN_ATTEMPT.KEY.eq(accountKey(username, address))).execute();
    }

    /** Gives back a granted account attempt that ended without a verdict on the password (an error). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void released(String username, String address) {
        dsl.update(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.IN_FLIGHT, greatest(LOGIN_ATTEMPT.IN_FLIGHT.minus(1), inline(0)))
                .where(LOGIN_ATTEMPT.KEY.eq(accountKey(username, address))).execute();
    }

    /** Deletes expired counters; runs every ten minutes. @return the number of rows deleted */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public int purgeExpired() {
        int deleted = dsl.deleteFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.EXPIRES_AT.le(now())).execute();
        if (deleted > 0) {
            log.info("Purged {} expired sign-in counters", deleted);
        }
        return deleted;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
