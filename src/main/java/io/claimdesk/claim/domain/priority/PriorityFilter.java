package io.claimdesk.claim.domain.priority;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Which suggestions the priority list shows.
 *
 * @param language an article language (BCP 47 primary tag, e.g. {@code ar}, {@code en}: matches {@code ar} and
 *                 {@code ar-EG}), null for all
 * @param from     first day (UTC) of the article's date (publication, else import), inclusive; null for no bound
 * @param to       last day (UTC), inclusive; null for no bound
 */
public record PriorityFilter(@Nullable String language, @Nullable LocalDate from, @Nullable LocalDate to) {

    /** Every suggestion. */
    public static final PriorityFilter ALL = new PriorityFilter(null, null, null);

    public PriorityFilter {
        language = language == null || language.isBlank() ? null : language.strip();
    }
}
