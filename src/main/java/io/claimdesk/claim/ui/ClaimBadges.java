package io.claimdesk.claim.ui;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.claimdesk.claim.domain.Claim;

/** Small shared displays for claims: status badge and evidence counts (icon + number + text, not colour alone). */
public final class ClaimBadges {

    private ClaimBadges() {
    }

    /** Status as a Lumo badge with an icon and the translated status name. */
    public static Span status(Component c, WorkflowStatus status) {
        String tone = tone(status);
        Icon i = icon(status).create();
        i.getStyle().set("padding", "var(--lumo-space-xs)");
        Span badge = new Span(i, new Span(c.getTranslation("status." + status)));
        badge.addClassNames("cd-badge", tone, "cd-status");
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    /**
     * The status of a claim, shown as "changes requested" while a supervisor's request for changes is pinned on it
     * (issue 16; the stored status stays IN_PROGRESS).
     */
    public static Span status(Component c, Claim claim) {
        if (claim.changesRequested() == null) {
            return status(c, claim.status());
        }
        return io.claimdesk.core.ui.StatusBadges.changesRequested(c, claim.changesRequested().reason());
    }

    /**
     * The badge of {@link #status(Component, Claim)} as a grid renderer: the same markup (classes, icon, translated
     * name, {@code data-status}, the reason of a request for changes on hover) drawn in the browser from row
     * properties instead of three server-side components per row (issue 18).
     */
    public static LitRenderer<Claim> statusRenderer(Component c) {
        String template = "<span class=\"cd-badge ${item.tone} cd-status\" data-status=\"${item.status}\""
                + " title=\"${item.reason}\"><vaadin-icon icon=\"vaadin:${item.icon}\" aria-hidden=\"true\""
                + " style=\"padding:${item.pad}\"></vaadin-icon>"
                + "<span>${item.name}</span></span>";
        return LitRenderer.<Claim>of(template)
                .withProperty("status", cl -> cl.changesRequested() != null ? "CHANGES_REQUESTED" : cl.status().name())
                .withProperty("tone", cl -> cl.changesRequested() != null ? "cd-badge-error cd-changes-requested"
                        : tone(cl.status()))
                .withProperty("icon", cl -> cl.changesRequested() != null ? "reply" : iconName(cl.status()))
                .withProperty("pad", cl -> cl.changesRequested() != null ? "0" : "var(--lumo-space-xs)")
                .withProperty("reason", cl -> cl.changesRequested() != null ? cl.changesRequested().reason() : "")
                .withProperty("name", cl -> cl.changesRequested() != null
                        ? c.getTranslation("status.CHANGES_REQUESTED") : c.getTranslation("status." + cl.status()));
    }

    private static VaadinIcon icon(WorkflowStatus status) {
        return switch (status) {
            case NEW -> VaadinIcon.CIRCLE_THIN;
            case IN_PROGRESS -> VaadinIcon.HOURGLASS;
            case READY_FOR_REVIEW -> VaadinIcon.EYE;
            case APPROVED -> VaadinIcon.CHECK_CIRCLE;
            case DISMISSED -> VaadinIcon.BAN;
        };
    }

    private static String iconName(WorkflowStatus status) {
        return icon(status).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String tone(WorkflowStatus status) {
        return switch (status) {
            case APPROVED -> "cd-badge-success";
            case READY_FOR_REVIEW, IN_PROGRESS -> "cd-badge-primary";
            default -> "cd-badge-contrast";
        };
    }

    /** Evidence counts by stance: supports / refutes / context, each with an icon and a label. */
    public static HorizontalLayout evidence(Component c, Claim.StanceCounts counts) {
        HorizontalLayout row = new HorizontalLayout(
                count(c, VaadinIcon.THUMBS_UP, counts.supports(), "stance.SUPPORTS", "cd-supports"),
                count(c, VaadinIcon.THUMBS_DOWN, counts.refutes(), "stance.REFUTES", "cd-refutes"),
                count(c, VaadinIcon.INFO_CIRCLE, counts.context(), "stance.CONTEXT", "cd-context"));
        row.setSpacing(false);
        row.addClassName("cd-evidence-counts");
        return row;
    }

    /**
     * The evidence counts of {@link #evidence} as a grid renderer: the same markup (class names, icons, titles) drawn
     * in the browser from three numbers per row instead of ten server-side components per row. In the claims list
     * that is ~500 components fewer per page of 50 rows, about half of a signed-in list's heap (issue 18,
     * docs/benchmarks.md "Heap per browser session").
     */
    public static LitRenderer<Claim> evidenceRenderer(Component c) {
        String template = "<span class=\"cd-evidence-counts\" style=\"display:flex\">"
                + litCount(c, "thumbs-up", "s", "stance.SUPPORTS", "cd-supports")
                + litCount(c, "thumbs-down", "r", "stance.REFUTES", "cd-refutes")
                + litCount(c, "info-circle", "x", "stance.CONTEXT", "cd-context") + "</span>";
        return LitRenderer.<Claim>of(template)
                .withProperty("s", cl -> cl.evidence().supports())
                .withProperty("r", cl -> cl.evidence().refutes())
                .withProperty("x", cl -> cl.evidence().context());
    }

    private static String litCount(Component c, String icon, String property, String key, String cls) {
        String label = org.jsoup.nodes.Entities.escape(c.getTranslation(key)).replace("$", "&#36;");
        return "<span class=\"" + cls + " cd-count\" title=\"" + label + ": ${item." + property + "}\" aria-label=\""
                + label + ": ${item." + property + "}\"><vaadin-icon icon=\"vaadin:" + icon
                + "\" style=\"width:var(--lumo-icon-size-s);height:var(--lumo-icon-size-s)\">"
                + "</vaadin-icon><span>${item." + property + "}</span></span>";
    }

    private static Span count(Component c, VaadinIcon icon, int n, String key, String cls) {
        Icon i = icon.create();
        i.setSize("var(--lumo-icon-size-s)");
        Span s = new Span(i, new Span(Integer.toString(n)));
        s.addClassName(cls);
        s.addClassName("cd-count");
        s.getElement().setAttribute("title", c.getTranslation(key) + ": " + n);
        s.getElement().setAttribute("aria-label", c.getTranslation(key) + ": " + n);
        return s;
    }
}
