package io.claimdesk.article.domain.intake;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Result of {@link BylineDetector#extract(String)}.
 *
 * @param body   the text without the credit lines that were taken out
 * @param byline the credit lines in document order, decorations (outer brackets, leading dashes) removed,
 *               joined by {@code "; "}; {@code null} when none was found
 */
public record BylineExtraction(String body, @Nullable String byline) {

    public BylineExtraction {
        Objects.requireNonNull(body, "body");
    }
}
