package io.claimdesk.core.api;

import java.util.List;

/**
 * One page of a list answered by the API.
 *
 * @param offset index of the first item (0-based)
 * @param limit  the page size used (1 to {@value #MAX_LIMIT})
 * @param total  number of items matching the filter
 */
public record Page<T>(List<T> items, int offset, int limit, int total) {

    /** The largest page the API serves. */
    public static final int MAX_LIMIT = 500;

    /** A requested page size brought into 1..{@value #MAX_LIMIT}. */
    public static int limit(int requested) {
        return Math.max(1, Math.min(requested, MAX_LIMIT));
    }

    /** A requested offset, never negative. */
    public static int offset(int requested) {
        return Math.max(0, requested);
    }
}
