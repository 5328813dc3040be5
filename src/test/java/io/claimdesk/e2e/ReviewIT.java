package io.claimdesk.e2e;

import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The review queue and the supervisor dashboard in a real browser, in English and Arabic, with screenshots. */
class ReviewIT extends BrowserTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService review;

    private long proposed(AppUser checker, String verdict, String rationale) {
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        runAs(checker.username(), Role.CHECKER);
        review.transition(claim, WorkflowAction.START, null, null, null, 0);
        review.transition(claim, WorkflowAction.PROPOSE, verdict, rationale, null, 1);
        SecurityContextHolder.clearContext();
        return claim;
    }

    @Test
    void a_supervisor_approves_from_the_queue_and_sees_it_on_the_dashboard() {
        AppUser checker = accounts.ensure("browser-review-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("browser-review-supervisor", Role.SUPERVISOR);
        long first = proposed(checker, "MOSTLY_TRUE", "The ministry's bulletin gives 11.6 per cent.");
        proposed(checker, "MISLEADING", "The 40,000 tonnes were promised last year too; none were delivered.");

        signIn(supervisor.username(), TestAccounts.PASSWORD);
        open("/review");
        byId("review-queue").waitFor();
        assertThat(page.locator("#review-queue").textContent()).contains("11.6 per cent");
        screenshot("review-01-queue-en");

        byId("queue-approve-" + first).click();
        byId("transition-confirm").click();
        settle();
        assertThat(review.summary(first).status()).isEqualTo(WorkflowStatus.APPROVED);

        open("/dashboard");
        byId("dashboard-approvals-chart").waitFor();
        assertThat(page.locator("#dashboard-approvals-chart rect").count()).isEqualTo(30);
        assertThat(page.locator("#dashboard-count-approved").textContent()).doesNotEndWith("0");
        screenshot("review-02-dashboard-en");

        switchLanguage("ar");
        byId("dashboard-approvals-chart").waitFor();
        assertThat(page.locator("#dashboard-count-ready-for-review").textContent()).contains("جاهز للمراجعة");
        screenshot("review-03-dashboard-ar");
        open("/review");
        byId("review-queue").waitFor();
        screenshot("review-04-queue-ar");
        switchLanguage("en");
    }
}
