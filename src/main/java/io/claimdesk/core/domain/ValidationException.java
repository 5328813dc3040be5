package io.claimdesk.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a rule of the workbench (HTTP 422), raised with a code ({@link #of}) so its text is translated
 * for the UI ({@link CodedError}); there is no public constructor taking a finished sentence (issue 13).
 */
public class ValidationException extends RuntimeException implements CodedError {

    private final @Nullable String code;
    private final Object[] arguments;

    /**
     * For subclasses that carry their own English text and the figures a UI needs to word it (e.g.
     * {@code core.text.InvalidTextException}); everything else raises a code with {@link #of}.
     */
    protected ValidationException(String message) {
        super(message);
        this.code = null;
        this.arguments = new Object[0];
    }

    private ValidationException(String code, Object[] arguments) {
        super(CodedError.english(code, arguments));
        this.code = code;
        this.arguments = CodedError.plain(arguments);
    }

    /**
     * A validation error with a code of {@code i18n/errors.properties}.
     *
     * @throws IllegalArgumentException when the code has no English text
     */
    public static ValidationException of(String code, Object... arguments) {
        return new ValidationException(code, arguments);
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
