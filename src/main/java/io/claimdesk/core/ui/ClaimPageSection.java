package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the claim page (the workflow of {@code review}, the evidence of
 * {@code evidence}), found as a prototype-scoped bean the way {@link NavigationEntry} is (issue 13): the claim
 * feature shows them without importing the features above it.
 */
public interface ClaimPageSection {

    /**
     * Where on the claim page (the workspace, issue 16) a section goes. The page has a header (title, badges,
     * actions), two panes side by side (the claim on the inline-start side, the verdict on the inline-end side;
     * stacked on narrow screens, mirrored in right-to-left UIs) and tabs under them.
     */
    enum Slot {
        /** In the page header, beside the page's own actions (workflow actions, take and start, assign). */
        ACTIONS,
        /** The verdict pane, beside the claim (workflow status, verdict, rationale, who). */
        STATUS,
        /** The claim pane, under the quote and the claim's fields (evidence). */
        DETAILS,
        /** A tab of its own under the panes (comments, history), labelled by {@link #tabLabelKey()}. */
        TAB
    }

    Slot slot();

    /** Position within the slot, ascending. */
    int order();

    /** The message key of the tab's label, for {@link Slot#TAB} sections. */
    default String tabLabelKey() {
        return "";
    }

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
