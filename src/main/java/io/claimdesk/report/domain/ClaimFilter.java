package io.claimdesk.report.domain;

import io.claimdesk.core.domain.ValidationException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which claims an export contains. Every part is optional (null = no restriction); removed claims are never
 * exported.
 *
 * @param articleId only claims of this article
 * @param status    only claims in this workflow status ({@code NEW}, {@code IN_PROGRESS}, {@code READY_FOR_REVIEW},
 *                  {@code APPROVED}, {@code DISMISSED})
 * @param verdict   only claims with this verdict (a rating code such as {@code FALSE})
 * @param from      first day of the range, inclusive
 * @param to        last day of the range, inclusive
 * @param dateField which date the range applies to: the claim date (when the claim was made) or the day the
 *                  claim was created in Claimdesk (UTC)
 */
public record ClaimFilter(@Nullable Long articleId, @Nullable String status, @Nullable String verdict,
                          @Nullable LocalDate from, @Nullable LocalDate to, DateField dateField) {

    /** The date a range filters on. */
    public enum DateField {
        /** {@code claim.claim_date}: the day the claimant made the claim. */
        CLAIM_DATE,
        /** {@code claim.created_at}, as a UTC day. */
        CREATED
    }

    /** Statuses a filter accepts. */
    public static final java.util.List<String> STATUSES =
            java.util.List.of("NEW", "IN_PROGRESS", "READY_FOR_REVIEW", "APPROVED", "DISMISSED");

    /**
     * @throws ValidationException for an unknown status, a malformed verdict code or {@code from} after {@code to}
     */
    public ClaimFilter {
        status = blankToNull(status);
        verdict = blankToNull(verdict);
        if (status != null) {
            status = status.toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(status)) {
                throw ValidationException.of("export.status.unknown", status, String.valueOf(STATUSES));
            }
        }
        if (verdict != null) {
            verdict = verdict.toUpperCase(Locale.ROOT);
            if (!verdict.matches("[A-Z][A-Z0-9_]{0,39}")) {
                throw ValidationException.of("export.verdict.invalid");
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ValidationException.of("export.dateRange.reversed", String.valueOf(from), String.valueOf(to));
        }
        if (dateField == null) {
            dateField = DateField.CLAIM_DATE;
        }
    }

    /**
     * The date field by name ({@code CLAIM_DATE} or {@code CREATED}, case-insensitive), as the API and the command
     * line take it.
     *
     * @throws ValidationException for another name
     */
    public static DateField dateField(String name) {
        try {
            return DateField.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("export.dateField.invalid");
        }
    }

    /** No restriction: every claim that is not removed. */
    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, null, null, DateField.CLAIM_DATE);
    }

    /** The same filter restricted to approved claims (ClaimReview publishes only those). */
    public ClaimFilter approvedOnly() {
        return new ClaimFilter(articleId, "APPROVED", verdict, from, to, dateField);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
