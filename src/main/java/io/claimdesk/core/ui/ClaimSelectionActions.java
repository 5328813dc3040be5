package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Actions on the claims ticked in the claims list (bulk dismiss, tags, assign of {@code review}), found as a
 * prototype-scoped bean (issue 13), so the claims list imports no feature above it.
 */
public interface ClaimSelectionActions {

    /** The component to add to the page: the implementation itself, which must be a component. */
    default Component asComponent() {
        return (Component) this;
    }

    /**
     * @param selectedClaimIds the ids ticked now, read when an action runs
     * @param afterChange      run after an action changed claims (the list re-reads them)
     */
    void bind(Supplier<Set<Long>> selectedClaimIds, Runnable afterChange);
}
