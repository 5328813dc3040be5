package io.claimdesk.article.domain.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article taken in: canonical body plus metadata.
 *
 * @param title        title from metadata; else the body's first line when it looks like a headline (at most
 *                     {@value ArticleIntake#MAX_HEADLINE_CODE_POINTS} code points and
 *                     {@value ArticleIntake#MAX_HEADLINE_WORDS} words, no sentence-ending punctuation, more
 *                     paragraphs follow); else the first line, cut at a word boundary to at most
 *                     {@value ArticleIntake#MAX_HEADLINE_CODE_POINTS} code points with "…" ({@link
 *                     ArticleIntake#title}); never empty. The body is never shortened to make the title.
 * @param body         canonical text (NFC, {@code \n}, no BOM, no controls but tab/LF), repeats collapsed, credit
 *                     lines removed; paragraphs are its non-blank lines
 * @param byline       credit lines and/or the author from metadata, joined by {@code "; "}, or {@code null}
 * @param url          the address given by the caller ({@link IntakeOptions#sourceUrl()}) or declared by the page
 *                     ({@code og:url}), or {@code null}
 * @param canonicalUrl the page's canonical address, or {@code null}
 * @param publisher    site or publisher name, or {@code null}
 * @param description  summary from metadata, or {@code null}
 * @param publishedAt  publication time (UTC), or {@code null}
 * @param language     BCP 47 primary language code ({@code ar}, {@code en}, ... or {@code und})
 * @param direction    {@code "rtl"} or {@code "ltr"}
 * @param charset      name of the encoding used to decode the bytes ({@code null} for pasted text, .docx, .pdf)
 * @param warnings     what intake changed or guessed, in pipeline order; unmodifiable
 * @param contentHash  lower-case hex SHA-256 of the body's UTF-8 bytes (64 characters), for duplicate detection
 * @param furniture    page furniture removed from the edges of the page ({@link PageFurniture#detect}), line numbers
 *                     of the canonical text of the kept raw text; unmodifiable
 * @param links        links of an HTML page's article text whose paragraph is in the body, in text order
 *                     ({@link BodyLink}); empty for other documents; unmodifiable
 */
public record IntakeResult(String title, String body, @Nullable String byline, @Nullable String url,
        @Nullable String canonicalUrl, @Nullable String publisher, @Nullable String description,
        @Nullable Instant publishedAt, String language, String direction, @Nullable String charset,
        List<IntakeWarning> warnings, String contentHash, List<PageFurniture.Line> furniture,
        List<BodyLink> links) {

    public IntakeResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(contentHash, "contentHash");
        warnings = List.copyOf(warnings);
        furniture = List.copyOf(furniture);
        links = List.copyOf(links);
    }

    /** @return the body's paragraphs (non-blank lines) */
    public List<String> paragraphs() {
        return body.lines().filter(l -> !l.isBlank()).toList();
    }

    /** @return whether a warning of this kind was raised */
    public boolean hasWarning(IntakeWarning.Code code) {
        return warnings.stream().anyMatch(w -> w.code() == code);
    }
}
