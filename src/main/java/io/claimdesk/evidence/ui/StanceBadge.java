package io.claimdesk.evidence.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.claimdesk.evidence.domain.Reliability;
import io.claimdesk.evidence.domain.Stance;

import java.util.Locale;

/**
 * A stance or reliability shown with colour AND icon AND text (never colour alone): supports = check, refutes =
 * cross, context = info; reliable = check, mixed = adjust, unreliable = warning, unrated = question mark.
 */
public class StanceBadge extends Span {

    /** A badge for the stance of an evidence link. */
    public StanceBadge(Stance stance) {
        Icon icon = iconOf(stance).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(getTranslation("evidence.stance." + stance.name())));
        addClassNames("cd-badge", "cd-stance", "cd-stance-" + stance.name().toLowerCase(Locale.ROOT));
    }

    /** A badge for the reliability of a source. */
    public StanceBadge(Reliability reliability) {
        Icon icon = iconOf(reliability).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(getTranslation("reliability." + reliability.name())));
        addClassNames("cd-badge", "cd-reliability", "cd-reliability-" + reliability.name().toLowerCase(Locale.ROOT));
    }

    /** The icon of a stance. */
    public static VaadinIcon iconOf(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> VaadinIcon.CHECK_CIRCLE;
            case REFUTES -> VaadinIcon.CLOSE_CIRCLE;
            case CONTEXT -> VaadinIcon.INFO_CIRCLE;
        };
    }

    static VaadinIcon iconOf(Reliability reliability) {
        return switch (reliability) {
            case RELIABLE -> VaadinIcon.CHECK;
            case MIXED -> VaadinIcon.ADJUST;
            case UNRELIABLE -> VaadinIcon.WARNING;
            case UNRATED -> VaadinIcon.QUESTION_CIRCLE_O;
        };
    }
}
