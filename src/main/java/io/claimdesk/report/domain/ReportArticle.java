package io.claimdesk.report.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The article part of a report.
 *
 * @param body      canonical text (NFC, {@code \n} line ends); claim offsets count its code points
 * @param direction {@code rtl} or {@code ltr}
 */
public record ReportArticle(long id, @Nullable String title, @Nullable String url, @Nullable String publisher,
                            @Nullable String byline, @Nullable OffsetDateTime publishedAt, String language,
                            String direction, String body) {
}
