package io.claimdesk.article.domain;

import io.claimdesk.article.domain.intake.RawDocument;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * One article to import: pasted text or an uploaded document, plus metadata the user gave or corrected (each
 * overrides what intake found), a charset override for text files, and {@code force} to import a duplicate.
 *
 * @param language  ISO 639-1 code to use instead of the detected one
 * @param direction {@code rtl} / {@code ltr} to use instead of the one that follows from the language
 * @param dropNotes  leave out the footnotes and endnotes of a .docx instead of listing them after the body
 */
public record ImportRequest(@Nullable String text, @Nullable RawDocument document, @Nullable String title,
                            @Nullable String url, @Nullable String publisher, @Nullable String byline,
                            @Nullable OffsetDateTime publishedAt, @Nullable String language,
                            @Nullable String direction, @Nullable String charset, boolean force,
                            boolean dropNotes) {

    /** With .docx notes listed after the body. */
    public ImportRequest(@Nullable String text, @Nullable RawDocument document, @Nullable String title,
                         @Nullable String url, @Nullable String publisher, @Nullable String byline,
                         @Nullable OffsetDateTime publishedAt, @Nullable String language,
                         @Nullable String direction, @Nullable String charset, boolean force) {
        this(text, document, title, url, publisher, byline, publishedAt, language, direction, charset, force, false);
    }

    public static ImportRequest ofText(String text) {
        return new ImportRequest(text, null, null, null, null, null, null, null, null, null, false);
    }

    public static ImportRequest ofDocument(RawDocument document) {
        return new ImportRequest(null, document, null, null, null, null, null, null, null, null, false);
    }

    public ImportRequest forced() {
        return new ImportRequest(text, document, title, url, publisher, byline, publishedAt, language, direction,
                charset, true, dropNotes);
    }

    public ImportRequest withCharset(@Nullable String charsetName) {
        return new ImportRequest(text, document, title, url, publisher, byline, publishedAt, language, direction,
                charsetName, force, dropNotes);
    }
}
