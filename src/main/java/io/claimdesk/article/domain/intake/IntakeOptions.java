package io.claimdesk.article.domain.intake;

import io.claimdesk.core.domain.ValidationException;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import org.jspecify.annotations.Nullable;

/**
 * Caller choices for one intake.
 *
 * @param charsetOverride name of the character encoding the user chose (any Java/IANA name, e.g.
 *                        {@code "windows-1256"}), or {@code null} to detect it; when set it always wins over
 *                        byte order marks, HTML declarations and detection
 * @param maxSizeBytes    largest accepted input in bytes (for pasted text: its UTF-8 length); default
 *                        {@link #DEFAULT_MAX_SIZE_BYTES}
 * @param sourceUrl       the address the article was fetched from or that the user gave, or {@code null};
 *                        used as base for relative links in HTML and returned as {@link IntakeResult#url()}
 * @param docxNotes       what becomes of the footnotes and endnotes of a .docx (default: a notes section after the
 *                        body)
 * @throws io.claimdesk.core.domain.ValidationException if the charset name is unknown to the JVM (HTTP 422)
 * @throws IllegalArgumentException if the size is not positive
 */
public record IntakeOptions(@Nullable String charsetOverride, long maxSizeBytes, @Nullable String sourceUrl,
                            DocxExtractor.Notes docxNotes) {

    /** 10 MB (10 x 1024 x 1024 bytes). */
    public static final long DEFAULT_MAX_SIZE_BYTES = 10L * 1024 * 1024;

    /** Notes of a .docx in a section after the body. */
    public IntakeOptions(@Nullable String charsetOverride, long maxSizeBytes, @Nullable String sourceUrl) {
        this(charsetOverride, maxSizeBytes, sourceUrl, DocxExtractor.Notes.SECTION);
    }

    public IntakeOptions {
        java.util.Objects.requireNonNull(docxNotes, "docxNotes");
        if (maxSizeBytes <= 0) {
            throw new IllegalArgumentException("maxSizeBytes must be positive: " + maxSizeBytes);
        }
        if (charsetOverride != null) {
            charsetOverride = charsetOverride.strip();
            boolean supported;
            try {
                supported = Charset.isSupported(charsetOverride);
            } catch (IllegalCharsetNameException e) {
                supported = false;
            }
            if (!supported) {
                throw ValidationException.of("intake.charset.unknown", charsetOverride);
            }
        }
    }

    /** Detect the charset, 10 MB limit, no source URL. */
    public static IntakeOptions defaults() {
        return new IntakeOptions(null, DEFAULT_MAX_SIZE_BYTES, null);
    }

    /** @return a copy with the given charset override ({@code null} to detect) */
    public IntakeOptions withCharsetOverride(@Nullable String charsetName) {
        return new IntakeOptions(charsetName, maxSizeBytes, sourceUrl, docxNotes);
    }

    /** @return a copy with the given size limit in bytes */
    public IntakeOptions withMaxSizeBytes(long limit) {
        return new IntakeOptions(charsetOverride, limit, sourceUrl, docxNotes);
    }

    /** @return a copy with the given source URL */
    public IntakeOptions withSourceUrl(@Nullable String url) {
        return new IntakeOptions(charsetOverride, maxSizeBytes, url, docxNotes);
    }

    /** @return a copy with the given handling of .docx footnotes and endnotes */
    public IntakeOptions withDocxNotes(DocxExtractor.Notes notes) {
        return new IntakeOptions(charsetOverride, maxSizeBytes, sourceUrl, notes);
    }
}
