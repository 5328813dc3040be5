package io.claimdesk.review.ui;

import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.claim.domain.ClaimEventRecorded;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.LiveUpdates;
import io.claimdesk.review.domain.ClaimListItem;
import io.claimdesk.review.domain.HistoryEntry;
import io.claimdesk.review.domain.RatingService;
import io.claimdesk.review.domain.WorkListService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.user.domain.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * The supervisors' review queue: claims READY_FOR_REVIEW, the oldest proposal first, each with its proposal
 * (verdict, rationale, proposer), evidence count and newest history event; approve or request changes in place,
 * or open the review view ({@link ReviewView}, a row click or "Review"). The claim and the proposal take the width.
 */
@Route("review")
@RolesAllowed("SUPERVISOR")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final WorkListService review;
    private final ClaimWorkflowService workflow;
    private final RatingService ratings;
    private final Grid<ClaimListItem> grid = new Grid<>();
    private final long me;

    public ReviewQueueView(WorkListService review, ClaimWorkflowService workflow, RatingService ratings,
                           CurrentUser currentUser, LiveUpdates live) {
        this.review = review;
        this.workflow = workflow;
        this.ratings = ratings;
        this.me = currentUser.require().id();
        setSizeFull();
        grid.setId("review-queue");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the claim and the proposal take the room; the short columns keep their content's width; every text
        // cell shows its full text on hover (Cells.auto sets the title)
        grid.addColumn(c -> ReviewBadges.time(c.proposedAt())).setHeader(getTranslation("review.queue.since"))
                .setAutoWidth(true).setFlexGrow(0).setKey("since");
        grid.addColumn(new ComponentRenderer<>(c -> Cells.auto(c.statement()))).setHeader(getTranslation("review.claim"))
                .setWidth("16rem").setFlexGrow(4).setKey("statement");
        grid.addColumn(new ComponentRenderer<>(this::proposal)).setHeader(getTranslation("review.queue.proposal"))
                .setWidth("16rem").setFlexGrow(4).setKey("proposal");
        grid.addColumn(ClaimListItem::evidenceCount).setHeader(getTranslation("review.evidence")).setAutoWidth(true)
                .setFlexGrow(0).setKey("evidence");
        grid.addColumn(new ComponentRenderer<>(c -> Cells.auto(lastChange(c.lastChange()))))
                .setHeader(getTranslation("review.queue.lastChange")).setWidth("10rem").setFlexGrow(1)
                .setKey("lastChange");
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("review.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> review.queue(q.getOffset(), q.getLimit()).stream(), q -> review.queueCount());
        // a row opens the review view with the evidence in view (issue 16)
        grid.addItemClickListener(e -> openReview(e.getItem().id()));
        add(grid);
        // another user's change (on any node) refreshes the queue in place (issue 16)
        live.refreshWhileAttached(this, ClaimEventRecorded.TOPIC, this::refresh);
    }

    private Div proposal(ClaimListItem c) {
        // the label reads in the UI's direction, the name in its own (isolated)
        String name = c.proposerName() == null ? "" : c.proposerName();
        Span proposer = Cells.orient(new Span(name), name);
        proposer.getStyle().set("unicode-bidi", "isolate");
        Div who = new Div(new Span(getTranslation("review.proposedBy") + ": "), proposer);
        who.addClassName("cd-meta");
        Span rationale = Cells.auto(c.rationale());
        return new Div(ReviewBadges.verdict(this, c.verdict() == null ? java.util.Optional.empty()
                : ratings.find(c.verdict()), c.verdict()), who, rationale);
    }

    private String lastChange(HistoryEntry e) {
        if (e == null) {
            return "";
        }
        return ReviewBadges.time(e.at()) + " · " + (e.actor() == null ? getTranslation("review.system") : e.actor())
                + " · " + kindLabel(e.kind());
    }

    private String kindLabel(String kind) {
        String label = getTranslation("review.kind." + kind);
        return label.startsWith("!") ? kind : label;
    }

    private void openReview(long claimId) {
        getUI().ifPresent(ui -> ui.navigate("review/" + claimId));
    }

    private HorizontalLayout actions(ClaimListItem c) {
        HorizontalLayout bar = new HorizontalLayout();
        Button review = new Button(getTranslation("review.queue.open"), VaadinIcon.EYE.create(),
                e -> openReview(c.id()));
        review.addThemeVariants(ButtonVariant.LUMO_SMALL);
        review.setId("queue-open-" + c.id());
        bar.add(review);
        if (c.proposedBy() == null || c.proposedBy() != me) {
            Button approve = new Button(getTranslation("review.action.approve"), VaadinIcon.CHECK.create(),
                    e -> open(c, WorkflowAction.APPROVE));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.setId("queue-approve-" + c.id());
            bar.add(approve);
        } else {
            Span own = new Span(getTranslation("review.queue.ownProposal"));
            own.addClassName("cd-meta");
            bar.add(own);
        }
        Button back = new Button(getTranslation("review.action.request_changes"),
                VaadinIcon.ARROW_BACKWARD.create(), e -> open(c, WorkflowAction.REQUEST_CHANGES));
        back.addThemeVariants(ButtonVariant.LUMO_SMALL);
        back.setId("queue-request-changes-" + c.id());
        bar.add(back);
        return bar;
    }

    private void open(ClaimListItem c, WorkflowAction action) {
        new TransitionDialog(workflow, ratings, c.id(), action, c.verdict(), c.rationale(), c.version(), () -> {
            refresh();
            return workflow.summary(c.id()).version();
        }, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title");
    }
}
