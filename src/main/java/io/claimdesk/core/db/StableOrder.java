package io.claimdesk.core.db;

import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.SortOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * Total orders for paged queries. Offset paging (lazy grids, API lists) asks the database for one window at a time;
 * when rows tie on every sorted column, PostgreSQL may return the tied rows in a different order for each window,
 * so a row shows twice and another never. Appending a unique column (the primary key) makes the order total.
 */
public final class StableOrder {

    private StableOrder() {
    }

    /**
     * {@code sort} followed by {@code id} (descending when the first sort field is, else ascending); just {@code id}
     * ascending when {@code sort} is empty.
     *
     * @param id a column that is unique over the queried rows, usually the primary key
     */
    public static List<SortField<?>> by(List<? extends SortField<?>> sort, Field<?> id) {
        List<SortField<?>> order = new ArrayList<>(sort);
        boolean descending = !sort.isEmpty() && sort.get(0).getOrder() == SortOrder.DESC;
        order.add(descending ? id.desc() : id.asc());
        return order;
    }
}
