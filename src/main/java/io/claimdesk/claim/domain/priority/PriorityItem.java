package io.claimdesk.claim.domain.priority;

import io.claimdesk.claim.domain.segment.Segment;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One unclaimed suggestion of the priority list.
 *
 * @param id           the stored suggestion's id (stable until its article's text or the model changes)
 * @param articleId    its article
 * @param articleTitle the article's title, null when it has none
 * @param language     the article's language (BCP 47, e.g. {@code ar})
 * @param articleDate  the article's publication time, else its import time (UTC)
 * @param start        first code point of the span in the article body, inclusive
 * @param end          code-point end, exclusive
 * @param kind         headline, sentence or clause
 * @param text         the span's text
 * @param score        check-worthiness in [0, 1] ({@link io.claimdesk.claim.domain.worthiness.CheckWorthinessService})
 * @param reasons      reason codes, translated as {@code claim.reason.<code>}
 * @param claimant     the claimant a claim created from it starts with ({@link io.claimdesk.claim.domain.segment.Claimants}), null when none is found
 */
public record PriorityItem(long id, long articleId, @Nullable String articleTitle, String language,
                           OffsetDateTime articleDate, int start, int end, Segment.Kind kind, String text,
                           double score, List<String> reasons, @Nullable String claimant) {

    public PriorityItem {
        reasons = List.copyOf(reasons);
    }

    /** The keyset position of this item. */
    public PriorityCursor cursor() {
        return new PriorityCursor(score, id);
    }
}
