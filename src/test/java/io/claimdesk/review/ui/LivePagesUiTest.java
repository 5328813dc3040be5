package io.claimdesk.review.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.review.domain.ClaimListItem;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, live updates: another user's change reaches an open page through the cluster bus and server push,
 * without a reload. The other user acts in this thread as a second signed-in account; the page learns of it only
 * through PostgreSQL NOTIFY, the bus thread and {@code UI.access}.
 */
class LivePagesUiTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService review;

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Acts as {@code username} and then signs the page's user back in. */
    private void elsewhere(String username, Role role, Runnable action) {
        Authentication page = SecurityContextHolder.getContext().getAuthentication();
        runAs(username, role);
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(page);
        }
    }

    @Test
    void an_open_claim_form_keeps_unsaved_input_and_says_who_changed_the_claim() throws InterruptedException {
        AppUser checker = accounts.ensure("live-checker", Role.CHECKER);
        AppUser other = accounts.ensure("live-other", Role.CHECKER);
        AppUser supervisor = accounts.ensure("live-supervisor", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        login("live-checker", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + claim);
        var statement = _get(TextArea.class, spec -> spec.withId("claim-statement"));
        statement.setValue("Unsaved: the harvest rose by 12 per cent");
        assertThat(_find(Div.class, spec -> spec.withId("claim-live-notice"))).as("no notice yet").isEmpty();

        elsewhere("live-supervisor", Role.SUPERVISOR, () -> review.assign(List.of(claim), other.id()));

        assertThat(await(() -> !_find(Div.class, spec -> spec.withId("claim-live-notice")).isEmpty()))
                .as("the notice appears").isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("claim-live-text")).getText())
                .contains(supervisor.displayName()).contains("assigned");
        assertThat(statement.getValue()).isEqualTo("Unsaved: the harvest rose by 12 per cent");
    }

    /**
     * Acceptance 3 of issue 16 with an approval: the checker's open claim page has unsaved input (a comment being
     * written, the claim's fields) while a supervisor approves the claim on another page; the input is kept, the
     * page says who did what and offers a reload, and the status on the page follows by itself.
     */
    @Test
    void unsaved_input_is_kept_when_another_user_approves_the_claim_and_the_page_says_who() throws InterruptedException {
        AppUser checker = accounts.ensure("live-approve-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("live-approver", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        runAs("live-approve-checker", Role.CHECKER);
        review.transition(claim, WorkflowAction.START, null, null, null, 0);
        review.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "6 per cent, not 12.", null, 1);
        login("live-approve-checker", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + claim);
        var comment = _get(TextArea.class, spec -> spec.withId("workflow-comment-text"));
        comment.setValue("Unsaved: the ministry's own figure is 6 per cent");
        var statement = _get(TextArea.class, spec -> spec.withId("claim-statement"));
        String shownStatement = statement.getValue();
        assertThat(_get(Span.class, spec -> spec.withId("workflow-status")).getElement().getTextRecursively())
                .isEqualTo("Ready for review");

        elsewhere("live-approver", Role.SUPERVISOR,
                () -> review.transition(claim, WorkflowAction.APPROVE, null, null, null, 2));

        assertThat(await(() -> !_find(Div.class, spec -> spec.withId("claim-live-notice")).isEmpty()))
                .as("the notice appears without a reload").isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("claim-live-text")).getText())
                // the name and the change are isolated (FSI ... PDI) in the sentence
                .isEqualTo("\u2068" + supervisor.displayName() + "\u2069 changed this claim: \u2068approved\u2069. Your "
                        + "unsaved input is kept.");
        assertThat(comment.getValue()).isEqualTo("Unsaved: the ministry's own figure is 6 per cent");
        assertThat(statement.getValue()).isEqualTo(shownStatement);
        assertThat(_get(Span.class, spec -> spec.withId("workflow-status")).getElement().getTextRecursively())
                .as("the verdict pane follows by itself").isEqualTo("Approved");
        // the reload action hides the notice and refills the page
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("claim-live-reload")));
        assertThat(_find(Div.class, spec -> spec.withId("claim-live-notice"))).as("notice hidden").isEmpty();
    }

    @Test
    void the_review_queue_shows_a_claim_proposed_elsewhere_by_itself() throws InterruptedException {
        AppUser checker = accounts.ensure("live-proposer", Role.CHECKER);
        accounts.ensure("live-reviewer", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        login("live-reviewer", Role.SUPERVISOR);
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<ClaimListItem> queue = _get(Grid.class, spec -> spec.withId("review-queue"));
        BooleanSupplier listed = () -> {
            for (int i = 0; i < GridKt._size(queue); i++) {
                if (GridKt._get(queue, i).id() == claim) {
                    return true;
                }
            }
            return false;
        };
        assertThat(listed.getAsBoolean()).isFalse();

        elsewhere("live-proposer", Role.CHECKER, () -> {
            review.transition(claim, WorkflowAction.START, null, null, null, 0);
            review.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "6 per cent, not 12.", null, 1);
        });

        assertThat(await(listed)).as("the proposed claim appears in the open queue").isTrue();
    }
}
