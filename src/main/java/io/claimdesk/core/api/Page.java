package io.claimdesk.core.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One page of a list answered by the API.
 *
 * @param offset     index of the first item (0-based; 0 for a page read with a cursor)
 * @param limit      the page size used (1 to {@value #MAX_LIMIT})
 * @param total      number of items matching the filter; exact when {@code totalExact}, otherwise an estimate
 *                   (lists that may hold millions of rows, issue 18: see {@link io.claimdesk.core.domain.Total})
 * @param totalExact whether {@code total} is exact
 * @param nextCursor for lists paged by key: pass it as {@code cursor} to read the next page; absent on the last
 *                   page and on lists paged by offset only
 */
public record Page<T>(List<T> items, int offset, int limit, int total, boolean totalExact,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String nextCursor) {

    /** The largest page the API serves. */
    public static final int MAX_LIMIT = 500;

    /** A page with an exact total, paged by offset. */
    public Page(List<T> items, int offset, int limit, int total) {
        this(items, offset, limit, total, true, null);
    }

    /** A requested page size brought into 1..{@value #MAX_LIMIT}. */
    public static int limit(int requested) {
        return Math.max(1, Math.min(requested, MAX_LIMIT));
    }

    /** A requested offset, never negative. */
    public static int offset(int requested) {
        return Math.max(0, requested);
    }
}
