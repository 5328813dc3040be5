package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.workflow.VerdictScale;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.tables.records.RatingRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.RATING;

/**
 * The verdict scale (table {@code rating}, seeded in V3). Everyone reads it; only ADMIN creates and edits it.
 * A verdict referenced by any claim cannot be deleted, only deactivated (so published fact-checks keep their
 * verdict).
 */
@Service
public class RatingService implements VerdictScale {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final DSLContext dsl;

    public RatingService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The scale by ordinal; inactive verdicts only when asked for. */
    public List<Rating> list(boolean includeInactive) {
        return dsl.selectFrom(RATING)
                .where(includeInactive ? org.jooq.impl.DSL.noCondition() : RATING.ACTIVE.isTrue())
                .orderBy(RATING.ORDINAL, RATING.CODE)
                .fetch(RatingService::toRating);
    }

    public Optional<Rating> find(String code) {
        return dsl.selectFrom(RATING).where(RATING.CODE.eq(code)).fetchOptional(RatingService::toRating);
    }

    /** @throws NotFoundException for an unknown code */
    public Rating get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Verdict", code));
    }

    /** Whether {@code code} is an active verdict (proposable). */
    public boolean isActive(String code) {
        return dsl.fetchExists(RATING, RATING.CODE.eq(code), RATING.ACTIVE.isTrue());
    }

    /** Whether any claim carries {@code code} as its verdict. */
    public boolean inUse(String code) {
        return dsl.fetchExists(CLAIM, CLAIM.VERDICT.eq(code));
    }

    /**
     * Adds a verdict to the scale ({@code version} of the argument is ignored).
     *
     * @throws ValidationException for a malformed code or colour, blank labels or a value outside the scale
     * @throws ConflictException   when the code or the ordinal is taken
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Rating create(Rating r) {
        Rating v = validate(r);
        if (find(v.code()).isPresent()) {
            throw ConflictException.of("rating.code.exists", v.code());
        }
        try {
            dsl.insertInto(RATING)
                    .set(RATING.CODE, v.code())
                    .set(RATING.LABEL_EN, v.labelEn())
                    .set(RATING.LABEL_AR, v.labelAr())
                    .set(RATING.ORDINAL, v.ordinal())
                    .set(RATING.COLOUR, v.colour())
                    .set(RATING.RATING_VALUE, v.ratingValue())
                    .set(RATING.BEST_RATING, v.bestRating())
                    .set(RATING.WORST_RATING, v.worstRating())
                    .set(RATING.ALTERNATE_NAME, v.alternateName())
                    .set(RATING.ACTIVE, v.active())
                    .execute();
        } catch (DuplicateKeyException e) {
            throw ConflictException.of("rating.position.taken", v.ordinal());
        }
        return get(v.code());
    }

    /**
     * Changes a verdict (labels, ordinal, colour, ClaimReview mapping, active); the code stays.
     *
     * @param expectedVersion the version read (409 when stale)
     * @throws NotFoundException   for an unknown code
     * @throws ValidationException as for {@link #create}
     * @throws ConflictException   when stale or the ordinal is taken
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Rating update(String code, int expectedVersion, Rating changed) {
        Rating current = get(code);
        Rating v = validate(new Rating(code, changed.labelEn(), changed.labelAr(), changed.ordinal(),
                changed.colour(), changed.ratingValue(), changed.bestRating(), changed.worstRating(),
                changed.alternateName(), changed.active(), expectedVersion));
        int rows;
        try {
            rows = dsl.update(RATING)
                    .set(RATING.LABEL_EN, v.labelEn())
                    .set(RATING.LABEL_AR, v.labelAr())
                    .set(RATING.ORDINAL, v.ordinal())
                    .set(RATING.COLOUR, v.colour())
                    .set(RATING.RATING_VALUE, v.ratingValue())
                    .set(RATING.BEST_RATING, v.bestRating())
                    .set(RATING.WORST_RATING, v.worstRating())
                    .set(RATING.ALTERNATE_NAME, v.alternateName())
                    .set(RATING.ACTIVE, v.active())
                    .set(RATING.VERSION, RATING.VERSION.plus(1))
                    .where(RATING.CODE.eq(code), RATING.VERSION.eq(expectedVersion))
                    .execute();
        } catch (DuplicateKeyException e) {
            throw ConflictException.of("rating.position.taken", v.ordinal());
        }
        if (rows == 0) {
            throw ConflictException.stale("rating.stale", current.version(), null, code, expectedVersion,
                    current.version());
        }
        return get(code);
    }

    /**
     * Removes a verdict that no claim carries.
     *
     * @throws ConflictException when a claim carries it (deactivate it instead) or the version is stale
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(String code, int expectedVersion) {
        Rating current = get(code);
        // lock the verdict row: a claim proposing it now waits for us (FK check takes a share lock)
        dsl.selectFrom(RATING).where(RATING.CODE.eq(code)).forUpdate().fetchOne();
        if (inUse(code)) {
            throw ConflictException.of("rating.inUse", code);
        }
        int rows = dsl.deleteFrom(RATING).where(RATING.CODE.eq(code), RATING.VERSION.eq(expectedVersion)).execute();
        if (rows == 0) {
            throw ConflictException.stale("rating.stale", current.version(), null, code, expectedVersion,
                    current.version());
        }
    }

    private static Rating validate(Rating r) {
        String code = r.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw ValidationException.of("rating.code.invalid");
        }
        if (r.labelEn().isBlank() || r.labelAr().isBlank()) {
            throw ValidationException.of("rating.labels.missing");
        }
        if (!COLOUR.matcher(r.colour().strip()).matches()) {
            throw ValidationException.of("rating.colour.invalid");
        }
        if (r.worstRating() > r.bestRating()) {
            throw ValidationException.of("rating.worstAboveBest");
        }
        if (r.ratingValue() > r.bestRating() || r.ratingValue() < Math.min(0, r.worstRating())) {
            throw ValidationException.of("rating.valueOutside");
        }
        String alternate = r.alternateName().isBlank() ? r.labelEn().strip() : r.alternateName().strip();
        return new Rating(code, r.labelEn().strip(), r.labelAr().strip(), r.ordinal(), r.colour().strip(),
                r.ratingValue(), r.bestRating(), r.worstRating(), alternate, r.active(), r.version());
    }

    static Rating toRating(RatingRecord r) {
        return new Rating(r.getCode(), r.getLabelEn(), r.getLabelAr(), r.getOrdinal(), r.getColour(),
                r.getRatingValue(), r.getBestRating(), r.getWorstRating(), r.getAlternateName(), r.getActive(),
                r.getVersion());
    }

    /** Label of {@code code} in {@code locale}, or the code itself when unknown. */
    public String label(@Nullable String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return find(code).map(r -> r.label(locale)).orElse(code);
    }
}
