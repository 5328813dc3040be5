package io.claimdesk.claim.domain;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import org.jspecify.annotations.Nullable;

/**
 * Filter of claim lists; null fields match anything.
 *
 * @param claimant case-insensitive substring of the claimant
 * @param tag      exact topic tag
 * @param text     case-insensitive substring of statement or quote
 * @param orphaned only orphans (true), only placed claims (false), or both (null)
 * @param query    full-text search over statement, quote, claimant and tags (Arabic-normalised, stemmed; see
 *                 {@link io.claimdesk.search.domain.FullText}); when given, lists are ordered by relevance
 */
public record ClaimFilter(@Nullable Long articleId, @Nullable WorkflowStatus status, @Nullable String claimant,
                          @Nullable String tag, @Nullable Long assigneeId, @Nullable String text,
                          @Nullable Boolean orphaned, @Nullable String query) {

    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null, null, null, null);

    /** A filter without full-text query. */
    public ClaimFilter(@Nullable Long articleId, @Nullable WorkflowStatus status, @Nullable String claimant,
                       @Nullable String tag, @Nullable Long assigneeId, @Nullable String text,
                       @Nullable Boolean orphaned) {
        this(articleId, status, claimant, tag, assigneeId, text, orphaned, null);
    }

    /** This filter with the full-text query {@code q} (blank: none). */
    public ClaimFilter withQuery(@Nullable String q) {
        return new ClaimFilter(articleId, status, claimant, tag, assigneeId, text, orphaned,
                q == null || q.isBlank() ? null : q);
    }

    public static ClaimFilter ofArticle(long articleId) {
        return new ClaimFilter(articleId, null, null, null, null, null, null);
    }
}
