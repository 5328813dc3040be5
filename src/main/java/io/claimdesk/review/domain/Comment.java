package io.claimdesk.review.domain;

import java.time.OffsetDateTime;

/**
 * A comment on a claim.
 *
 * @param createdAt UTC
 */
public record Comment(long id, long claimId, long authorId, String author, String body, OffsetDateTime createdAt) {
}
