package io.claimdesk.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * The record changed since the caller read it (optimistic locking), or the action is not possible in the
 * record's current state (HTTP 409). Nothing was written.
 */
public class ConflictException extends RuntimeException {

    private final @Nullable Integer currentVersion;
    private final @Nullable String changedBy;

    public ConflictException(String message) {
        this(message, null, null);
    }

    public ConflictException(String message, @Nullable Integer currentVersion, @Nullable String changedBy) {
        super(message);
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
    }

    /** The version now stored, when the conflict is a stale version. */
    public @Nullable Integer currentVersion() {
        return currentVersion;
    }

    /** Display name of who made the newer change, when known. */
    public @Nullable String changedBy() {
        return changedBy;
    }
}
