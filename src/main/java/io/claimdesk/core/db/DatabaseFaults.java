package io.claimdesk.core.db;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a database fault (the server unreachable, no pooled connection in time, a statement over its time limit)
 * from an ordinary error, so that it can be answered as {@code 503 Service Unavailable} instead of a 500 or a
 * redirect to the login page.
 *
 * <p>SQLSTATE classes follow PostgreSQL's "Appendix A. Error Codes": {@code 08} connection exception,
 * {@code 57P01}-{@code 57P03} server shut down or starting, {@code 53300} too many connections, {@code 57014}
 * statement cancelled (statement_timeout).
 */
public final class DatabaseFaults {

    /** Seconds a client is asked to wait before retrying ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** What went wrong, in words a client can act on. */
    public enum Kind {
        UNREACHABLE("database.unreachable",
                "The database is not reachable right now; nothing was changed. Try again in a few seconds."),
        TIMEOUT("database.timeout", "The database did not answer within its time limit; nothing was changed. Try "
                + "again, or narrow the request.");

        private final String code;
        private final String detail;

        Kind(String code, String detail) {
            this.code = code;
            this.detail = detail;
        }

        /** The stable {@code code} of the 503 problem (issue 13). */
        public String code() {
            return code;
        }

        /** The {@code detail} of the 503 problem. */
        public String detail() {
            return detail;
        }
    }

    private DatabaseFaults() {
    }

    /** The kind of database fault anywhere in {@code error}'s cause chain, or empty for any other error. */
    public static Optional<Kind> classify(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, true) == null; t = t.getCause()) {
            Optional<Kind> kind = classifyOne(t);
            if (kind.isPresent()) {
                return kind;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                Optional<Kind> next = classifyOne(sql.getNextException());
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Kind> classifyOne(Throwable t) {
        if (t instanceof QueryTimeoutException || t instanceof SocketTimeoutException) {
            return Optional.of(Kind.TIMEOUT);
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException || t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessResourceException) {
            return Optional.of(Kind.UNREACHABLE);
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.equals("57014")) {
                return Optional.of(Kind.TIMEOUT);
            }
            if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
                return Optional.of(Kind.UNREACHABLE);
            }
        }
        return Optional.empty();
    }
}
