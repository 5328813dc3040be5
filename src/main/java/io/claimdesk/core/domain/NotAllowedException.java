package io.claimdesk.core.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The user's role or relation to the record does not allow the action (HTTP 403), with a code of
 * {@code i18n/errors.properties} so the refusal is shown in the user's language ({@link CodedError}).
 */
public class NotAllowedException extends AccessDeniedException implements CodedError {

    private final String code;
    private final Object[] arguments;

    private NotAllowedException(String code, Object[] arguments) {
        super(CodedError.english(code, arguments));
        this.code = code;
        this.arguments = CodedError.plain(arguments);
    }

    /**
     * @throws IllegalArgumentException when the code has no English text
     */
    public static NotAllowedException of(String code, Object... arguments) {
        return new NotAllowedException(code, arguments);
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
