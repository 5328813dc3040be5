package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;

/**
 * An action another feature adds to the article reader's toolbar (the report downloads of {@code report}), found as
 * a prototype-scoped bean (issue 13), so the reader imports no feature above it.
 */
public interface ArticlePageAction {

    /** Position in the toolbar, ascending. */
    int order();

    /** The component to add to the page: the implementation itself, which must be a component. */
    default Component asComponent() {
        return (Component) this;
    }

    /** Points the action at article {@code articleId}. */
    void show(long articleId);
}
