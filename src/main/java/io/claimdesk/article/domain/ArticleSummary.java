package io.claimdesk.article.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/** One row of the article list: metadata and claim counts, without the body. */
public record ArticleSummary(long id, String title, @Nullable String publisher, String language, String direction,
                             @Nullable OffsetDateTime publishedAt, int claims, int approvedClaims,
                             String createdByName, OffsetDateTime createdAt) {
}
