package io.claimdesk.review.ui;

import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.BulkTagging;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.review.domain.ClaimListItem;
import io.claimdesk.review.domain.Rating;
import io.claimdesk.review.domain.RatingService;
import io.claimdesk.review.domain.ReviewService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import com.github.mvysny.kaributesting.v10.GridKt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowPanelUiTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ReviewService review;
    @Autowired
    ClaimWorkflowService workflow;
    @Autowired
    BulkTagging tagging;
    @Autowired
    RatingService ratings;

    /** A claim proposed by {@code checker}, waiting for review. */
    private long proposedClaim(String checkerName) {
        AppUser checker = accounts.ensure(checkerName, Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        runAs(checkerName, Role.CHECKER);
        workflow.transition(claim, WorkflowAction.START, null, null, null, 0);
        workflow.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "The rise was 6 per cent, not 12.", null, 1);
        return claim;
    }

    /** The claim page: the workflow panel, its actions in the header, comments and history in tabs (issue 16). */
    private void panel(long claimId) {
        UI.getCurrent().navigate("claims/" + claimId);
    }

    private static String text(String spanId) {
        return _get(Span.class, s -> s.withId(spanId)).getElement().getTextRecursively();
    }

    private void runAsKeeping(String username, Role role, Runnable action) {
        Authentication mine = SecurityContextHolder.getContext().getAuthentication();
        runAs(username, role);
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(mine);
        }
    }

    @Test
    void a_checker_sees_no_approve_action_and_a_supervisor_does() {
        long claim = proposedClaim("ui-panel-checker");

        login("ui-panel-checker", Role.CHECKER);
        panel(claim);
        assertThat(_find(Button.class, s -> s.withId("workflow-action-approve"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("workflow-action-request-changes"))).isEmpty();
        assertThat(text("workflow-status")).isEqualTo("Ready for review");
        assertThat(text("workflow-verdict")).isEqualTo("Half true");

        login("ui-panel-supervisor", Role.SUPERVISOR);
        panel(claim);
        assertThat(_find(Button.class, s -> s.withId("workflow-action-approve"))).hasSize(1);
        _click(_get(Button.class, s -> s.withId("workflow-action-approve")));
        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        assertThat(workflow.summary(claim).status()).isEqualTo(WorkflowStatus.APPROVED);
        assertThat(text("workflow-status")).isEqualTo("Approved");
        ClaimWorkspaceUiTest.openTab("claim-tab-review-history");
        assertThat(text("workflow-chain")).contains("intact");
        assertThat(_get(Paragraph.class, s -> s.withId("workflow-approver")).getText())
                .contains("Ui panel supervisor");
    }

    @Test
    void a_conflict_names_who_changed_the_claim_keeps_the_input_and_reload_lets_the_user_retry() {
        AppUser checker = accounts.ensure("ui-conflict-checker", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        login("ui-conflict-checker", Role.CHECKER);
        panel(claim);
        _click(_get(Button.class, s -> s.withId("workflow-take-start")));
        assertThat(workflow.summary(claim).assigneeId()).isEqualTo(checker.id());
        assertThat(_find(Button.class, s -> s.withId("workflow-take-start"))).isEmpty();
        _click(_get(Button.class, s -> s.withId("workflow-action-propose")));
        @SuppressWarnings("unchecked")
        Select<Rating> verdict = _get(Select.class, s -> s.withId("transition-verdict"));
        _setValue(verdict, ratings.get("MISLEADING"));
        _setValue(_get(TextArea.class, s -> s.withId("transition-rationale")), "Figures are from a different year.");

        accounts.ensure("ui-conflict-supervisor", Role.SUPERVISOR);
        runAsKeeping("ui-conflict-supervisor", Role.SUPERVISOR,
                () -> tagging.addTags(List.of(claim), List.of("agriculture")));

        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        assertThat(_get(Div.class, s -> s.withId("transition-conflict")).isVisible()).isTrue();
        assertThat(_get(Div.class, s -> s.withId("transition-conflict")).getElement().getTextRecursively())
                .contains("Ui conflict supervisor");
        assertThat(_get(TextArea.class, s -> s.withId("transition-rationale")).getValue())
                .isEqualTo("Figures are from a different year.");
        assertThat(workflow.summary(claim).status()).isEqualTo(WorkflowStatus.IN_PROGRESS);

        _click(_get(Button.class, s -> s.withId("transition-reload")));
        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        assertThat(workflow.summary(claim).status()).isEqualTo(WorkflowStatus.READY_FOR_REVIEW);
        assertThat(workflow.summary(claim).verdict()).isEqualTo("MISLEADING");
    }

    @Test
    void comments_added_in_the_panel_appear_in_comments_and_history() {
        AppUser checker = accounts.ensure("ui-comment-checker", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        login("ui-comment-checker", Role.CHECKER);
        panel(claim);
        _setValue(_get(TextArea.class, s -> s.withId("workflow-comment-text")), "المصدر: بيان الوزارة");
        _click(_get(Button.class, s -> s.withId("workflow-comment-add")));
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("workflow-comments"))
                .getElement().getTextRecursively()).contains("المصدر: بيان الوزارة");
        ClaimWorkspaceUiTest.openTab("claim-tab-review-history");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("workflow-history"))
                .getElement().getTextRecursively()).contains("Comment added");
    }

    @Test
    void the_review_queue_lists_the_proposal_and_a_supervisor_approves_from_there() {
        long claim = proposedClaim("ui-queue-checker");
        login("ui-queue-supervisor", Role.SUPERVISOR);
        UI.getCurrent().navigate(ReviewQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<ClaimListItem> grid = _get(Grid.class, s -> s.withId("review-queue"));
        int row = -1;
        for (int i = 0; i < _size(grid); i++) {
            if (GridKt._get(grid, i).id() == claim) {
                row = i;
            }
        }
        assertThat(row).as("the proposed claim is in the queue").isNotNegative();
        ClaimListItem item = GridKt._get(grid, row);
        assertThat(item.verdict()).isEqualTo("HALF_TRUE");
        assertThat(item.proposerName()).isEqualTo("Ui queue checker");
        assertThat(item.evidenceCount()).isEqualTo(1);
        assertThat(item.lastChange()).isNotNull();
        assertThat(item.lastChange().kind()).isEqualTo("status.changed");
        com.vaadin.flow.component.Component actions = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, s -> s.withId("queue-approve-" + claim)));
        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        assertThat(workflow.summary(claim).status()).isEqualTo(WorkflowStatus.APPROVED);
    }

    @Test
    void the_dashboard_is_for_supervisors_and_draws_the_approvals_chart() {
        proposedClaim("ui-dashboard-checker");
        login("ui-dashboard-checker", Role.CHECKER);
        assertThatThrownBy(() -> {
            UI.getCurrent().navigate(DashboardView.class);
            _get(Svg.class, s -> s.withId("dashboard-approvals-chart"));
        }).hasMessageContaining("AccessDeniedException");

        login("ui-dashboard-supervisor", Role.SUPERVISOR);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(Svg.class, s -> s.withId("dashboard-approvals-chart"))).hasSize(1);
        assertThat(text("dashboard-count-ready-for-review")).matches("Ready for review[1-9][0-9]*");
    }

    @Test
    void the_bulk_bar_dismisses_the_selected_claims_with_one_reason_after_confirmation() {
        AppUser checker = accounts.ensure("ui-bulk-checker", Role.CHECKER);
        long a = fixtures.claim(checker.id());
        long b = fixtures.claim(checker.id());
        login("ui-bulk-checker", Role.CHECKER);
        BulkActionBar bar = context.getBean(BulkActionBar.class);
        UI.getCurrent().add(bar);
        AtomicInteger refreshed = new AtomicInteger();
        bar.bind(() -> Set.of(a, b), refreshed::incrementAndGet);
        assertThat(_find(Button.class, s -> s.withId("bulk-assign"))).as("checkers do not assign").isEmpty();

        _click(_get(Button.class, s -> s.withId("bulk-dismiss")));
        assertThat(_get(Paragraph.class, s -> s.withId("bulk-count")).getText()).contains("2 claims");
        _click(_get(Button.class, s -> s.withId("bulk-confirm")));
        assertThat(_get(Paragraph.class, s -> s.withId("bulk-error")).getText()).contains("reason");
        _setValue(_get(TextArea.class, s -> s.withId("bulk-reason")), "Opinion, not a factual claim");
        _click(_get(Button.class, s -> s.withId("bulk-confirm")));
        assertThat(workflow.summary(a).status()).isEqualTo(WorkflowStatus.DISMISSED);
        assertThat(workflow.summary(b).status()).isEqualTo(WorkflowStatus.DISMISSED);
        assertThat(refreshed).hasValue(1);

        _click(_get(Button.class, s -> s.withId("bulk-add-tags")));
        _setValue(_get(TextField.class, s -> s.withId("bulk-tags")), "زراعة, economy");
        _click(_get(Button.class, s -> s.withId("bulk-confirm")));
        assertThat(review.state(a).tags()).containsExactly("زراعة", "economy");
    }

    @Test
    void a_supervisor_assigns_selected_claims_from_the_bulk_bar() {
        AppUser checker = accounts.ensure("ui-assign-target", Role.CHECKER);
        long a = fixtures.claim(checker.id());
        login("ui-assign-supervisor", Role.SUPERVISOR);
        BulkActionBar bar = context.getBean(BulkActionBar.class);
        UI.getCurrent().add(bar);
        bar.bind(() -> Set.of(a), () -> {
        });
        _click(_get(Button.class, s -> s.withId("bulk-assign")));
        @SuppressWarnings("unchecked")
        ComboBox<ReviewService.Assignee> who = _get(ComboBox.class, s -> s.withId("bulk-assignee"));
        _setValue(who, new ReviewService.Assignee(checker.id(), checker.displayName()));
        _click(_get(Button.class, s -> s.withId("bulk-confirm")));
        assertThat(workflow.summary(a).assigneeId()).isEqualTo(checker.id());

        login("ui-assign-target", Role.CHECKER);
        UI.getCurrent().navigate(MyClaimsView.class);
        @SuppressWarnings("unchecked")
        Grid<?> mine = _get(Grid.class, s -> s.withId("my-claims-grid"));
        assertThat(_size(mine)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_verdict_scale_view_is_for_admins_and_refuses_deleting_a_verdict_in_use() {
        login("ui-verdict-checker", Role.CHECKER);
        assertThatThrownBy(() -> {
            UI.getCurrent().navigate(VerdictScaleView.class);
            _get(Grid.class, s -> s.withId("verdicts-grid"));
        }).hasMessageContaining("AccessDeniedException");

        proposedClaim("ui-verdict-proposer");
        login("ui-verdict-admin", Role.ADMIN);
        UI.getCurrent().navigate(VerdictScaleView.class);
        @SuppressWarnings("unchecked")
        Grid<Rating> grid = _get(Grid.class, s -> s.withId("verdicts-grid"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(7);
        assertThatThrownBy(() -> ratings.delete("HALF_TRUE", ratings.get("HALF_TRUE").version()))
                .isInstanceOf(io.claimdesk.core.domain.ConflictException.class)
                .hasMessageContaining("Deactivate");
    }
}
