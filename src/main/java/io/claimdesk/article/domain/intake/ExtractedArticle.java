package io.claimdesk.article.domain.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text and metadata pulled out of a document, before canonicalisation. Every field is plain text (no markup);
 * URL fields are absolute {@code http}/{@code https} URLs only.
 *
 * @param text         main text, paragraphs separated by {@code \n}
 * @param title        document title, or {@code null}
 * @param author       author as declared in metadata, or {@code null}
 * @param publishedAt  publication (or creation) time in UTC, or {@code null}
 * @param url          the address the document declares for itself ({@code og:url}), or {@code null}
 * @param canonicalUrl {@code <link rel=canonical>} or {@code og:url}, or {@code null}
 * @param publisher    site or publisher name ({@code og:site_name}), or {@code null}
 * @param description  summary ({@code og:description}, {@code meta description}), or {@code null}
 * @param links        links of the main text (HTML only), each with its paragraph as extracted (before
 *                     canonicalisation)
 */
public record ExtractedArticle(String text, @Nullable String title, @Nullable String author,
        @Nullable Instant publishedAt, @Nullable String url, @Nullable String canonicalUrl,
        @Nullable String publisher, @Nullable String description, List<BodyLink> links) {

    public ExtractedArticle {
        Objects.requireNonNull(text, "text");
        links = List.copyOf(links);
    }

    /** Without links (every document but HTML). */
    public ExtractedArticle(String text, @Nullable String title, @Nullable String author,
            @Nullable Instant publishedAt, @Nullable String url, @Nullable String canonicalUrl,
            @Nullable String publisher, @Nullable String description) {
        this(text, title, author, publishedAt, url, canonicalUrl, publisher, description, List.of());
    }

    /** Plain text without metadata. */
    public static ExtractedArticle ofText(String text) {
        return new ExtractedArticle(text, null, null, null, null, null, null, null);
    }
}
