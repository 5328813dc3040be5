package io.claimdesk.article.domain;

import io.claimdesk.article.domain.intake.IntakeWarning;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored article: canonical body (NFC, {@code \n}) plus metadata. Offsets into {@link #body()} are code points.
 *
 * @param direction   {@code rtl} or {@code ltr}
 * @param publishedAt UTC, when known
 * @param warnings    what intake changed or guessed when the article was imported
 */
public record Article(long id, @Nullable String title, @Nullable String url, @Nullable String canonicalUrl,
                      @Nullable String publisher, @Nullable String byline, @Nullable OffsetDateTime publishedAt,
                      String language, String direction, String body, String contentHash,
                      List<StoredWarning> warnings, @Nullable String charset, long createdBy,
                      String createdByName, OffsetDateTime createdAt, int version) {

    /**
     * A warning as stored with the article: machine code, human message (English), and the numbers in it (for
     * translated display, in message order).
     */
    public record StoredWarning(String code, String message, java.util.Map<String, Object> args) {
        public StoredWarning {
            args = args == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(args));
        }

        public StoredWarning(String code, String message) {
            this(code, message, java.util.Map.of());
        }

        public static StoredWarning of(IntakeWarning w) {
            return new StoredWarning(w.code().name(), w.message(), w.args());
        }
    }

    /** The title, or the start of the body when the article has none. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String firstLine = body.lines().findFirst().orElse("");
        return firstLine.length() > 80 ? firstLine.substring(0, firstLine.offsetByCodePoints(0, 77)) + "…" : firstLine;
    }
}
