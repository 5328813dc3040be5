package io.claimdesk.evidence.domain;

import io.claimdesk.core.web.InvalidUrlException;
import io.claimdesk.core.web.UrlCanonicalizer;

import io.claimdesk.core.domain.ValidationException;
import org.jspecify.annotations.Nullable;

/** Shared checks for the free-text fields of sources and evidence. */
final class TextInput {

    static final int MAX_EXCERPT = 10_000;
    static final int MAX_NOTE = 5_000;
    static final int MAX_TITLE = 1_000;
    static final int MAX_PUBLISHER = 500;

    private TextInput() {
    }

    /**
     * Trims {@code value}; blank becomes null.
     *
     * @param max most code points allowed
     * @throws ValidationException when longer than {@code max} code points, naming the field
     */
    static @Nullable String optional(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        int length = s.codePointCount(0, s.length());
        if (length > max) {
            throw ValidationException.of("evidence.tooLong." + field, length, max);
        }
        return s;
    }

    /** A text change: null keeps {@code current}, blank clears, anything else is checked by {@link #optional}. */
    static @Nullable String change(@Nullable String given, @Nullable String current, String field, int max) {
        return given == null ? current : optional(given, field, max);
    }

    /**
     * An archive link: http or https, as given (trimmed); blank means none.
     *
     * @throws InvalidUrlException when it is not an acceptable web link
     */
    static @Nullable String archiveUrl(@Nullable String given, UrlCanonicalizer canonicalizer) {
        if (given == null || given.isBlank()) {
            return null;
        }
        return canonicalizer.canonicalize(given).url();
    }
}
