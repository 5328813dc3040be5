package io.claimdesk.e2e;

import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.report.domain.PublisherSettingsService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.support.Fixtures;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 15, acceptance 1: a supervisor approves a claim in the workbench; an anonymous browser (a context with no
 * cookies) opens its public page in Arabic and in English, finds it in {@code /checks} and in the Atom feed; a
 * claim still in review answers 404 there. Screenshots: {@code target/e2e-screenshots/checks-*.png}.
 */
class PublicChecksIT extends BrowserTest {

    @Autowired
    ClaimWorkflowService review;
    @Autowired
    DSLContext dsl;
    @Autowired
    PublisherSettingsService publisher;

    private long proposed(ReportFixtures f, long article, AppUser checker, String quote, String statement,
                          String claimant, String verdict, String rationale) {
        long claim = f.claim(article, quote, statement, claimant, checker.id());
        f.evidence(claim, "https://moa.example.jo/e2e-" + claim + "?utm_source=feed",
                "https://moa.example.jo/e2e-" + claim, "النشرة الإحصائية لوزارة الزراعة 2024", Stance.REFUTES,
                checker.id());
        runAs(checker.username(), Role.CHECKER);
        review.transition(claim, WorkflowAction.START, null, null, null, 0);
        review.transition(claim, WorkflowAction.PROPOSE, verdict, rationale, null, 1);
        SecurityContextHolder.clearContext();
        return claim;
    }

    @Test
    void an_approved_claim_is_published_and_one_in_review_is_not() {
        AppUser checker = accounts.ensure("browser-public-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("browser-public-supervisor", Role.SUPERVISOR);
        ReportFixtures f = new ReportFixtures(dsl);
        long article = f.article(checker.id(), "وزارة الزراعة: القمح ارتفع 12%",
                "https://news.example/ar/wheat-e2e-" + System.nanoTime(), Fixtures.ARABIC_STORY, "ar");
        long approved = proposed(f, article, checker, "إنتاج القمح ارتفع", "ارتفع إنتاج القمح 12 في المئة هذا العام",
                "وزارة الزراعة الأردنية", "MOSTLY_FALSE",
                "تُظهر النشرة الإحصائية للوزارة (FAO, 2024) أن الإنتاج ارتفع 3% فقط، لا 12%.");
        long inReview = proposed(f, article, checker, "ستوزع 40 ألف طن من البذور",
                "ستوزع الحكومة 40 ألف طن من البذور", "وزير الزراعة", "TRUE", "Confirmed by the ministry.");

        // the supervisor approves from the review queue
        signIn(supervisor.username(), TestAccounts.PASSWORD);
        open("/review");
        byId("queue-approve-" + approved).click();
        byId("transition-confirm").click();
        settle();
        assertThat(review.summary(approved).status()).isEqualTo(WorkflowStatus.APPROVED);

        // an anonymous reader: a fresh context, no session cookie
        BrowserContext reader = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1000, 900).setLocale("en-US"));
        try {
            Page anon = reader.newPage();
            Response ar = anon.navigate(baseUrl() + "/checks/" + approved + "?lang=ar");
            assertThat(ar.status()).isEqualTo(200);
            assertThat(anon.url()).contains("/checks/" + approved + "-").endsWith("?lang=ar");
            assertThat(anon.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(anon.locator(".verdict-label").textContent()).isEqualTo("خاطئ في معظمه");
            assertThat(anon.locator("h1").textContent()).isEqualTo("ارتفع إنتاج القمح 12 في المئة هذا العام");
            // the verdict card takes the scale's colour from the verdict style sheet (MOSTLY_FALSE: #c4502a)
            assertThat(anon.locator(".verdict-label").evaluate("e => getComputedStyle(e).color"))
                    .isEqualTo("rgb(196, 80, 42)");
            // the card's coloured edge is on the reading side: the right in Arabic
            assertThat(anon.locator("section.verdict").evaluate("e => getComputedStyle(e).borderRightWidth"))
                    .isNotEqualTo("1px");
            // the Arabic text is set in the page's own web font, not whatever the reader's system has
            assertThat(anon.evaluate("() => document.fonts.ready.then(() => [...document.fonts].filter(f =>"
                    + " f.family.includes('Noto Naskh Arabic') && f.status === 'loaded').length)"))
                    .isEqualTo(2);
            anon.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("checks-01-page-ar.png"))
                    .setFullPage(true));

            anon.locator("nav.languages a[lang=en]").click();
            anon.waitForURL(url -> url.endsWith("?lang=en"));
            assertThat(anon.locator("html").getAttribute("dir")).isEqualTo("ltr");
            assertThat(anon.locator(".verdict-label").textContent()).isEqualTo("Mostly false");
            assertThat(anon.locator("section.evidence .stance").textContent()).isEqualTo("✘ Refutes");
            anon.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("checks-02-page-en.png"))
                    .setFullPage(true));

            // the index lists it, not the claim in review; its link leads to the page
            anon.navigate(baseUrl() + "/checks?lang=ar");
            assertThat(anon.locator("#check-" + approved).count()).isEqualTo(1);
            assertThat(anon.locator("#check-" + inReview).count()).isZero();
            anon.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("checks-03-index-ar.png"))
                    .setFullPage(true));
            anon.locator("#check-" + approved + " h2 a").click();
            anon.waitForURL(url -> url.contains("/checks/" + approved + "-"));

            // the Atom feed has it, not the claim in review
            APIResponse feed = reader.request().get(baseUrl() + "/checks/feed.atom");
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.headers().get("content-type")).startsWith("application/atom+xml");
            assertThat(feed.text()).contains("<id>" + publisher.current().siteBaseUrl() + "checks/" + approved + "</id>")
                    .contains("ارتفع إنتاج القمح 12 في المئة هذا العام")
                    .doesNotContain("checks/" + inReview + "<").doesNotContain("ستوزع الحكومة");

            // the claim in review: 404 for the anonymous reader
            Response missing = anon.navigate(baseUrl() + "/checks/" + inReview + "?lang=ar");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(anon.locator("h1").textContent()).isEqualTo("غير موجود");
            anon.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("checks-04-not-found-ar.png"))
                    .setFullPage(true));
        } finally {
            reader.close();
        }
    }
}
