package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the claim page (the workflow of {@code review}, the evidence of
 * {@code evidence}), found as a prototype-scoped bean the way {@link NavigationEntry} is (issue 13): the claim
 * feature shows them without importing the features above it.
 */
public interface ClaimPageSection {

    /** Where on the claim page a section goes. */
    enum Slot {
        /** Under the quote, above the claim's fields (workflow status and actions). */
        STATUS,
        /** Under the claim's fields (evidence). */
        DETAILS
    }

    Slot slot();

    /** Position within the slot, ascending. */
    int order();

    /** The component to add to the page: the implementation itself, which must be a component. */
    default Component asComponent() {
        return (Component) this;
    }

    /**
     * Shows claim {@code claimId}.
     *
     * @param onChange run after the section changed the claim (a transition, evidence added), so the page and the
     *                 other sections re-read it
     * @throws io.claimdesk.core.domain.NotFoundException for an unknown or removed claim
     */
    void show(long claimId, Runnable onChange);

    /** Re-reads the claim shown, after another part of the page changed it. */
    void refreshClaim();
}
