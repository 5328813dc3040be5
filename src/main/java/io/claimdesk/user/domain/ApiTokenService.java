package io.claimdesk.user.domain;

import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static io.claimdesk.db.Tables.API_TOKEN;
import static io.claimdesk.db.Tables.APP_USER;

/**
 * Personal access tokens for the REST API: created by the signed-in user for themselves (shown once), listed,
 * revoked; checked on each API request by their SHA-256 (one indexed lookup, no password hashing).
 *
 * <p>A token is {@code cdk_} followed by 43 URL-safe Base64 characters (256 bits from {@link SecureRandom}), so a
 * fast hash is enough to store it (unlike a password, it cannot be guessed from a dictionary). Rules: a name of 1
 * to 100 characters, an expiry of 1 to 365 days, {@code ADMIN} scope only for administrators, and a token
 * cannot create a token with a wider scope than its own.
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "cdk_";
    public static final int MAX_DAYS = 365;
    public static final int DEFAULT_DAYS = 90;
    /** Last use is written at most once per this interval per token (so reading with a token writes rarely). */
    static final Duration LAST_USE_RESOLUTION = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final Map<Long, OffsetDateTime> lastUseWritten = new ConcurrentHashMap<>();

    public ApiTokenService(DSLContext dsl, CurrentUser currentUser) {
        this.dsl = dsl;
        this.currentUser = currentUser;
    }

    /** A token just created: {@code token} is the secret, shown this once. */
    public record Created(ApiToken info, String token) {
    }

    /** The owner and scope of a valid token. */
    public record Holder(long tokenId, String username, Role role, ApiTokenScope scope) {
    }

    /**
     * Creates a token for the signed-in user.
     *
     * @param expiresInDays days until it expires, 1 to {@value #MAX_DAYS}; null for {@value #DEFAULT_DAYS}
     * @throws ValidationException   for an empty or over-long name or an expiry out of range
     * @throws AccessDeniedException for ADMIN scope without the ADMIN role, or wider than the token in use
     */
    @Transactional
    public Created create(String name, ApiTokenScope scope, @Nullable Integer expiresInDays) {
        AppUser me = currentUser.require();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.codePointCount(0, label.length()) > 100) {
            throw ValidationException.of("token.name.length");
        }
        int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            throw ValidationException.of("token.expiry.range", String.valueOf(MAX_DAYS), String.valueOf(days));
        }
        if (scope == ApiTokenScope.ADMIN && me.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators can create tokens with the ADMIN scope.");
        }
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication used
                && !used.scope().includes(scope)) {
            throw new AccessDeniedException("A " + used.scope() + " token cannot create a " + scope + " token.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = now();
        var record = dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, me.id())
                .set(API_TOKEN.NAME, label)
                .set(API_TOKEN.TOKEN_HASH, sha256(token))
                .set(API_TOKEN.TOKEN_PREFIX, token.substring(0, PREFIX.length() + 8))
                .set(API_TOKEN.SCOPE, scope.name())
                .set(API_TOKEN.CREATED_AT, now)
                .set(API_TOKEN.EXPIRES_AT, now.plusDays(days))
                .returning().fetchSingle();
        log.info("API token {} ({}, {}) created by {}", record.getId(), scope, record.getTokenPrefix(),
                me.username());
        return new Created(toToken(record), token);
    }

    /** The signed-in user's tokens, newest first (revoked and expired ones included, marked as such). */
    public List<ApiToken> mine() {
        AppUser me = currentUser.require();
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.USER_ID.eq(me.id()))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(ApiTokenService::toToken);
    }

    /**
     * Revokes one of the signed-in user's tokens (an administrator may revoke anyone's); revoking twice is
     * harmless.
     *
     * @throws NotFoundException when there is no such token of this user
     */
    @Transactional
    public ApiToken revoke(long id) {
        AppUser me = currentUser.require();
        var condition = API_TOKEN.ID.eq(id);
        if (!currentUser.has(Role.ADMIN)) {
            condition = condition.and(API_TOKEN.USER_ID.eq(me.id()));
        }
        var record = dsl.selectFrom(API_TOKEN).where(condition).forUpdate().fetchOptional()
                .orElseThrow(() -> new NotFoundException("API token", id));
        if (record.getRevokedAt() == null) {
            record.setRevokedAt(now());
            record.update();
            log.info("API token {} revoked by {}", id, me.username());
        }
        return toToken(record);
    }

    /**
     * The holder of {@code token} when it is known, not revoked, not expired and its owner is active; notes the
     * use (at most once a minute per token).
     */
    public Optional<Holder> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        Optional<Record> row = dsl.select(API_TOKEN.ID, API_TOKEN.SCOPE, API_TOKEN.LAST_USED_AT, APP_USER.USERNAME,
                        APP_USER.ROLE)
                .from(API_TOKEN).join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(sha256(token)), API_TOKEN.REVOKED_AT.isNull(),
                        API_TOKEN.EXPIRES_AT.gt(now), APP_USER.ACTIVE.isTrue())
                .fetchOptional().map(r -> (Record) r);
        row.ifPresent(r -> noteUse(r.get(API_TOKEN.ID), r.get(API_TOKEN.LAST_USED_AT), now));
        return row.map(r -> new Holder(r.get(API_TOKEN.ID), r.get(APP_USER.USERNAME), Role.of(r.get(APP_USER.ROLE)),
                ApiTokenScope.valueOf(r.get(API_TOKEN.SCOPE))));
    }

    private void noteUse(long id, @Nullable OffsetDateTime stored, OffsetDateTime now) {
        OffsetDateTime threshold = now.minus(LAST_USE_RESOLUTION);
        if (stored != null && stored.isAfter(threshold)) {
            return;
        }
        OffsetDateTime written = lastUseWritten.get(id);
        if (written != null && written.isAfter(threshold)) {
            return;
        }
        lastUseWritten.put(id, now);
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now).where(API_TOKEN.ID.eq(id)).execute();
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes, as stored. */
    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static ApiToken toToken(io.claimdesk.db.tables.records.ApiTokenRecord r) {
        return new ApiToken(r.getId(), r.getName(), r.getTokenPrefix(), ApiTokenScope.valueOf(r.getScope()),
                r.getCreatedAt(), r.getExpiresAt(), r.getLastUsedAt(), r.getRevokedAt());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
