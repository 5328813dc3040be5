package io.claimdesk.article.domain.intake;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file as received, before any decoding.
 *
 * @param bytes       the file content, unchanged (copied on construction and on access)
 * @param fileName    the name the user's system gave the file (may be empty when unknown); only its extension is used
 * @param contentType the declared MIME type, or {@code null}; a hint only, never trusted alone
 */
public record RawDocument(byte[] bytes, String fileName, @Nullable String contentType) {

    public RawDocument {
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
        Objects.requireNonNull(fileName, "fileName");
    }

    /** @return a copy of the content */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return the content size in bytes */
    public int size() {
        return bytes.length;
    }

    /** @return the lower-case file extension without the dot, or {@code ""} */
    public String extension() {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String base = fileName.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RawDocument other
                && Arrays.equals(bytes, other.bytes)
                && fileName.equals(other.fileName)
                && Objects.equals(contentType, other.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(bytes), fileName, contentType);
    }

    @Override
    public String toString() {
        return "RawDocument[" + fileName + ", " + bytes.length + " bytes, " + contentType + "]";
    }
}
