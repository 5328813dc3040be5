package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A place in the side navigation, contributed by a feature as a Spring bean. The shell shows it only to users
 * whom the view's access annotations admit.
 *
 * @param labelKey translation key of the label
 * @param order    position, smaller first
 */
public record NavigationEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order) {
}
