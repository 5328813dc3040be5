package io.claimdesk.user.domain;

import io.claimdesk.core.config.ClaimdeskProperties;
import org.jooq.DSLContext;
import org.jooq.Record2;
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
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

/**
 * Throttles password guessing (OWASP Authentication Cheat Sheet, "Login Throttling" and "Account Lockout"), in
 * the database so it holds across app nodes and parallel requests.
 *
 * <p>Two counters. Per account from one client address ({@code maxFailures}, default 5): each attempt is
 * <em>reserved</em> by one atomic upsert before the password is checked, and when the reservation is over the
 * limit the attempt is refused without hashing anything, so 40 parallel guesses check at most the limit; the right
 * password deletes the counter. Per client address whatever the name ({@code maxFailuresPerAddress}, default 30):
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
        reserve(addressKey(address), settings.maxFailuresPerAddress());
    }

    /**
     * Reserves one attempt at account {@code username} from {@code address}.
     *
     * @return the time to wait when this account is over its limit from this address (the attempt is refused),
     *         else empty
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> reserveForAccount(String username, String address) {
        return reserve(accountKey(username, address), settings.maxFailures());
    }

    private Optional<Duration> reserve(String key, int limit) {
        OffsetDateTime now = now();
        OffsetDateTime until = now.plus(settings.lockDuration());
        var expired = LOGIN_ATTEMPT.EXPIRES_AT.le(now);
        Record2<Integer, OffsetDateTime> row = dsl.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.KEY, key)
                .set(LOGIN_ATTEMPT.ATTEMPTS, 1)
                .set(LOGIN_ATTEMPT.EXPIRES_AT, until)
                .onConflict(LOGIN_ATTEMPT.KEY).doUpdate()
                .set(LOGIN_ATTEMPT.ATTEMPTS, when(expired, inline(1)).otherwise(LOGIN_ATTEMPT.ATTEMPTS.plus(1)))
                // attempts that are let through keep the counter alive; refused ones do not extend the wait
                .set(LOGIN_ATTEMPT.EXPIRES_AT, when(expired.or(LOGIN_ATTEMPT.ATTEMPTS.lt(limit)), until)
                        .otherwise(LOGIN_ATTEMPT.EXPIRES_AT))
                .returningResult(LOGIN_ATTEMPT.ATTEMPTS, LOGIN_ATTEMPT.EXPIRES_AT)
                .fetchSingle();
        if (row.value1() > limit) {
            return Optional.of(Duration.between(now, row.value2()));
        }
        return Optional.empty();
    }

    /**
     * Records a sign-in with the right password: the account counter from this address starts again.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        dsl.deleteFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.KEY.eq(accountKey(username, address))).execute();
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
