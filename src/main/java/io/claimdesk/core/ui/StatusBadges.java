package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Status badges shared by the features that list claims (the claims list and claim page of {@code claim}, the work
 * lists of {@code review}): one builder, so a state looks the same everywhere. A badge is never told by colour
 * alone: icon plus translated name.
 */
public final class StatusBadges {

    private StatusBadges() {
    }

    /**
     * "Changes requested": shown instead of the stored status (IN_PROGRESS) while a supervisor's request for
     * changes is pinned on a claim (issue 16). Text {@code status.CHANGES_REQUESTED}; the reason on hover
     * ({@code title}); {@code data-status="CHANGES_REQUESTED"} for tests and styles.
     *
     * @param owner  the component whose UI language the text takes
     * @param reason the supervisor's reason, as written
     */
    public static Span changesRequested(Component owner, String reason) {
        Icon icon = VaadinIcon.REPLY.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("cd-status-icon");
        Span badge = new Span(icon, new Span(owner.getTranslation("status.CHANGES_REQUESTED")));
        badge.addClassNames("cd-badge", "cd-badge-error", "cd-status", "cd-changes-requested");
        badge.getElement().setAttribute("data-status", "CHANGES_REQUESTED");
        badge.getElement().setAttribute("title", reason);
        return badge;
    }
}
