package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;

/**
 * A component another feature adds to the header of {@link MainLayout}, next to the user menu (the notification
 * bell of {@code notification}), found as a prototype-scoped bean by type the way {@link ClaimPageSection} is:
 * the shell shows it without importing the feature. Each UI gets its own instance.
 */
public interface HeaderItem {

    /** Position in the header, ascending (before the user menu). */
    int order();

    /** Whether the signed-in user (if any) gets this item; asked before the item is added. */
    default boolean visible() {
        return true;
    }

    /** The component to add: the implementation itself, which must be a component. */
    default Component asComponent() {
        return (Component) this;
    }
}
