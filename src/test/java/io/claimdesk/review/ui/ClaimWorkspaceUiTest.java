package io.claimdesk.review.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.claim.ui.ClaimDetailView;
import io.claimdesk.claim.ui.SpanSelector;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.review.domain.HistoryEntry;
import io.claimdesk.review.domain.HistoryService;
import io.claimdesk.review.domain.ReviewService;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16, the claim page as a workspace: two panes, the workflow actions in the header, comments, history and
 * "checked before" in tabs; take and start in one step; assign from the page; a highlighted claim in the reader
 * opens it.
 */
class ClaimWorkspaceUiTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService workflow;
    @Autowired
    HistoryService history;
    @Autowired
    ClaimService claims;

    private void asKeeping(String username, Role role, Runnable action) {
        Authentication mine = SecurityContextHolder.getContext().getAuthentication();
        runAs(username, role);
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(mine);
        }
    }

    /** Opens a tab of the claim page (a TabSheet attaches only the selected tab's content). */
    static void openTab(String id) {
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("claim-tabs"));
        tabs.setSelectedTab(_get(tabs, Tab.class, s -> s.withId(id)));
    }

    @Test
    void the_claim_page_has_two_panes_actions_in_its_header_and_three_tabs() {
        AppUser checker = accounts.ensure("ws-layout-checker", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        login("ws-layout-checker", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + claim);

        Div workspace = _get(Div.class, s -> s.withId("claim-workspace"));
        Div claimPane = _get(workspace, Div.class, s -> s.withId("claim-pane"));
        Div verdictPane = _get(workspace, Div.class, s -> s.withId("verdict-pane"));
        assertThat(_find(claimPane, Div.class, s -> s.withId("claim-quote"))).hasSize(1);
        assertThat(_find(claimPane, com.vaadin.flow.component.textfield.TextArea.class,
                s -> s.withId("claim-statement"))).hasSize(1);
        assertThat(_find(claimPane, com.vaadin.flow.component.Component.class,
                s -> s.withClasses("cd-evidence-panel"))).hasSize(1);
        assertThat(_find(verdictPane, WorkflowPanel.class)).hasSize(1);
        Div header = _get(Div.class, s -> s.withId("claim-header"));
        assertThat(_find(header, Button.class, s -> s.withId("workflow-take-start"))).hasSize(1);

        TabSheet tabs = _get(TabSheet.class, s -> s.withId("claim-tabs"));
        assertThat(_find(tabs, Tab.class).stream().map(Tab::getLabel).toList())
                .containsExactly("Comments", "History", "Checked before");
        assertThat(_find(tabs, CommentsSection.class)).hasSize(1);
    }

    @Test
    void take_and_start_assigns_the_claim_to_me_and_starts_it_with_one_history_trail() {
        AppUser author = accounts.ensure("ws-author", Role.CHECKER);
        AppUser me = accounts.ensure("ws-taker", Role.CHECKER);
        long claim = fixtures.claim(author.id());
        login("ws-taker", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + claim);
        Button takeStart = _get(Button.class, s -> s.withId("workflow-take-start"));
        assertThat(takeStart.getText()).isEqualTo("Take and start");

        _click(takeStart);

        var summary = workflow.summary(claim);
        assertThat(summary.status()).isEqualTo(WorkflowStatus.IN_PROGRESS);
        assertThat(summary.assigneeId()).isEqualTo(me.id());
        List<HistoryEntry> events = history.list(claim);
        assertThat(events).extracting(HistoryEntry::kind).endsWith("claim.assigned", "status.changed");
        assertThat(events.get(events.size() - 2).note()).isEqualTo(ClaimWorkflowService.NOTE_TAKEN_ON_START);
        assertThat(events.subList(events.size() - 2, events.size())).extracting(HistoryEntry::actorId)
                .containsOnly(me.id());
        // the page re-read the claim: status in the verdict pane, no take-and-start any more, the form is open
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("workflow-status"))
                .getElement().getTextRecursively()).isEqualTo("In progress");
        assertThat(_find(Button.class, s -> s.withId("workflow-take-start"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("workflow-assignee")).getText()).contains("Ws taker");
        openTab("claim-tab-review-history");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("workflow-history"))
                .getElement().getTextRecursively()).contains("Assigned to whoever started the check");
    }

    @Test
    void take_and_start_is_refused_cleanly_when_a_colleague_took_the_claim_first() {
        AppUser author = accounts.ensure("ws-race-author", Role.CHECKER);
        accounts.ensure("ws-race-me", Role.CHECKER);
        AppUser colleague = accounts.ensure("ws-race-colleague", Role.CHECKER);
        long claim = fixtures.claim(author.id());
        login("ws-race-me", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + claim);
        Button takeStart = _get(Button.class, s -> s.withId("workflow-take-start"));
        NotificationsKt.clearNotifications();

        asKeeping("ws-race-colleague", Role.CHECKER, () -> workflow.take(claim));
        _click(takeStart);

        var summary = workflow.summary(claim);
        assertThat(summary.status()).isEqualTo(WorkflowStatus.NEW);
        assertThat(summary.assigneeId()).isEqualTo(colleague.id());
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .anySatisfy(text -> assertThat(text).contains("Ws race colleague"));
        // the page shows the claim as it is now: the colleague's, and no take-and-start for me
        assertThat(_find(Button.class, s -> s.withId("workflow-take-start"))).isEmpty();
    }

    @Test
    void take_and_start_refuses_a_claim_that_is_not_new_or_is_someone_elses() {
        AppUser author = accounts.ensure("ws-svc-author", Role.CHECKER);
        accounts.ensure("ws-svc-other", Role.CHECKER);
        long started = fixtures.claim(author.id());
        long theirs = fixtures.claim(author.id());
        runAs("ws-svc-author", Role.CHECKER);
        workflow.transition(started, WorkflowAction.START, null, null, null, 0);
        workflow.take(theirs);

        runAs("ws-svc-other", Role.CHECKER);
        int startedVersion = workflow.summary(started).version();
        int theirVersion = workflow.summary(theirs).version();
        assertThatThrownBy(() -> workflow.takeAndStart(started, startedVersion))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("review.take.notNew"));
        assertThatThrownBy(() -> workflow.takeAndStart(theirs, theirVersion))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("review.take.assigned"));
        assertThatThrownBy(() -> workflow.takeAndStart(theirs, theirVersion - 1))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("review.stale"));
        assertThat(workflow.summary(theirs).status()).isEqualTo(WorkflowStatus.NEW);
    }

    @Test
    void a_supervisor_assigns_the_claim_from_its_page_and_a_checker_has_no_assign_action() {
        AppUser checker = accounts.ensure("ws-assign-checker", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        login("ws-assign-checker", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + claim);
        assertThat(_find(Button.class, s -> s.withId("workflow-assign"))).isEmpty();

        login("ws-assign-supervisor", Role.SUPERVISOR);
        UI.getCurrent().navigate("claims/" + claim);
        _click(_get(Button.class, s -> s.withId("workflow-assign")));
        @SuppressWarnings("unchecked")
        ComboBox<ReviewService.Assignee> who = _get(ComboBox.class, s -> s.withId("assign-person"));
        // nobody chosen: refused on the field
        _click(_get(Button.class, s -> s.withId("assign-confirm")));
        assertThat(who.isInvalid()).isTrue();
        assertThat(workflow.summary(claim).assigneeId()).isNull();

        _setValue(who, who.getListDataView().getItems().filter(a -> a.id() == checker.id()).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("assign-confirm")));
        assertThat(workflow.summary(claim).assigneeId()).isEqualTo(checker.id());
        assertThat(_get(Paragraph.class, s -> s.withId("workflow-assignee")).getText()).contains("Ws assign checker");
        openTab("claim-tab-review-history");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("workflow-history"))
                .getElement().getTextRecursively()).contains("Ws assign supervisor");
    }

    @Test
    void clicking_a_highlighted_claim_in_the_reader_opens_it_and_its_highlight_names_its_status() {
        AppUser checker = accounts.ensure("ws-reader-checker", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        login("ws-reader-checker", Role.CHECKER);
        long article = claims.get(claim).articleId();
        UI.getCurrent().navigate("articles/" + article);
        SpanSelector selector = _get(SpanSelector.class);
        var highlighted = selector.getElement().getChildren().flatMap(p -> p.getChildren())
                .filter(piece -> piece.hasAttribute("data-claims")).toList();
        assertThat(highlighted).isNotEmpty().allSatisfy(piece -> {
            assertThat(piece.getAttribute("data-status")).isEqualTo("NEW");
            assertThat(piece.getClassList()).contains("cd-claim-status-new");
            assertThat(piece.getAttribute("title")).isEqualTo("#1 New");
            assertThat(piece.getAttribute("aria-label")).isEqualTo("#1 New");
        });
        assertThat(_get(Div.class, s -> s.withId("reader-legend")).getElement().getTextRecursively())
                .contains("New", "In progress", "Changes requested", "Ready for review", "Approved", "Dismissed");

        // what the web component sends when a highlighted claim is clicked or tapped
        ComponentUtil.fireEvent(selector, new SpanSelector.ClaimClickEvent(selector, true, claim));

        assertThat(_get(ClaimDetailView.class).getPageTitle()).isEqualTo("Claim #" + claim);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("claims/" + claim);
    }

    /**
     * Saving the claim bumps its version; the header's actions must read it again, or proposing right after a save
     * is refused as a stale edit (found by the two-node browser test).
     */
    @Test
    void proposing_right_after_saving_the_statement_is_not_refused_as_stale() {
        AppUser checker = accounts.ensure("ws-save-propose", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        asKeeping("ws-save-propose", Role.CHECKER, () -> workflow.takeAndStart(claim, 0));
        login("ws-save-propose", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + claim);

        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("claim-statement")),
                "The wheat harvest rose by 6 per cent this year");
        _click(_get(Button.class, s -> s.withId("save-claim")));
        _click(_get(Button.class, s -> s.withId("workflow-action-propose")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Object> verdict =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("transition-verdict"));
        verdict.setValue(verdict.getListDataView().getItem(0));
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("transition-rationale")),
                "Both sources give 6 per cent.");
        _click(_get(Button.class, s -> s.withId("transition-confirm")));

        assertThat(workflow.summary(claim).status()).isEqualTo(WorkflowStatus.READY_FOR_REVIEW);
        assertThat(claims.get(claim).statement()).isEqualTo("The wheat harvest rose by 6 per cent this year");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("workflow-status"))
                .getElement().getTextRecursively()).isEqualTo("Ready for review");
    }
}
