package io.claimdesk.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * The record changed since the caller read it (optimistic locking), or the action is not possible in the
 * record's current state (HTTP 409). Nothing was written. Raised with a code ({@link #of}) its text is translated
 * for the UI ({@link CodedError}).
 */
public class ConflictException extends RuntimeException implements CodedError {

    private final @Nullable Integer currentVersion;
    private final @Nullable String changedBy;
    private final @Nullable String code;
    private final Object[] arguments;

    /** For coded subclasses: {@code message} is the English text of {@code code}. */
    protected ConflictException(String message, @Nullable Integer currentVersion, @Nullable String changedBy,
                                @Nullable String code, Object[] arguments) {
        super(message);
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.code = code;
        this.arguments = CodedError.plain(arguments);
    }

    /**
     * A conflict with a code of {@code i18n/errors.properties}.
     *
     * @throws IllegalArgumentException when the code has no English text
     */
    public static ConflictException of(String code, Object... arguments) {
        return new ConflictException(CodedError.english(code, arguments), null, null, code, arguments);
    }

    /**
     * A stale version: someone else's change was committed after the caller read the record.
     *
     * @param code           the code of the text, whose arguments are {@code arguments}
     * @param currentVersion the version now stored
     * @param changedBy      display name of who made the newer change, when known
     */
    public static ConflictException stale(String code, int currentVersion, @Nullable String changedBy,
                                          Object... arguments) {
        return new ConflictException(CodedError.english(code, arguments), currentVersion, changedBy, code,
                arguments);
    }

    /** The version now stored, when the conflict is a stale version. */
    public @Nullable Integer currentVersion() {
        return currentVersion;
    }

    /** Display name of who made the newer change, when known. */
    public @Nullable String changedBy() {
        return changedBy;
    }

    @Override
    public @Nullable String code() {
        return code;
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
