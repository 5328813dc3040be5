package io.claimdesk.claim.domain.anchor;

import io.claimdesk.core.domain.CodedError;

/**
 * A quote could not be anchored: it is empty, it does not occur in the text, or it occurs more than once and the
 * context does not single one occurrence out. Raised with a code of {@code i18n/errors*.properties}
 * ({@code anchor.quote.*}, the quote abbreviated to 40 code points as the first argument), so the user reads it in
 * their language; the message is the English text.
 */
public class AnchorException extends IllegalArgumentException implements CodedError {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final Object[] arguments;

    /**
     * @throws IllegalArgumentException when the code has no English text
     */
    AnchorException(String code, Object... arguments) {
        super(CodedError.english(code, arguments));
        this.code = code;
        this.arguments = CodedError.plain(arguments);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
