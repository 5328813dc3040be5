package io.claimdesk.claim.domain;

import org.jspecify.annotations.Nullable;

/**
 * Filter of claim lists; null fields match anything.
 *
 * @param claimant case-insensitive substring of the claimant
 * @param tag      exact topic tag
 * @param text     case-insensitive substring of statement or quote
 * @param orphaned only orphans (true), only placed claims (false), or both (null)
 */
public record ClaimFilter(@Nullable Long articleId, @Nullable String status, @Nullable String claimant,
                          @Nullable String tag, @Nullable Long assigneeId, @Nullable String text,
                          @Nullable Boolean orphaned) {

    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null, null, null);

    public static ClaimFilter ofArticle(long articleId) {
        return new ClaimFilter(articleId, null, null, null, null, null, null);
    }
}
