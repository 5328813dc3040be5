package io.claimdesk.report.domain;

import io.claimdesk.core.domain.ValidationException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who an article report or a CSV export is for (issue 15: "only approved verdicts leave the building").
 * {@link #PUBLIC} is the default everywhere (UI, API parameter {@code variant}, command line {@code --variant}).
 */
public enum ReportVariant {

    /**
     * For readers outside the desk: the report lists approved claims only; the CSV lists every matching claim
     * but gives a verdict and rationale only for approved ones.
     */
    PUBLIC,

    /**
     * For the desk: every claim, with each verdict that is not approved yet marked "draft" (in the report: in
     * text and by style).
     */
    INTERNAL;

    /**
     * The variant by name ({@code public} or {@code internal}, case-insensitive); null or blank gives
     * {@link #PUBLIC}.
     *
     * @throws ValidationException for any other name
     */
    public static ReportVariant parse(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return PUBLIC;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("report.variant.unknown", name.strip());
        }
    }

    /** The lower-case name, as the API and the command line spell it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
