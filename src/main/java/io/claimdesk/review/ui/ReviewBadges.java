package io.claimdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.claimdesk.review.domain.Rating;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Status badges and verdict chips. Status and verdict are never told by colour alone: a badge has an icon and
 * its translated name, a chip has a colour swatch and the verdict's label.
 */
final class ReviewBadges {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private ReviewBadges() {
    }

    static Span status(Component owner, WorkflowStatus status) {
        Icon icon = icon(status).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("cd-status-icon");
        Span badge = new Span(icon, new Span(owner.getTranslation("review.status." + status.name())));
        badge.addClassName("cd-badge");
        badge.addClassNames("cd-status", "cd-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    /** The status of a work-list row, shown as "changes requested" while a request for changes is pinned on it. */
    static Span status(Component owner, io.claimdesk.review.domain.ClaimListItem item) {
        if (item.changesRequested() == null) {
            return status(owner, item.status());
        }
        return io.claimdesk.core.ui.StatusBadges.changesRequested(owner, item.changesRequested());
    }

    static VaadinIcon icon(WorkflowStatus status) {
        return switch (status) {
            case NEW -> VaadinIcon.CIRCLE_THIN;
            case IN_PROGRESS -> VaadinIcon.HOURGLASS;
            case READY_FOR_REVIEW -> VaadinIcon.EYE;
            case APPROVED -> VaadinIcon.CHECK_CIRCLE;
            case DISMISSED -> VaadinIcon.BAN;
        };
    }

    /** A verdict chip: colour swatch plus label in the UI language; "no verdict" when none. */
    static Span verdict(Component owner, Optional<Rating> rating, @Nullable String code) {
        if (code == null) {
            Span none = new Span(owner.getTranslation("review.verdict.none"));
            none.addClassName("cd-verdict-none");
            return none;
        }
        Span swatch = new Span();
        swatch.addClassName("cd-verdict-swatch");
        swatch.getStyle().set("background-color", rating.map(Rating::colour).orElse("#888888"));
        swatch.getElement().setAttribute("aria-hidden", "true");
        Locale locale = locale();
        Span chip = new Span(swatch, new Span(rating.map(r -> r.label(locale)).orElse(code)));
        chip.addClassName("cd-verdict");
        return chip;
    }

    /** The UI's locale (English outside a UI). */
    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /**
     * A UTC time as {@code yyyy-MM-dd HH:mm UTC}, wrapped in a left-to-right isolate (U+2066 ... U+2069) so it
     * reads the same inside Arabic text.
     */
    static String time(@Nullable OffsetDateTime t) {
        return t == null ? "" : "\u2066" + UTC.format(t.withOffsetSameInstant(ZoneOffset.UTC)) + "\u2069";
    }
}
