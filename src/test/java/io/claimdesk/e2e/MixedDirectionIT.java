package io.claimdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.report.domain.ReportService;
import io.claimdesk.report.domain.ReportVariant;
import io.claimdesk.user.domain.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 15, acceptance 3 in Chromium: the claim text
 * {@code أعلن 3 وزراء في 2025 أن UNICEF ستدفع "250 مليون دولار" عبر www.example.org/ar?id=7} and an English claim
 * with an Arabic phrase, in the HTML report (Arabic and English) and on the public page: measured on screen, each
 * run sits where logical order puts it (right to left in the Arabic field, left to right in the English one), the
 * address reads left to right. Screenshots: {@code target/e2e-screenshots/bidi-*.png}.
 */
class MixedDirectionIT extends BrowserTest {

    static final String ARABIC = "أعلن 3 وزراء في 2025 أن UNICEF ستدفع \"250 مليون دولار\" عبر www.example.org/ar?id=7";
    static final String ENGLISH = "The minister said UNICEF will pay \"250 مليون دولار\" (12%) via www.example.org/en?id=7";
    static final String BODY = "قال المتحدث: " + ARABIC + ". وأضاف بالإنجليزية: " + ENGLISH + ".";

    /** Logical order of runs in the Arabic text, and in the English one. */
    static final List<String> ARABIC_RUNS = List.of("أعلن", "وزراء", "2025", "UNICEF", "250", "دولار", "www.example.org");
    static final List<String> ENGLISH_RUNS = List.of("minister", "UNICEF", "250", "دولار", "12%", "via", "www.example.org");

    /**
     * For each substring, its box on screen (first occurrence inside one text node under the element):
     * [left, top, right].
     */
    private static final String BOXES = """
            ([selector, parts]) => {
              const root = document.querySelector(selector);
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              const nodes = [];
              for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
              return parts.map(p => {
                for (const t of nodes) {
                  const i = t.data.indexOf(p);
                  if (i >= 0) {
                    const r = document.createRange();
                    r.setStart(t, i); r.setEnd(t, i + p.length);
                    const b = r.getBoundingClientRect();
                    return [b.left, b.top, b.right];
                  }
                }
                return null;
              });
            }""";

    @Autowired
    DSLContext dsl;
    @Autowired
    ReportService reports;

    /** Asserts that the runs appear in reading order: along a line by direction, later lines below. */
    @SuppressWarnings("unchecked")
    private static void assertReadingOrder(Page page, String selector, List<String> runs, boolean rtl) {
        List<List<Number>> boxes = (List<List<Number>>) page.evaluate(BOXES, List.of(selector, runs));
        for (int i = 0; i < runs.size(); i++) {
            assertThat(boxes.get(i)).as(selector + " has " + runs.get(i)).isNotNull();
        }
        for (int i = 1; i < runs.size(); i++) {
            double prevLeft = boxes.get(i - 1).get(0).doubleValue();
            double prevTop = boxes.get(i - 1).get(1).doubleValue();
            double left = boxes.get(i).get(0).doubleValue();
            double top = boxes.get(i).get(1).doubleValue();
            String pair = selector + ": " + runs.get(i - 1) + " before " + runs.get(i);
            if (Math.abs(top - prevTop) < 4) {
                if (rtl) {
                    assertThat(left).as(pair).isLessThan(prevLeft);
                } else {
                    assertThat(left).as(pair).isGreaterThan(prevLeft);
                }
            } else {
                assertThat(top).as(pair).isGreaterThan(prevTop);
            }
        }
    }

    /** The address reads left to right: "www" left of "id=7", on one line. */
    @SuppressWarnings("unchecked")
    private static void assertAddressLeftToRight(Page page, String selector, String tail) {
        List<List<Number>> boxes = (List<List<Number>>) page.evaluate(BOXES, List.of(selector, List.of("www.", tail)));
        assertThat(boxes.get(1).get(0).doubleValue()).as(selector).isGreaterThan(boxes.get(0).get(0).doubleValue());
    }

    private long mixedArticle(long checker, long supervisor) {
        ReportFixtures f = new ReportFixtures(dsl);
        long article = f.article(checker, "UNICEF و3 وزراء", "https://news.example/ar/bidi-" + System.nanoTime(),
                BODY, "ar");
        long arabic = f.claim(article, ARABIC, ARABIC, "وزير المالية", checker);
        f.decide(arabic, io.claimdesk.db.enums.ClaimStatus.APPROVED, "FALSE",
                "لم تعلن UNICEF عن 250 مليون دولار؛ انظر www.example.org/ar?id=7 والبيان (ص 3).", checker, supervisor);
        long english = f.claim(article, ENGLISH, ENGLISH, "Minister of Finance", checker);
        dsl.update(io.claimdesk.db.Tables.CLAIM).set(io.claimdesk.db.Tables.CLAIM.LANGUAGE, "en")
                .where(io.claimdesk.db.Tables.CLAIM.ID.eq(english)).execute();
        f.decide(english, io.claimdesk.db.enums.ClaimStatus.APPROVED, "MISLEADING",
                "UNICEF pledged 25 million, not 250 million.", checker, supervisor);
        return article;
    }

    @Test
    void arabic_and_english_claims_keep_their_runs_in_order_in_the_report_and_on_the_public_page() {
        ReportFixtures f = new ReportFixtures(dsl);
        long checker = f.user("bidi-browser-checker", "سارة", UserRole.CHECKER);
        long supervisor = f.user("bidi-browser-supervisor", "Omar", UserRole.SUPERVISOR);
        long article = mixedArticle(checker, supervisor);
        long arabicClaim = dsl.select(io.claimdesk.db.Tables.CLAIM.ID).from(io.claimdesk.db.Tables.CLAIM)
                .where(io.claimdesk.db.Tables.CLAIM.ARTICLE_ID.eq(article),
                        io.claimdesk.db.Tables.CLAIM.LANGUAGE.eq("ar")).fetchSingle(io.claimdesk.db.Tables.CLAIM.ID);

        runAs("bidi-browser-checker", Role.CHECKER);
        Map<String, String> html = Map.of(
                "ar", new String(reports.html(article, "ar", ReportVariant.PUBLIC).content(), StandardCharsets.UTF_8),
                "en", new String(reports.html(article, "en", ReportVariant.PUBLIC).content(), StandardCharsets.UTF_8));
        SecurityContextHolder.clearContext();

        for (String lang : List.of("ar", "en")) {
            page.setContent(html.get(lang));
            assertReadingOrder(page, "#claim-1 h3", ARABIC_RUNS, true);
            assertReadingOrder(page, "#claim-2 h3", ENGLISH_RUNS, false);
            assertAddressLeftToRight(page, "#claim-1 h3", "id=7");
            assertAddressLeftToRight(page, "#claim-2 h3", "id=7");
            // an English rationale in the Arabic report: its full stop stays at its end (the right)
            assertReadingOrder(page, "#claim-2 .fields .field:nth-of-type(6) .value",
                    List.of("UNICEF pledged", "not 250 million."), false);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("bidi-01-report-" + lang + ".png")).setFullPage(true));
        }

        BrowserContext reader = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1000, 900));
        try {
            Page anon = reader.newPage();
            for (String lang : List.of("ar", "en")) {
                anon.navigate(baseUrl() + "/checks/" + arabicClaim + "?lang=" + lang);
                assertThat(anon.locator("h1").textContent()).isEqualTo(ARABIC);
                assertReadingOrder(anon, "h1", ARABIC_RUNS, true);
                assertReadingOrder(anon, "section.claim blockquote", ARABIC_RUNS, true);
                assertAddressLeftToRight(anon, "h1", "id=7");
                anon.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("bidi-02-page-" + lang + ".png")).setFullPage(true));
            }
        } finally {
            reader.close();
        }
    }
}
