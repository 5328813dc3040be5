package io.claimdesk.user.domain;

import io.claimdesk.core.config.ClaimdeskProperties;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import static io.claimdesk.db.Tables.LOGIN_THROTTLE;

/**
 * Throttles password guessing per username (OWASP Authentication Cheat Sheet, "Account lockout"): after
 * {@code maxFailures} wrong passwords in a row, sign-in is refused for {@code lockDuration}, even with the right
 * password; a successful sign-in resets the count. State lives in the database so it holds across app nodes.
 */
@Component
public class LoginThrottle {

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

    /** Time left before {@code username} may try again, when it is locked now. */
    public Optional<Duration> lockedFor(String username) {
        OffsetDateTime now = now();
        return dsl.select(LOGIN_THROTTLE.LOCKED_UNTIL).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.USERNAME.eq(key(username)))
                .fetchOptional(LOGIN_THROTTLE.LOCKED_UNTIL)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Records a wrong password; locks the username when it reaches the limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        OffsetDateTime now = now();
        String key = key(username);
        int failures = dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.USERNAME, key)
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now)
                .onConflict(LOGIN_THROTTLE.USERNAME).doUpdate()
                .set(LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.FAILURES.plus(1))
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now)
                .returning(LOGIN_THROTTLE.FAILURES)
                .fetchSingle(LOGIN_THROTTLE.FAILURES);
        if (failures >= settings.maxFailures()) {
            dsl.update(LOGIN_THROTTLE)
                    .set(LOGIN_THROTTLE.LOCKED_UNTIL, now.plus(settings.lockDuration()))
                    .set(LOGIN_THROTTLE.FAILURES, 0)
                    .where(LOGIN_THROTTLE.USERNAME.eq(key))
                    .execute();
        }
    }

    /** Records a successful sign-in: the failure count starts again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.USERNAME.eq(key(username))).execute();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
