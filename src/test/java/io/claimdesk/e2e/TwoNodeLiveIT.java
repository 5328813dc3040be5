package io.claimdesk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.support.Api;
import io.claimdesk.support.TestDatabase;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, acceptance 1 on two application nodes sharing one database: node A is this test's application; node B
 * is a second Claimdesk in its own JVM (same classes, same PostgreSQL, another port). The supervisor works on node
 * A (English UI), the checker on node B (Arabic UI). The supervisor requests changes with a reason; the checker's
 * bell goes up within 2 s without a reload (carried by PostgreSQL NOTIFY from A to B and pushed by B); the checker
 * opens the claim from the notification, sees the reason pinned, edits the statement and proposes again with a new
 * rationale; the supervisor's open queue shows the claim again by itself (B to A); the review view shows the diff
 * and the evidence cards (in English and in Arabic), and the supervisor approves with Alt+A. Screenshots:
 * target/e2e-screenshots/two-nodes-*.png; node B's log: target/node-b.log.
 */
class TwoNodeLiveIT extends BrowserTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService review;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts node B and waits (at most 4 minutes) until its health check answers 200. */
    private static Process startNodeB(int port) throws Exception {
        TestDatabase db = TestDatabase.get();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), "io.claimdesk.ClaimdeskApplication");
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("CLAIMDESK_DB_URL", db.url());
        pb.environment().put("CLAIMDESK_DB_USER", db.user());
        pb.environment().put("CLAIMDESK_DB_PASSWORD", db.password());
        Path data = Path.of("target", "node-b-data").toAbsolutePath();
        Files.createDirectories(data);
        pb.environment().put("CLAIMDESK_DATA_DIR", data.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(new File("target/node-b.log"));
        Process process = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("node B stopped; see target/node-b.log");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        process.destroy();
        throw new AssertionError("node B did not start within 4 minutes; see target/node-b.log");
    }

    private void signInAt(String base, String username) {
        page.navigate(base + "/login");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(TestAccounts.PASSWORD);
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        settle();
    }

    @Test
    void changes_requested_on_node_a_reach_the_checker_on_node_b_and_the_new_proposal_is_approved_on_a()
            throws Exception {
        AppUser checker = accounts.ensure("two-node-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("two-node-supervisor", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        runAs(checker.username(), Role.CHECKER);
        review.transition(claim, WorkflowAction.START, null, null, null, 0);
        review.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "6 per cent, not 12.", null, 1);
        int unreadBefore = new Api(baseUrl(), checker.username(), TestAccounts.PASSWORD)
                .get("/api/v1/notifications").json().get("unread").asInt();

        int portB = freePort();
        Process nodeB = startNodeB(portB);
        String nodeA = baseUrl();
        String nodeBUrl = "http://localhost:" + portB;
        Page checkerPage = page;
        BrowserContext supervisorContext = browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 900).setLocale("en-US"));
        supervisorContext.setDefaultTimeout(20_000);
        try {
            // the checker on node B
            signInAt(nodeBUrl, checker.username());
            switchLanguage("ar");
            page.navigate(nodeBUrl + "/my-claims");
            settle();
            screenshot("two-nodes-01-checker-on-node-b-ar");

            // the supervisor on node A requests changes
            Page supervisorPage = supervisorContext.newPage();
            page = supervisorPage;
            signInAt(nodeA, supervisor.username());
            page.navigate(nodeA + "/review");
            settle();
            byId("queue-request-changes-" + claim).click();
            page.locator("#transition-reason textarea").fill("Two sources agree on 6 per cent; fix the verdict.");
            byId("transition-confirm").click();
            settle();
            screenshot("two-nodes-02-supervisor-on-node-a-en");

            page = checkerPage;
            Object navigations = page.evaluate("() => performance.getEntriesByType('navigation').length");
            page.waitForFunction("n => { const c = document.getElementById('notification-count');"
                            + " return c && !c.hidden && c.textContent.trim() === String(n); }", unreadBefore + 1,
                    new Page.WaitForFunctionOptions().setTimeout(2_000));
            assertThat(page.evaluate("() => performance.getEntriesByType('navigation').length"))
                    .isEqualTo(navigations);
            assertThat(page.url()).startsWith(nodeBUrl);
            screenshot("two-nodes-03-checker-bell-on-node-b-ar");

            // the checker opens the claim from the notification, sees the reason pinned, edits and proposes again
            byId("notification-bell").click();
            page.waitForURL(url -> url.contains("/notifications"));
            settle();
            screenshot("two-nodes-04-checker-notifications-ar");
            page.locator("#notifications-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("Two sources agree")).first().click();
            page.waitForURL(url -> url.contains("/claims/" + claim));
            settle();
            assertThat(byId("changes-requested-reason").textContent())
                    .isEqualTo("Two sources agree on 6 per cent; fix the verdict.");
            screenshot("two-nodes-05-checker-reason-pinned-ar");
            page.locator("#claim-statement textarea").fill("ارتفع إنتاج القمح بنسبة 6 في المئة");
            byId("save-claim").click();
            settle();
            byId("workflow-action-propose").click();
            page.locator("#transition-rationale textarea").fill("Both sources give 6 per cent, not 12.");
            byId("transition-confirm").click();
            settle();
            // the pinned reason goes once the claim is proposed again (the answer may come over the push channel)
            byId("changes-requested").waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));

            // the supervisor's open queue on node A shows the claim again by itself
            page = supervisorPage;
            Object queueNavigations = page.evaluate(
                    "() => performance.getEntriesByType('navigation').length");
            byId("queue-open-" + claim).waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            assertThat(page.evaluate("() => performance.getEntriesByType('navigation').length"))
                    .isEqualTo(queueNavigations);
            screenshot("two-nodes-06-queue-updated-en");

            // the review view: the diff since the request and the evidence cards; approve with Alt+A
            byId("queue-open-" + claim).click();
            page.waitForURL(url -> url.contains("/review/" + claim));
            settle();
            assertThat(page.locator("#review-diff-statement del").allTextContents()).containsExactly("12");
            assertThat(String.join(" ", page.locator("#review-diff-statement ins").allTextContents()))
                    .contains("إنتاج القمح").contains("6");
            assertThat(page.locator("#review-diff-rationale ins").count()).isPositive();
            assertThat(page.locator("#review-evidence .cd-evidence").count()).isEqualTo(1);
            assertThat(page.locator("#review-context .cd-hit").textContent()).isEqualTo("ارتفع بنسبة 12 في المئة");
            screenshot("two-nodes-07-review-view-en");
            switchLanguage("ar");
            byId("review-diff-statement").waitFor();
            screenshot("two-nodes-08-review-view-ar");
            page.keyboard().press("Alt+A");
            byId("transition-confirm").click();
            settle();
            assertThat(review.summary(claim).status()).isEqualTo(WorkflowStatus.APPROVED);
            screenshot("two-nodes-09-approved-ar");
        } finally {
            page = checkerPage;
            supervisorContext.close();
            nodeB.destroy();
            nodeB.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }
}
