package io.claimdesk.core.work;

import io.claimdesk.core.domain.CodedError;
import org.jspecify.annotations.Nullable;

/**
 * Heavy work that was not done (HTTP 503 with {@code Retry-After} over the API): the pool was full, the job ran past
 * its time limit, it was cancelled (the client went away) or the application is shutting down. Nothing was changed.
 * Texts under {@code error.work.*} in {@code i18n/errors*.properties}.
 */
public class WorkUnavailableException extends RuntimeException implements CodedError {

    /** Why the work was not done; each has its error code. */
    public enum Reason {
        /** Every worker busy and the queue full: retry in a few seconds. */
        BUSY("work.busy"),
        /** The job ran longer than {@code claimdesk.work.time-limit}; argument: the limit in seconds. */
        TIMED_OUT("work.timedOut"),
        /** The job was cancelled (its client went away, or the thread was interrupted). */
        CANCELLED("work.cancelled"),
        /** The application is shutting down. */
        SHUTTING_DOWN("work.shuttingDown");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Seconds a client is asked to wait before it tries again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final Reason reason;
    private final Object[] arguments;

    public WorkUnavailableException(Reason reason, Object... arguments) {
        super(CodedError.english(reason.code(), arguments));
        this.reason = reason;
        this.arguments = CodedError.plain(arguments);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public @Nullable String code() {
        return reason.code();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
