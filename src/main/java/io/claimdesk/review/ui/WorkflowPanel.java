package io.claimdesk.review.ui;

import io.claimdesk.core.ui.Cells;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.core.ui.ClaimPageSection;
import io.claimdesk.review.domain.RatingService;
import io.claimdesk.review.domain.ReviewService;
import io.claimdesk.review.domain.ReviewState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;


/**
 * The verdict pane of the claim page (issue 16 workspace): status badge, verdict chip, rationale, assignee, proposer
 * and approver. The actions are in {@link WorkflowActions} (the page header), comments and history in
 * {@link CommentsSection} and {@link HistorySection} (tabs). Embed it and call {@link #show(long, Runnable)}.
 */
@SpringComponent
@Scope("prototype")
public class WorkflowPanel extends VerticalLayout implements ClaimPageSection {

    private final ReviewService review;
    private final RatingService ratings;

    private long claimId = -1;

    public WorkflowPanel(ReviewService review, RatingService ratings) {
        this.review = review;
        this.ratings = ratings;
        setId("workflow-panel");
        addClassName("cd-workflow");
        setPadding(false);
    }

    /**
     * Shows the workflow of a claim.
     *
     * @param onChange not used: nothing here changes the claim
     * @throws io.claimdesk.core.domain.NotFoundException for an unknown or removed claim
     */
    @Override
    public void show(long claimId, Runnable onChange) {
        this.claimId = claimId;
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
        add(header(s), people(s));
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

}
