package io.claimdesk.core.web;

import java.util.Objects;

/**
 * A URL was refused as a source link, or as a target for a server-side fetch. The message is plain English
 * meant for the user (e.g. "Only http and https links can be sources; this one starts with javascript:");
 * {@link #reason()} lets a UI choose a translated message instead.
 */
public class InvalidUrlException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a URL was refused. */
    public enum Reason {
        /** Nothing but white space was given. */
        EMPTY,
        /** Longer than {@link UrlCanonicalizer#MAX_LENGTH} code points. */
        TOO_LONG,
        /** The scheme is missing, or is not http or https. */
        UNSUPPORTED_SCHEME,
        /** There is no host name (e.g. {@code http://} or {@code http:/path}). */
        NO_HOST,
        /** The host name or port is not valid (IDNA errors, bad characters, port out of range). */
        INVALID_HOST,
        /** The text cannot be parsed as a URL at all. */
        MALFORMED,
        /** The host resolves to an address a server-side fetch must not reach (loopback, private, ...). */
        FORBIDDEN_ADDRESS
    }

    private final Reason reason;

    /**
     * @param reason  the machine-readable reason
     * @param message the English message for the user
     */
    public InvalidUrlException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the machine-readable reason for the refusal */
    public Reason reason() {
        return reason;
    }
}
