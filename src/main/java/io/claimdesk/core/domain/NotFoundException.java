package io.claimdesk.core.domain;

/**
 * A requested record does not exist (HTTP 404). Its code is {@code notFound.<what>} (e.g. {@code notFound.Claim})
 * with the id as the argument, so the UI names the record in the user's language.
 */
public class NotFoundException extends RuntimeException implements CodedError {

    private final String code;
    private final Object[] arguments;

    /**
     * @param what the kind of record as named in {@code i18n/errors.properties}: Article, Claim, Evidence, Source,
     *             User, Verdict, Comment
     * @param id   the id that was asked for
     */
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist.");
        this.code = "notFound." + what;
        this.arguments = new Object[]{String.valueOf(id)};
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
