package io.claimdesk.review.ui;

import io.claimdesk.core.ui.FieldDirection;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.HistoryNote;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.ClaimPageSection;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.review.domain.ChainCheck;
import io.claimdesk.review.domain.Comment;
import io.claimdesk.review.domain.CommentService;
import io.claimdesk.review.domain.HistoryEntry;
import io.claimdesk.review.domain.HistoryService;
import io.claimdesk.review.domain.RatingService;
import io.claimdesk.review.domain.ReviewService;
import io.claimdesk.review.domain.ReviewState;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

import java.util.List;

/**
 * The workflow of one claim, for the claim detail view: status badge, verdict chip, rationale, proposer and
 * approver, the workflow actions the signed-in user may take now (each with its dialog), comments and the
 * history timeline with the hash-chain check. Embed it and call {@link #show(long, Runnable)}.
 */
@SpringComponent
@Scope("prototype")
public class WorkflowPanel extends VerticalLayout implements ClaimPageSection {

    private final ReviewService review;
    private final ClaimWorkflowService workflow;
    private final RatingService ratings;
    private final CommentService comments;
    private final HistoryService history;

    private long claimId = -1;
    private Runnable onChange = () -> {
    };
    private @Nullable ReviewState state;

    public WorkflowPanel(ReviewService review, ClaimWorkflowService workflow, RatingService ratings, CommentService comments,
                         HistoryService history) {
        this.review = review;
        this.workflow = workflow;
        this.ratings = ratings;
        this.comments = comments;
        this.history = history;
        setId("workflow-panel");
        addClassName("cd-workflow");
        setPadding(false);
    }

    /**
     * Shows the workflow of a claim.
     *
     * @param onChange runs after every change made here (a transition or a comment), so the host can refresh
     * @throws io.claimdesk.core.domain.NotFoundException for an unknown or removed claim
     */
    @Override
    public void show(long claimId, Runnable onChange) {
        this.claimId = claimId;
        this.onChange = onChange;
        refresh();
    }

    @Override
    public Slot slot() {
        return Slot.STATUS;
    }

    @Override
    public int order() {
        return 100;
    }


    @Override
    public void refreshClaim() {
        refresh();
    }

    /** The claim currently shown, or -1. */
    public long claimId() {
        return claimId;
    }

    /** Reads the claim again and redraws; returns the version now stored. */
    public int refresh() {
        removeAll();
        ReviewState s = review.state(claimId);
        state = s;
        add(header(s), people(s), actions(s), commentsSection(), historySection());
        return s.claim().version();
    }

    private Component header(ReviewState s) {
        H3 title = new H3(getTranslation("review.panel.title"));
        title.addClassName("cd-workflow-title");
        Span status = ReviewBadges.status(this, s.claim().status());
        status.setId("workflow-status");
        Span verdict = ReviewBadges.verdict(this, s.claim().verdict() == null ? java.util.Optional.empty()
                : ratings.find(s.claim().verdict()), s.claim().verdict());
        verdict.setId("workflow-verdict");
        HorizontalLayout row = new HorizontalLayout(status, verdict);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        Div rationale = new Div();
        rationale.setId("workflow-rationale");
        rationale.addClassName("cd-rationale");
        rationale.setText(s.claim().rationale() == null ? getTranslation("review.rationale.none")
                : s.claim().rationale());
        if (s.claim().rationale() != null) {
            // the rationale reads in its own direction (an English rationale on the Arabic claim page)
            Cells.orient(rationale, s.claim().rationale());
        }
        return new Div(title, row, rationale);
    }

    private Component people(ReviewState s) {
        Div people = new Div();
        people.addClassName("cd-workflow-people");
        people.add(line("workflow-assignee", "review.assignee", s.assigneeName(), null));
        people.add(line("workflow-proposer", "review.proposedBy", s.proposerName(), s.claim().proposedAt()));
        people.add(line("workflow-approver", "review.approvedBy", s.approverName(), s.claim().approvedAt()));
        people.add(new Paragraph(getTranslation("review.evidenceCount", s.evidenceCount())));
        return people;
    }

    private Paragraph line(String id, String key, @Nullable String name,
                           java.time.@Nullable OffsetDateTime at) {
        String who = name == null ? getTranslation("review.nobody") : name;
        Paragraph p = new Paragraph(getTranslation(key) + ": " + who
                + (at == null ? "" : " (" + ReviewBadges.time(at) + ")"));
        p.setId(id);
        return p;
    }

    private Component actions(ReviewState s) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("workflow-actions");
        bar.getStyle().set("flex-wrap", "wrap");
        for (WorkflowAction action : WorkflowAction.values()) {
            if (!s.actions().contains(action)) {
                continue;
            }
            Button b = new Button(getTranslation("review.action." + action.wireName()), icon(action).create(),
                    e -> open(action));
            b.setId("workflow-action-" + action.wireName().replace('_', '-'));
            if (action == WorkflowAction.APPROVE || action == WorkflowAction.PROPOSE) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(b);
        }
        if (s.claim().status() == io.claimdesk.claim.domain.workflow.WorkflowStatus.NEW && s.claim().assigneeId() == null) {
            Button take = new Button(getTranslation("review.take"), VaadinIcon.HAND.create(), e -> {
                try {
                    workflow.take(claimId);
                    Notifications.success(getTranslation("review.done.take"));
                    refresh();
                    onChange.run();
                } catch (io.claimdesk.core.domain.ConflictException ex) {
                    ErrorMessages.show(this, ex);
                    refresh();
                }
            });
            take.setId("workflow-take");
            bar.add(take);
        }
        if (bar.getComponentCount() == 0) {
            Span none = new Span(getTranslation("review.actions.none"));
            none.setId("workflow-no-actions");
            bar.add(none);
        }
        return bar;
    }

    private static VaadinIcon icon(WorkflowAction action) {
        return switch (action) {
            case START -> VaadinIcon.PLAY;
            case PROPOSE -> VaadinIcon.PAPERPLANE;
            case APPROVE -> VaadinIcon.CHECK;
            case REQUEST_CHANGES -> VaadinIcon.ARROW_BACKWARD;
            case DISMISS -> VaadinIcon.BAN;
            case REOPEN -> VaadinIcon.ROTATE_LEFT;
        };
    }

    private void open(WorkflowAction action) {
        ReviewState s = state;
        if (s == null) {
            return;
        }
        new TransitionDialog(workflow, ratings, claimId, action, s.claim().verdict(), s.claim().rationale(),
                s.claim().version(), this::refresh, () -> {
            refresh();
            onChange.run();
        }).open();
    }

    private Component commentsSection() {
        H4 title = new H4(getTranslation("review.comments"));
        UnorderedList list = new UnorderedList();
        list.setId("workflow-comments");
        list.addClassName("cd-comments");
        List<Comment> all = comments.list(claimId);
        for (Comment c : all) {
            ListItem item = new ListItem();
            Span meta = new Span(c.author() + " · " + ReviewBadges.time(c.createdAt()));
            meta.addClassName("cd-meta");
            Paragraph body = new Paragraph(c.body());
            Cells.orient(body, body.getText());
            item.add(meta, body);
            list.add(item);
        }
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("review.comments.none")));
        }
        TextArea text = FieldDirection.follow(new TextArea());
        text.setPlaceholder(getTranslation("review.comment.placeholder"));
        text.setId("workflow-comment-text");
        text.setWidthFull();
        Button add = new Button(getTranslation("review.comment.add"), VaadinIcon.COMMENT.create(), e -> {
            try {
                comments.add(claimId, text.getValue());
                refresh();
                onChange.run();
            } catch (ValidationException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        add.setId("workflow-comment-add");
        return new Div(title, list, text, add);
    }

    private Component historySection() {
        H4 title = new H4(getTranslation("review.history"));
        ChainCheck check = history.verify(claimId);
        Span chain = new Span(check.intact() ? VaadinIcon.LOCK.create() : VaadinIcon.WARNING.create(),
                new Span(check.intact() ? getTranslation("review.chain.intact", check.checked())
                        : getTranslation("review.chain.broken", String.valueOf(check.broken().get(0)))));
        chain.addClassNames("cd-badge", check.intact() ? "cd-badge-success" : "cd-badge-error");
        chain.setId("workflow-chain");
        chain.addClassName(check.intact() ? "cd-chain-intact" : "cd-chain-broken");

        UnorderedList timeline = new UnorderedList();
        timeline.setId("workflow-history");
        timeline.addClassName("cd-timeline");
        List<HistoryEntry> events = history.list(claimId);
        for (int i = events.size() - 1; i >= 0; i--) {
            HistoryEntry e = events.get(i);
            ListItem item = new ListItem();
            if (check.broken().contains(e.id())) {
                item.addClassName("cd-event-broken");
            }
            Span meta = new Span(ReviewBadges.time(e.at()) + " · "
                    + (e.actor() == null ? getTranslation("review.system") : e.actor()));
            meta.addClassName("cd-meta");
            Span what = new Span(kindLabel(e.kind()) + describeStatus(e));
            what.addClassName("cd-event-kind");
            item.add(meta, what);
            if (e.note() != null) {
                // notes the system writes itself are translated; people's notes are shown as written
                Paragraph note = new Paragraph(systemNote(e.note()));
                Cells.orient(note, note.getText());
                item.add(note);
            }
            timeline.add(item);
        }
        return new Div(title, chain, timeline);
    }

    /** Notes the system writes itself are translated; people's notes are shown as written. */
    private String systemNote(String note) {
        return switch (note) {
            case ClaimWorkflowService.NOTE_TAKEN_ON_START -> getTranslation("review.note.takenOnStart");
            case ClaimService.NOTE_ARTICLE_EDITED -> getTranslation("review.note.articleEdited");
            default -> HistoryNote.read(note).map(r -> getTranslation(r.note().key(), r.arguments())).orElse(note);
        };
    }

    private String kindLabel(String kind) {
        String label = getTranslation("review.kind." + kind);
        return label.startsWith("!") ? kind : label;
    }

    private String describeStatus(HistoryEntry e) {
        return history.statusChange(e).map(c -> ": " + (c.from() == null ? ""
                        : getTranslation("review.status." + c.from().name()) + " " + getTranslation("review.arrow") + " ")
                + getTranslation("review.status." + c.to().name())).orElse("");
    }
}
