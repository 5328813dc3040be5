package io.claimdesk.review.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.HistoryNote;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.ClaimPageSection;
import io.claimdesk.review.domain.ChainCheck;
import io.claimdesk.review.domain.HistoryEntry;
import io.claimdesk.review.domain.HistoryService;
import org.springframework.context.annotation.Scope;

import java.util.List;

/**
 * The history of a claim, a tab of the claim page (issue 16 workspace): the timeline, newest first, and the check of
 * its hash chain.
 */
@SpringComponent
@Scope("prototype")
public class HistorySection extends VerticalLayout implements ClaimPageSection {

    private final HistoryService history;
    private long claimId = -1;

    public HistorySection(HistoryService history) {
        this.history = history;
        setId("workflow-history-section");
        setPadding(false);
    }

    @Override
    public Slot slot() {
        return Slot.TAB;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String tabLabelKey() {
        return "review.history";
    }

    @Override
    public void show(long claimId, Runnable onChange) {
        this.claimId = claimId;
        refresh();
    }

    @Override
    public void refreshClaim() {
        refresh();
    }

    private void refresh() {
        removeAll();
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
                Paragraph note = new Paragraph(systemNote(e.note()));
                Cells.orient(note, note.getText());
                item.add(note);
            }
            timeline.add(item);
        }
        add(chain, timeline);
    }

    /** Notes the system writes itself are translated; people's notes are shown as written. */
    private String systemNote(String note) {
        return switch (note) {
            case ClaimWorkflowService.NOTE_TAKEN_ON_START -> getTranslation("review.note.takenOnStart");
            case ClaimWorkflowService.NOTE_TAKEN -> getTranslation("review.note.taken");
            case ClaimService.NOTE_ARTICLE_EDITED -> getTranslation("review.note.articleEdited");
            default -> HistoryNote.read(note).map(r -> getTranslation(r.note().key(),
                    r.note().shownArguments(r.arguments(), this::getTranslation))).orElse(note);
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
