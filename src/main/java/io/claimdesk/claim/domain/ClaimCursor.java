package io.claimdesk.claim.domain;

import io.claimdesk.core.domain.ValidationException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Where a page of claims in the default order (newest first: {@code created_at desc, id desc}) ends: the next page
 * starts after this key (keyset paging, issue 18), so reading page 1,000 costs what page 1 costs instead of reading
 * and dropping 50,000 rows as an offset does.
 *
 * <p>Text form ({@link #encode}): URL-safe Base64 without padding of {@code <epoch seconds>.<nanos>.<id>} (UTC).
 * Clients treat it as opaque.
 *
 * @param createdAt the last row's creation time
 * @param id        the last row's id
 */
public record ClaimCursor(OffsetDateTime createdAt, long id) {

    /** The earliest creation time a cursor may name (years 1 to 9999: what a stored claim can have). */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** The cursor after claim {@code c}. */
    public static ClaimCursor after(Claim c) {
        return new ClaimCursor(c.createdAt(), c.id());
    }

    public String encode() {
        Instant t = createdAt.toInstant();
        String plain = t.getEpochSecond() + "." + t.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Reads a cursor made by {@link #encode}.
     *
     * @throws ValidationException {@code claim.cursor.invalid} for anything else (also a time outside the years 1 to
     *                             9999, which no claim has)
     */
    public static ClaimCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\.", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("3 parts expected");
            }
            long nanos = Long.parseLong(parts[1]);
            if (nanos < 0 || nanos > 999_999_999) {
                throw new IllegalArgumentException("nanos out of range");
            }
            Instant t = Instant.ofEpochSecond(Long.parseLong(parts[0]), nanos);
            if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
                // no claim was made then, and PostgreSQL refuses such a time instead of comparing with it
                throw new IllegalArgumentException("time out of range");
            }
            return new ClaimCursor(t.atOffset(ZoneOffset.UTC), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ValidationException.of("claim.cursor.invalid");
        }
    }
}
