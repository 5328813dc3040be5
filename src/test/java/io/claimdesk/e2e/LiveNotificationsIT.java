package io.claimdesk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.support.Api;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import io.claimdesk.user.domain.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 in a real browser: two people at once in two browser contexts. The supervisor requests changes in the
 * review queue; the checker's bell (Arabic UI) goes up by itself within 2 s, without a reload, through the
 * cluster bus and Vaadin server push; the checker opens the claim from the notification. Screenshots in
 * target/e2e-screenshots/live-*.png. Both contexts use the same node here (the two-node path is covered by
 * ClusterBusDbTest).
 */
class LiveNotificationsIT extends BrowserTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService review;
    @Autowired
    UserService users;

    @Test
    void the_checkers_bell_goes_up_without_reload_when_the_supervisor_requests_changes() {
        AppUser checker = accounts.ensure("live-e2e-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("live-e2e-supervisor", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        runAs(checker.username(), Role.CHECKER);
        users.setOwnLanguage("ar");
        review.transition(claim, WorkflowAction.START, null, null, null, 0);
        review.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "6 per cent, not 12.", null, 1);
        int unreadBefore = new Api(baseUrl(), checker.username(), TestAccounts.PASSWORD)
                .get("/api/v1/notifications").json().get("unread").asInt();

        // the checker, in Arabic, looks at My claims
        Page checkerPage = page;
        signIn(checker.username(), TestAccounts.PASSWORD);
        open("/my-claims");
        assertThat(checkerPage.evaluate("() => document.dir")).isEqualTo("rtl");
        screenshot("live-01-checker-before");

        // the supervisor, in another browser context, requests changes in the queue
        BrowserContext supervisorContext = browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 900).setLocale("en-US"));
        supervisorContext.setDefaultTimeout(20_000);
        try {
            page = supervisorContext.newPage();
            signIn(supervisor.username(), TestAccounts.PASSWORD);
            open("/review");
            byId("queue-request-changes-" + claim).click();
            page.locator("#transition-reason textarea").fill("Cite the ministry's table, not the union's.");
            screenshot("live-02-supervisor-requests-changes");
            byId("transition-confirm").click();
            settle();
            screenshot("live-03-supervisor-queue-after");

            // the checker's bell goes up by itself: no reload, no click
            page = checkerPage;
            Object navigations = checkerPage.evaluate("() => performance.getEntriesByType('navigation').length");
            checkerPage.waitForFunction("n => { const c = document.getElementById('notification-count');"
                            + " return c && !c.hidden && c.textContent.trim() === String(n); }", unreadBefore + 1,
                    new Page.WaitForFunctionOptions().setTimeout(2_000));
            assertThat(checkerPage.evaluate("() => performance.getEntriesByType('navigation').length"))
                    .isEqualTo(navigations);
            screenshot("live-04-checker-bell-went-up");

            // the checker opens the claim from the notification
            byId("notification-bell").click();
            settle();
            byId("notifications-grid").waitFor();
            screenshot("live-05-checker-notifications");
            page.locator("#notifications-grid vaadin-grid-cell-content")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("طلب"))
                    .first().click();
            page.waitForURL(url -> url.endsWith("/claims/" + claim));
            settle();
            screenshot("live-06-checker-claim-opened");
            assertThat(new Api(baseUrl(), checker.username(), TestAccounts.PASSWORD)
                    .get("/api/v1/notifications").json().get("unread").asInt()).isEqualTo(unreadBefore);
        } finally {
            page = checkerPage;
            supervisorContext.close();
        }
    }
}
