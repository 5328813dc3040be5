package io.claimdesk.core.ui;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.jooq.Field;
import org.jooq.SortField;

import java.util.List;
import java.util.Map;

/**
 * Turns a lazy grid's sort orders into jOOQ sort fields. Sort keys come from generated table fields only (never from
 * text typed by hand); unknown keys are ignored; empty values sort last in both directions.
 */
public final class GridSorting {

    private GridSorting() {
    }

    /** @param keys column key to the table field it sorts by */
    public static List<SortField<?>> sortFields(List<QuerySortOrder> orders, Map<String, ? extends Field<?>> keys) {
        return orders.stream().filter(o -> keys.containsKey(o.getSorted()))
                .<SortField<?>>map(o -> o.getDirection() == SortDirection.ASCENDING
                        ? keys.get(o.getSorted()).asc().nullsLast()
                        : keys.get(o.getSorted()).desc().nullsLast())
                .toList();
    }
}
