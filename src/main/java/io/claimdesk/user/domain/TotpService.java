package io.claimdesk.user.domain;

import static io.claimdesk.db.Tables.USER_TOTP;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import io.claimdesk.core.config.ClaimdeskProperties;
import io.claimdesk.core.domain.NotAllowedException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.tables.records.AppUserRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional TOTP second factor (issue 12): time-based one-time passwords of RFC 6238 (HMAC-SHA-1, 6 digits,
 * 30-second steps, the defaults every authenticator app reads from an {@code otpauth://} QR code), made and checked
 * with the {@code dev.samstevens.totp} library.
 *
 * <ul>
 *   <li>Enrolment: {@link #startEnrolment} makes a secret (shown once, as a QR code and as text), stored unconfirmed;
 *       {@link #confirmEnrolment} turns the factor on with a first right code.</li>
 *   <li>Codes of the step before, the current one and the step after are accepted (clock drift of up to 30 s),
 *       each step at most once: a code accepted once is refused after (replay).</li>
 *   <li>{@code CLAIMDESK_SECURITY_TOTP_REQUIRED_FOR_ADMIN=true}: an ADMIN without the factor is sent to enrol at
 *       sign-in and cannot turn it off.</li>
 *   <li>After {@value #MAX_CODE_FAILURES} wrong codes in one sign-in, that sign-in ends.</li>
 * </ul>
 */
@Service
public class TotpService {

    /** Seconds per code (RFC 6238 default). */
    public static final int PERIOD_SECONDS = 30;
    /** Digits per code. */
    public static final int DIGITS = 6;
    /** Wrong codes one sign-in may give before it is ended. */
    public static final int MAX_CODE_FAILURES = 5;
    private static final String ISSUER = "Claimdesk";

    private final DSLContext dsl;
    private final UserRepository users;
    private final boolean requiredForAdmin;
    private final Clock clock;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    @Autowired
    public TotpService(DSLContext dsl, UserRepository users, ClaimdeskProperties properties) {
        this(dsl, users, properties.security().totpRequiredForAdmin(), Clock.systemUTC());
    }

    /** With the ADMIN rule and the clock given (tests). */
    public TotpService(DSLContext dsl, UserRepository users, boolean requiredForAdmin, Clock clock) {
        this.dsl = dsl;
        this.users = users;
        this.requiredForAdmin = requiredForAdmin;
        this.clock = clock;
    }

    /** A new secret: the text (Base32) to type in, the {@code otpauth://} URI and a PNG QR code of it as data URI. */
    public record Enrolment(String secret, String otpauthUri, String qrCodeDataUri) {
    }

    /** Whether the setting requires the second factor for accounts of {@code role}. */
    public boolean requiredFor(Role role) {
        return requiredForAdmin && role == Role.ADMIN;
    }

    /** Whether account {@code userId} signs in with a second factor (a confirmed enrolment). */
    public boolean enabled(long userId) {
        return dsl.fetchExists(USER_TOTP, USER_TOTP.USER_ID.eq(userId).and(USER_TOTP.CONFIRMED_AT.isNotNull()));
    }

    /**
     * Starts (or restarts) the signed-in user's enrolment: a new secret, unconfirmed until {@link #confirmEnrolment}.
     *
     * @throws ValidationException   ({@code totp.alreadyOn}) when the factor is already on (turn it off first)
     * @throws AccessDeniedException when nobody is signed in
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Enrolment startEnrolment() {
        AppUserRecord user = signedIn();
        if (enabled(user.getId())) {
            throw ValidationException.of("totp.alreadyOn");
        }
        String secret = new DefaultSecretGenerator(32).generate();
        dsl.insertInto(USER_TOTP).set(USER_TOTP.USER_ID, user.getId()).set(USER_TOTP.SECRET, secret)
                .onConflict(USER_TOTP.USER_ID).doUpdate()
                .set(USER_TOTP.SECRET, secret)
                .set(USER_TOTP.CREATED_AT, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .set(USER_TOTP.LAST_USED_STEP, 0L)
                .execute();
        QrData data = new QrData.Builder().label(user.getUsername()).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        ZxingPngQrGenerator png = new ZxingPngQrGenerator();
        try {
            return new Enrolment(secret, data.getUri(),
                    Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("The QR code could not be made", e);
        }
    }

    /**
     * Turns the signed-in user's second factor on with a right code of the secret from {@link #startEnrolment}.
     *
     * @throws ValidationException ({@code totp.noEnrolment}) when no enrolment was started, ({@code totp.code.wrong})
     *                             when the code is not right now
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void confirmEnrolment(String code) {
        AppUserRecord user = signedIn();
        var row = dsl.selectFrom(USER_TOTP).where(USER_TOTP.USER_ID.eq(user.getId())).fetchOptional()
                .filter(r -> r.getConfirmedAt() == null)
                .orElseThrow(() -> ValidationException.of("totp.noEnrolment"));
        if (!accept(user.getId(), row.getSecret(), code)) {
            throw ValidationException.of("totp.code.wrong");
        }
        dsl.update(USER_TOTP).set(USER_TOTP.CONFIRMED_AT, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .where(USER_TOTP.USER_ID.eq(user.getId())).execute();
    }

    /**
     * Turns the signed-in user's second factor off, with a right code.
     *
     * @throws NotAllowedException ({@code totp.requiredForAdmin}) for an ADMIN while the setting requires it
     * @throws ValidationException ({@code totp.code.wrong}) when the code is not right
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void disable(String code) {
        AppUserRecord user = signedIn();
        if (requiredFor(Role.of(user.getRole()))) {
            throw NotAllowedException.of("totp.requiredForAdmin");
        }
        if (!verify(user.getId(), code)) {
            throw ValidationException.of("totp.code.wrong");
        }
        dsl.deleteFrom(USER_TOTP).where(USER_TOTP.USER_ID.eq(user.getId())).execute();
    }

    /**
     * What a right password leads to for {@code user}: the full sign-in, or a pending one that waits for a code
     * ({@link TotpPendingAuthentication.Step#VERIFY}) or for an enrolment ({@code ENROL}, ADMIN when required).
     */
    Optional<TotpPendingAuthentication.Step> secondStep(AppUserRecord user) {
        if (enabled(user.getId())) {
            return Optional.of(TotpPendingAuthentication.Step.VERIFY);
        }
        return requiredFor(Role.of(user.getRole())) ? Optional.of(TotpPendingAuthentication.Step.ENROL)
                : Optional.empty();
    }

    /**
     * Completes a pending sign-in: checks the code (of the enrolled factor, or of the enrolment being confirmed)
     * and returns the full sign-in, which the caller stores in its security context.
     *
     * @throws ValidationException ({@code totp.code.wrong}) when the code is not right
     * @throws NotAllowedException ({@code totp.tooManyFailures}) after {@value #MAX_CODE_FAILURES} wrong codes: the
     *                             caller signs out
     */
    @Transactional(noRollbackFor = ValidationException.class)
    public Authentication completeSignIn(TotpPendingAuthentication pending, String code) {
        AppUserRecord user = users.findByUsername(pending.getName())
                .orElseThrow(() -> new AccessDeniedException("Sign in first."));
        boolean right;
        if (pending.step() == TotpPendingAuthentication.Step.VERIFY) {
            right = verify(user.getId(), code);
        } else {
            var row = dsl.selectFrom(USER_TOTP).where(USER_TOTP.USER_ID.eq(user.getId())).fetchOptional();
            right = row.isPresent() && row.get().getConfirmedAt() == null
                    && accept(user.getId(), row.get().getSecret(), code);
            if (right) {
                dsl.update(USER_TOTP).set(USER_TOTP.CONFIRMED_AT, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                        .where(USER_TOTP.USER_ID.eq(user.getId())).execute();
            }
        }
        if (!right) {
            if (pending.failed() >= MAX_CODE_FAILURES) {
                throw NotAllowedException.of("totp.tooManyFailures");
            }
            throw ValidationException.of("totp.code.wrong");
        }
        return pending.complete();
    }

    /** Checks a code of user {@code userId}'s confirmed factor, at most once per time step. */
    private boolean verify(long userId, String code) {
        return dsl.selectFrom(USER_TOTP).where(USER_TOTP.USER_ID.eq(userId)).fetchOptional()
                .filter(r -> r.getConfirmedAt() != null)
                .map(r -> accept(userId, r.getSecret(), code))
                .orElse(false);
    }

    /**
     * Whether {@code code} is the code of {@code secret} for the step before, the current or the step after, and
     * that step is later than the last one accepted; records the step (atomically: of two sign-ins with the same
     * code, one wins).
     */
    private boolean accept(long userId, String secret, String code) {
        String given = code == null ? "" : code.strip().replace(" ", "");
        if (!given.matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            String expected;
            try {
                expected = codes.generate(secret, step);
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("A TOTP code could not be computed", e);
            }
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    given.getBytes(StandardCharsets.US_ASCII))) {
                return dsl.update(USER_TOTP).set(USER_TOTP.LAST_USED_STEP, step)
                        .where(USER_TOTP.USER_ID.eq(userId)).and(USER_TOTP.LAST_USED_STEP.lt(step))
                        .execute() == 1;
            }
        }
        return false;
    }

    private AppUserRecord signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new AccessDeniedException("Sign in first.");
        }
        return users.findByUsername(auth.getName()).filter(AppUserRecord::getActive)
                .orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }
}
