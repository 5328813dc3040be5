package io.claimdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimEventRecorded;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.core.db.ClusterMessage;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.LiveUpdates;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.evidence.domain.Evidence;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.evidence.ui.EvidenceCard;
import io.claimdesk.evidence.ui.StanceBadge;
import io.claimdesk.review.domain.QuoteContext;
import io.claimdesk.review.domain.RatingService;
import io.claimdesk.review.domain.ReviewChanges;
import io.claimdesk.review.domain.ReviewDeskService;
import io.claimdesk.review.domain.ReviewService;
import io.claimdesk.review.domain.ReviewState;
import io.claimdesk.review.domain.WordDiff;
import io.claimdesk.review.domain.WorkListService;
import io.claimdesk.search.domain.Highlight;
import io.claimdesk.search.ui.HighlightedText;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The supervisor's review of one claim, {@code /review/{claimId}} (issue 16): the quote highlighted in its article
 * paragraph; statement, claimant and claim date; the proposed verdict and rationale; every evidence link as a card
 * (from {@code evidence}'s {@link EvidenceService}); what changed since changes were last requested, as word-level
 * diffs ({@link ReviewDeskService}); and approve / request changes with the workflow's own dialog. Keyboard:
 * Alt+A approve, Alt+R request changes, Alt+N the next claim in the queue (Vaadin shortcuts, listed on the page).
 * Reached from the review queue, the claim page and a "review requested" notification. Another user's change to
 * the claim (on any node) redraws it in place.
 */
@Route("review/:claimId")
@RolesAllowed("SUPERVISOR")
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;
    private final ReviewService reviews;
    private final ReviewDeskService desk;
    private final EvidenceService evidence;
    private final WorkListService workLists;
    private final ClaimWorkflowService workflow;
    private final RatingService ratings;

    private final H2 heading = new H2();
    private final HorizontalLayout badges = new HorizontalLayout();
    private final Div context = new Div();
    private final Div facts = new Div();
    private final Div proposal = new Div();
    private final Div changes = new Div();
    private final Div evidenceList = new Div();
    private final Button approve = new Button();
    private final Button requestChanges = new Button();
    private final Button next = new Button();
    private long claimId = -1;
    private @Nullable ReviewState state;

    public ReviewView(ClaimService claims, ReviewService reviews, ReviewDeskService desk, EvidenceService evidence,
                      WorkListService workLists, ClaimWorkflowService workflow, RatingService ratings,
                      LiveUpdates live) {
        this.claims = claims;
        this.reviews = reviews;
        this.desk = desk;
        this.evidence = evidence;
        this.workLists = workLists;
        this.workflow = workflow;
        this.ratings = ratings;
        setId("review-view");
        addClassName("cd-review");
        setMaxWidth("1280px");
        heading.setId("review-heading");
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        badges.getStyle().set("flex-wrap", "wrap");

        approve.setText(getTranslation("review.action.approve"));
        approve.setIcon(VaadinIcon.CHECK.create());
        approve.setId("review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> open(WorkflowAction.APPROVE));
        approve.addClickShortcut(Key.KEY_A, KeyModifier.ALT);
        requestChanges.setText(getTranslation("review.action.request_changes"));
        requestChanges.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        requestChanges.setId("review-request-changes");
        requestChanges.addClickListener(e -> open(WorkflowAction.REQUEST_CHANGES));
        requestChanges.addClickShortcut(Key.KEY_R, KeyModifier.ALT);
        next.setText(getTranslation("review.view.next"));
        next.setIcon(VaadinIcon.ARROW_FORWARD.create());
        next.setId("review-next");
        next.addClickListener(e -> nextInQueue());
        next.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        Anchor queue = new Anchor("review", getTranslation("review.view.backToQueue"));
        queue.setId("review-back-to-queue");
        HorizontalLayout actions = new HorizontalLayout(approve, requestChanges, next, queue);
        actions.setId("review-actions");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        Paragraph shortcuts = new Paragraph(getTranslation("review.view.shortcuts"));
        shortcuts.setId("review-shortcuts");
        shortcuts.addClassName("cd-muted");

        context.setId("review-context");
        context.addClassName("cd-review-context");
        facts.setId("review-facts");
        proposal.setId("review-proposal");
        changes.setId("review-changes");
        changes.addClassName("cd-review-changes");
        evidenceList.setId("review-evidence");

        Div main = new Div(section("review.view.inArticle", context), section("review.view.claim", facts),
                section("review.view.proposal", proposal), section("review.view.changes", changes));
        main.addClassName("cd-review-main");
        Div side = new Div(section("review.evidence", evidenceList));
        side.addClassName("cd-review-side");
        Div panes = new Div(main, side);
        panes.addClassName("cd-review-panes");
        add(heading, badges, actions, shortcuts, panes);
        // another user's change to this claim (on any node) redraws the review in place (issue 16)
        live.whileAttached(this, ClaimEventRecorded.TOPIC, this::changedElsewhere);
    }

    private Div section(String titleKey, Component body) {
        Div s = new Div(new H3(getTranslation(titleKey)), body);
        s.addClassName("cd-review-section");
        return s;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            claimId = Long.parseLong(event.getRouteParameters().get("claimId").orElse(""));
            render();
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("claim.notFound"));
        }
    }

    private void changedElsewhere(ClusterMessage message) {
        if (claimId >= 0 && message.id("claim") == claimId) {
            try {
                render();
            } catch (NotFoundException removed) {
                heading.setText(getTranslation("claim.notFound"));
            }
        }
    }

    /** Reads the claim, its proposal, changes and evidence again and redraws them. */
    void render() {
        Claim c = claims.get(claimId);
        ReviewState s = reviews.state(claimId);
        state = s;
        heading.setText(getTranslation("review.view.heading", c.id()));
        badges.removeAll();
        Span status = ReviewBadges.status(this, s.claim().status());
        status.setId("review-status");
        badges.add(status);
        if (c.changesRequested() != null) {
            Span pinned = new Span(VaadinIcon.REPLY.create(), new Span(getTranslation("status.CHANGES_REQUESTED")));
            pinned.addClassNames("cd-badge", "cd-badge-error");
            pinned.setId("review-changes-requested");
            badges.add(pinned);
        }
        Anchor page = new Anchor("claims/" + c.id(), getTranslation("review.view.openClaim"));
        page.setId("review-claim-link");
        Anchor article = new Anchor("articles/" + c.articleId(), getTranslation("claim.inArticle", c.articleTitle()));
        article.setId("review-article-link");
        Cells.orient(article, c.articleTitle());
        badges.add(page, article);

        approve.setEnabled(s.actions().contains(WorkflowAction.APPROVE));
        requestChanges.setEnabled(s.actions().contains(WorkflowAction.REQUEST_CHANGES));
        if (!approve.isEnabled()) {
            // why the verdict cannot be approved here: the supervisor's own proposal, or not waiting for review
            Span why = new Span(getTranslation(
                    s.claim().status() == io.claimdesk.claim.domain.workflow.WorkflowStatus.READY_FOR_REVIEW
                            ? "review.queue.ownProposal" : "review.view.notInReview"));
            why.setId("review-not-approvable");
            why.addClassName("cd-muted");
            badges.add(why);
        }

        renderContext(c);
        renderFacts(c);
        renderProposal(s);
        renderChanges(desk.sinceLastRequest(claimId));
        renderEvidence(evidence.forClaim(claimId));
    }

    private void renderContext(Claim c) {
        context.removeAll();
        QuoteContext q = desk.context(c);
        // the highlight code of search (one text node per piece, never HTML), the quote as the one marked range
        Span text = HighlightedText.of(q.text(), List.of(new Highlight(q.start(), q.end())));
        text.setId("review-context-text");
        text.getElement().setAttribute("dir", c.articleDirection());
        text.getElement().setAttribute("lang", c.language());
        text.addClassName("cd-article-text");
        context.add(text);
        if (c.orphaned()) {
            Paragraph lost = new Paragraph(getTranslation("claim.orphan.notice"));
            lost.addClassName("cd-warning");
            context.add(lost);
        }
    }

    private void renderFacts(Claim c) {
        facts.removeAll();
        Paragraph statement = new Paragraph(c.statement());
        statement.setId("review-statement");
        statement.addClassName("cd-review-statement");
        Cells.orient(statement, c.statement());
        facts.add(statement);
        facts.add(fact("review-claimant", "review.view.claimant",
                c.claimant() == null ? null : Cells.orient(new Span(c.claimant()), c.claimant())));
        facts.add(fact("review-claim-date", "review.view.claimDate",
                c.claimDate() == null ? null : Cells.ltr(c.claimDate().format(DateTimeFormatter.ISO_LOCAL_DATE))));
    }

    private Div fact(String id, String labelKey, @Nullable Component value) {
        Div row = new Div(new Span(getTranslation(labelKey) + ": "));
        row.setId(id);
        if (value == null) {
            Span none = new Span(getTranslation("review.view.unknown"));
            none.addClassName("cd-muted");
            row.add(none);
        } else {
            row.add(value);
        }
        return row;
    }

    private void renderProposal(ReviewState s) {
        proposal.removeAll();
        Span verdict = verdictChip(s.claim().verdict());
        verdict.setId("review-verdict");
        Div rationale = new Div();
        rationale.setId("review-rationale");
        rationale.addClassName("cd-rationale");
        if (s.claim().rationale() == null) {
            rationale.setText(getTranslation("review.rationale.none"));
        } else {
            rationale.setText(s.claim().rationale());
            Cells.orient(rationale, s.claim().rationale());
        }
        Paragraph who = new Paragraph(getTranslation("review.proposedBy") + ": "
                + (s.proposerName() == null ? getTranslation("review.nobody") : s.proposerName())
                + (s.claim().proposedAt() == null ? "" : " (" + ReviewBadges.time(s.claim().proposedAt()) + ")"));
        who.setId("review-proposer");
        who.addClassName("cd-muted");
        proposal.add(verdict, rationale, who);
    }

    private Span verdictChip(@Nullable String code) {
        return ReviewBadges.verdict(this, code == null ? Optional.empty() : ratings.find(code), code);
    }

    private void renderChanges(Optional<ReviewChanges> since) {
        changes.removeAll();
        if (since.isEmpty()) {
            Paragraph first = new Paragraph(getTranslation("review.view.changes.never"));
            first.setId("review-changes-never");
            first.addClassName("cd-muted");
            changes.add(first);
            return;
        }
        ReviewChanges r = since.get();
        Paragraph request = new Paragraph(getTranslation("review.view.changes.requested",
                r.requestedBy() == null ? getTranslation("review.someone") : r.requestedBy(),
                ReviewBadges.time(r.requestedAt())));
        request.addClassName("cd-muted");
        Paragraph reason = Cells.orient(new Paragraph(r.reason()), r.reason());
        reason.setId("review-changes-reason");
        reason.addClassName("cd-review-reason");
        changes.add(request, reason);
        if (!r.any()) {
            Paragraph none = new Paragraph(getTranslation("review.view.changes.none"));
            none.setId("review-changes-none");
            changes.add(none);
            return;
        }
        if (r.statement().changed()) {
            changes.add(diffRow("review-diff-statement", "review.view.changes.statement", r.statement()));
        }
        if (r.verdict().changed()) {
            Span before = verdictChip(r.verdict().before());
            before.addClassName("cd-diff-old");
            Span after = verdictChip(r.verdict().after());
            Div row = new Div(new Span(getTranslation("review.verdict") + ": "), before,
                    new Span(" " + getTranslation("review.arrow") + " "), after);
            row.setId("review-diff-verdict");
            row.addClassName("cd-diff-row");
            changes.add(row);
        }
        if (r.rationale().changed()) {
            changes.add(diffRow("review-diff-rationale", "review.view.changes.rationale", r.rationale()));
        }
        if (!r.added().isEmpty()) {
            changes.add(evidenceChanges("review-evidence-added", "review.view.changes.added", r.added(), "cd-diff-ins"));
        }
        if (!r.removed().isEmpty()) {
            changes.add(evidenceChanges("review-evidence-removed", "review.view.changes.removed", r.removed(),
                    "cd-diff-del"));
        }
    }

    /** A field's word-level diff: deleted words struck through, inserted ones underlined, in the text's direction. */
    private Div diffRow(String id, String labelKey, ReviewChanges.Change change) {
        Div row = new Div(new H3(getTranslation(labelKey)));
        row.addClassName("cd-diff-row");
        row.setId(id);
        Div text = new Div();
        text.addClassName("cd-diff");
        String now = change.after() != null ? change.after() : Objects.requireNonNullElse(change.before(), "");
        Cells.orient(text, now);
        for (WordDiff.Piece p : WordDiff.of(change.before(), change.after())) {
            Element piece = switch (p.op()) {
                case SAME -> new Element("span");
                case DELETED -> new Element("del");
                case INSERTED -> new Element("ins");
            };
            piece.setText(p.text());
            if (p.op() != WordDiff.Op.SAME) {
                piece.getClassList().add(p.op() == WordDiff.Op.DELETED ? "cd-diff-del" : "cd-diff-ins");
                piece.setAttribute("title", getTranslation(p.op() == WordDiff.Op.DELETED
                        ? "review.view.diff.deleted" : "review.view.diff.inserted"));
            }
            text.getElement().appendChild(piece);
        }
        row.add(text);
        return row;
    }

    private Div evidenceChanges(String id, String labelKey, List<ReviewChanges.EvidenceChange> links,
                                String className) {
        UnorderedList list = new UnorderedList();
        for (ReviewChanges.EvidenceChange e : links) {
            ListItem item = new ListItem();
            item.addClassName(className);
            Span title = Cells.orient(new Span(e.label()), e.label());
            title.addClassName("cd-evidence-title");
            try {
                item.add(new StanceBadge(Stance.valueOf(e.stance())), new Span(" "));
            } catch (IllegalArgumentException unknownStance) {
                // a stance this version does not know: the link without its badge
            }
            item.add(title);
            if (!e.canonicalUrl().isEmpty() && !e.canonicalUrl().equals(e.label())) {
                Span url = Cells.ltr(e.canonicalUrl());
                url.addClassName("cd-muted");
                item.add(new Span(" "), url);
            }
            list.add(item);
        }
        Div box = new Div(new H3(getTranslation(labelKey, links.size())), list);
        box.setId(id);
        box.addClassName("cd-diff-row");
        return box;
    }

    private void renderEvidence(List<Evidence> items) {
        evidenceList.removeAll();
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("review.view.evidence.none"));
            none.setId("review-evidence-none");
            evidenceList.add(none);
        }
        items.forEach(e -> evidenceList.add(new EvidenceCard(e)));
    }

    private void open(WorkflowAction action) {
        ReviewState s = state;
        if (s == null || !s.actions().contains(action)) {
            return;
        }
        new TransitionDialog(workflow, ratings, claimId, action, s.claim().verdict(), s.claim().rationale(),
                s.claim().version(), () -> {
            render();
            return Objects.requireNonNull(state).claim().version();
        }, this::render).open();
    }

    /** Opens the oldest proposal in the queue other than this one, or the queue when there is none. */
    private void nextInQueue() {
        Optional<Long> other = workLists.queue(0, 2).stream().map(c -> c.id()).filter(id -> id != claimId)
                .findFirst();
        if (other.isPresent()) {
            UI.getCurrent().navigate("review/" + other.get());
        } else {
            Notifications.success(getTranslation("review.view.queueEmpty"));
            UI.getCurrent().navigate(ReviewQueueView.class);
        }
    }

    /** The claim shown, or -1. */
    long claimId() {
        return claimId;
    }

    @Override
    public String getPageTitle() {
        return claimId < 0 ? getTranslation("review.queue.title") : getTranslation("review.view.heading", claimId);
    }
}
