package io.claimdesk.article.domain.intake;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an article cannot be taken in. The {@link #getMessage() message} is plain English meant for
 * the user (it names sizes and limits); {@link #code()} is stable and meant for programs (API problem types,
 * translated UI messages).
 */
public class IntakeException extends RuntimeException {

    /** Why the intake was refused. */
    public enum Code {
        /** Nothing but white space (or zero bytes) was given. */
        EMPTY,
        /** The input is larger than {@link IntakeOptions#maxSizeBytes()}. */
        TOO_LARGE,
        /** The input could not be decoded or opened (malformed text, damaged document, password). */
        UNREADABLE,
        /** The input is binary data (NUL bytes, control characters, an image...), not text. */
        BINARY,
        /** The input is a kind of file that intake does not read (legacy .doc, spreadsheets, archives...). */
        UNSUPPORTED_TYPE,
        /** The document opened but holds no text (a scanned PDF without text layer, an empty page). */
        NO_TEXT
    }

    private final Code code;

    /**
     * @param code    machine-readable reason
     * @param message user-facing English message
     */
    public IntakeException(Code code, String message) {
        this(code, message, null);
    }

    /**
     * @param code    machine-readable reason
     * @param message user-facing English message
     * @param cause   the library error behind it, if any
     */
    public IntakeException(Code code, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** @return the machine-readable reason */
    public Code code() {
        return code;
    }
}
