package io.claimdesk.report.api;

import static io.claimdesk.db.Tables.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.report.domain.CheckSlug;
import io.claimdesk.report.domain.PublisherSettingsService;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import io.claimdesk.user.security.SecurityConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriUtils;

/**
 * Issue 15, the public fact-check page over HTTP, anonymous (no Authorization header, no cookie): an approved
 * claim has a page at {@code /checks/{id}-{slug}} with every part the issue lists, its ClaimReview equal to the
 * export's, Open Graph tags and a strict CSP; a claim in review, an unknown id and anything else of the workbench
 * are out of reach; a reopen and re-approval shows the dated correction and moves {@code dateModified}.
 */
class PublicCheckDbTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient ANONYMOUS = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    DSLContext dsl;

    @Autowired
    PublisherSettingsService publisher;

    private HttpResponse<String> anonymous(String method, String path) throws IOException, InterruptedException {
        return ANONYMOUS.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return anonymous("GET", path);
    }

    private Api as(AppUser user) {
        return new Api(baseUrl(), user.username(), TestAccounts.PASSWORD);
    }

    private void step(AppUser user, long claim, Map<String, Object> body, String expected) {
        Api.Response r = as(user).post("/api/v1/claims/" + claim + "/transitions", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo(expected);
    }

    private int version(long claim) {
        return dsl.select(CLAIM.VERSION).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle(CLAIM.VERSION);
    }

    private void approve(AppUser checker, AppUser supervisor, long claim, String verdict, String rationale) {
        if (version(claim) == 0) {
            step(checker, claim, Map.of("action", "start", "version", 0), "IN_PROGRESS");
        }
        step(checker, claim, Map.of("action", "propose", "verdict", verdict, "rationale", rationale,
                "version", version(claim)), "READY_FOR_REVIEW");
        step(supervisor, claim, Map.of("action", "approve", "version", version(claim)), "APPROVED");
    }

    private static JsonNode jsonLd(Document page) throws IOException {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        return JSON.readTree(script.data());
    }

    @Test
    void an_approved_claim_has_a_public_page_with_everything_and_the_export_claimreview() throws Exception {
        AppUser checker = accounts.ensure("public-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("public-supervisor", Role.SUPERVISOR);
        ReportFixtures f = new ReportFixtures(dsl);
        String articleUrl = "https://news.example/ar/public-" + System.nanoTime();
        long article = f.article(checker.id(), "تقرير القمح", articleUrl, Fixtures.ARABIC_STORY, "ar");
        long claim = f.claim(article, "إنتاج القمح ارتفع", "ارتفع إنتاج القمح 12 في المئة", "وزارة الزراعة",
                checker.id());
        f.evidence(claim, "https://moa.example.jo/stats?utm_source=x", "https://moa.example.jo/stats",
                "إحصاءات الوزارة 2024", Stance.REFUTES, checker.id());
        approve(checker, supervisor, claim, "FALSE", "The ministry's own table shows 3 per cent.\n\nSee the 2024 report.");

        long inReview = f.claim(article, "وكانت الأمطار قد تراجعت", "Rain fell", "x", checker.id());
        f.evidence(inReview, "https://moa.example.jo/public-rain", "Rain", Stance.SUPPORTS, checker.id());
        step(checker, inReview, Map.of("action", "start", "version", 0), "IN_PROGRESS");
        step(checker, inReview, Map.of("action", "propose", "verdict", "TRUE", "rationale", "r", "version",
                version(inReview)), "READY_FOR_REVIEW");

        // /checks/{id} redirects (301) to the readable address, keeping the page language
        String slug = CheckSlug.of("ارتفع إنتاج القمح 12 في المئة");
        assertThat(slug).isEqualTo("ارتفع-إنتاج-القمح-12-في-المئة");
        String path = "/checks/" + claim + "-" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
        HttpResponse<String> redirect = get("/checks/" + claim + "?lang=ar");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue(path + "?lang=ar");
        assertThat(get("/checks/" + claim + "-old-slug").headers().firstValue("Location")).hasValue(path);

        // the Arabic page
        HttpResponse<String> ar = get(path + "?lang=ar");
        assertThat(ar.statusCode()).as(ar.body()).isEqualTo(200);
        assertThat(ar.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(ar.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfig.PUBLIC_CSP);
        assertThat(ar.headers().firstValue("Set-Cookie")).isEmpty();
        Document page = Jsoup.parse(ar.body(), baseUrl() + path);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo("ارتفع إنتاج القمح 12 في المئة");
        assertThat(page.selectFirst("h1").attr("dir")).isEqualTo("rtl");
        Element verdict = page.selectFirst("section.verdict");
        assertThat(verdict.classNames()).contains("verdict-FALSE", "verdict-false");
        assertThat(verdict.selectFirst(".verdict-label").text()).isEqualTo("خاطئ");
        assertThat(verdict.selectFirst("svg.verdict-icon")).isNotNull();
        assertThat(page.selectFirst("section.claim blockquote").text()).isEqualTo("إنتاج القمح ارتفع");
        assertThat(page.selectFirst("section.claim blockquote").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst(".attribution bdi.claimant").text()).isEqualTo("وزارة الزراعة");
        assertThat(page.selectFirst(".attribution time").attr("datetime")).isEqualTo("2024-10-06");
        assertThat(page.selectFirst(".attribution time").text()).isEqualTo("6 أكتوبر 2024");
        assertThat(page.selectFirst("section.appearance a").attr("href")).isEqualTo(articleUrl);
        assertThat(page.selectFirst("section.appearance .article-title").text()).isEqualTo("تقرير القمح");
        assertThat(page.select("section.rationale p")).extracting(Element::text).containsExactly(
                "The ministry's own table shows 3 per cent.", "See the 2024 report.");
        assertThat(page.select("section.rationale p").eachAttr("dir")).containsExactly("ltr", "ltr");
        Element evidence = page.selectFirst("section.evidence li");
        assertThat(evidence.selectFirst(".stance").text()).isEqualTo("✘ يدحض");
        assertThat(evidence.selectFirst(".source-title a").attr("href")).isEqualTo("https://moa.example.jo/stats");
        assertThat(evidence.selectFirst(".source-title a").text()).isEqualTo("إحصاءات الوزارة 2024");
        assertThat(evidence.selectFirst(".url").text()).isEqualTo("https://moa.example.jo/stats");
        assertThat(evidence.selectFirst(".archive a").attr("href"))
                .isEqualTo("https://web.archive.org/web/2024/https://moa.example.jo/stats");
        assertThat(page.selectFirst(".reviewer").text()).contains(supervisor.displayName());
        assertThat(page.selectFirst(".approved time").attr("datetime")).endsWith("Z");
        assertThat(page.selectFirst("section.corrections").text()).contains("لا تصحيحات.");
        assertThat(page.body().text()).doesNotContain("!check.");

        // the ClaimReview embedded is the export's, and the Open Graph tags are there
        JsonNode export = as(checker).get("/api/v1/export/claimreview.jsonld?articleId=" + article).json();
        assertThat(export).hasSize(1);
        assertThat(jsonLd(page)).isEqualTo(export.get(0));
        // ... and passes the schema of what search engines require (ClaimReviewSchemaDbTest checks export = CLI)
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(getClass().getResourceAsStream("/claimreview/claimreview.schema.json"))
                .validate(jsonLd(page))).isEmpty();
        assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
                .isEqualTo("ارتفع إنتاج القمح 12 في المئة");
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.selectFirst("meta[property=og:url]").attr("content"))
                .isEqualTo(publisher.current().siteBaseUrl() + path.substring(1));
        assertThat(page.selectFirst("meta[property=og:description]").attr("content")).startsWith("خاطئ – ");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("[style]")).isEmpty();

        // the English page: the frame and the verdict label in English, the claim text as it is
        Document en = Jsoup.parse(get(path + "?lang=en").body());
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(en.selectFirst(".verdict-label").text()).isEqualTo("False");
        assertThat(en.selectFirst(".attribution time").text()).isEqualTo("6 October 2024");
        assertThat(en.selectFirst("section.evidence .stance").text()).isEqualTo("✘ Refutes");
        assertThat(jsonLd(en)).isEqualTo(export.get(0));
        // without lang, the publisher's default language
        assertThat(Jsoup.parse(get(path).body()).selectFirst("html").attr("lang"))
                .isEqualTo(publisher.current().defaultLanguage());

        // a claim in review, an unknown claim and a malformed address: 404, with the same page for each
        for (String missing : new String[] {"/checks/" + inReview, "/checks/" + inReview + "-rain-fell",
                "/checks/99999999", "/checks/abc"}) {
            HttpResponse<String> r = get(missing);
            assertThat(r.statusCode()).as(missing).isEqualTo(404);
            assertThat(r.body()).doesNotContain("Rain fell");
            assertThat(Jsoup.parse(r.body()).selectFirst("h1").text()).isIn("Not found", "غير موجود");
        }
        assertThat(get("/checks/" + inReview + "?lang=ar").body()).contains("لا يوجد تحقّق منشور");
        assertThat(get("/checks/" + inReview + "?lang=en").body()).contains("There is no published fact check");
    }

    @Test
    void reopening_and_approving_again_shows_a_dated_correction_and_moves_date_modified() throws Exception {
        AppUser checker = accounts.ensure("public-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("public-supervisor", Role.SUPERVISOR);
        ReportFixtures f = new ReportFixtures(dsl);
        long article = f.article(checker.id(), "Wheat", "https://news.example/public-correction-" + System.nanoTime(),
                Fixtures.ARABIC_STORY, "ar");
        long claim = f.claim(article, "ستوزع 40 ألف طن من البذور", "ستوزع الحكومة 40 ألف طن من البذور",
                "وزير الزراعة", checker.id());
        f.evidence(claim, "https://moa.example.jo/public-seeds", "Seeds", Stance.CONTEXT, checker.id());
        approve(checker, supervisor, claim, "MISLEADING", "Only 4,000 t were planned.");
        String path = get("/checks/" + claim).headers().firstValue("Location").orElseThrow();
        JsonNode before = jsonLd(Jsoup.parse(get(path).body()));

        Thread.sleep(1100); // ClaimReview dates are written to the second
        step(supervisor, claim, Map.of("action", "reopen", "reason", "The ministry corrected its figure",
                "version", version(claim)), "IN_PROGRESS");
        // while reopened, the check is not published
        assertThat(get(path).statusCode()).isEqualTo(404);
        approve(checker, supervisor, claim, "MISLEADING", "Only 4,000 t were planned; the ministry corrected it.");

        Document en = Jsoup.parse(get(path + "?lang=en").body());
        Element correction = en.selectFirst("section.corrections li");
        String day = en.selectFirst(".approved time").text();
        assertThat(correction.text()).isEqualTo("Updated on " + day + ": The ministry corrected its figure");
        assertThat(correction.selectFirst("bdi.reason").text()).isEqualTo("The ministry corrected its figure");
        Document ar = Jsoup.parse(get(path + "?lang=ar").body());
        assertThat(ar.selectFirst("section.corrections li").text())
                .startsWith("حُدّث في ").endsWith(": The ministry corrected its figure");
        JsonNode after = jsonLd(ar);
        assertThat(after.get("datePublished")).isEqualTo(before.get("datePublished"));
        assertThat(after.get("dateModified").asText()).isGreaterThan(before.get("dateModified").asText());
        assertThat(en.selectFirst(".published time").attr("datetime")).isEqualTo(before.get("datePublished").asText());
        assertThat(after).isEqualTo(as(checker).get("/api/v1/export/claimreview.jsonld?articleId=" + article)
                .json().get(0));

        // the article report carries the same dated note, in both languages
        String reapproved = dsl.select(CLAIM.APPROVED_AT).from(CLAIM).where(CLAIM.ID.eq(claim))
                .fetchSingle(CLAIM.APPROVED_AT).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        Document report = Jsoup.parse(as(checker).get("/api/v1/articles/" + article + "/report.html?lang=en").body());
        assertThat(report.select("#claim-1 .correction").eachText())
                .containsExactly("Updated on " + reapproved + ": The ministry corrected its figure");
        Document arReport = Jsoup.parse(as(checker).get("/api/v1/articles/" + article + "/report.html?lang=ar")
                .body());
        assertThat(arReport.select("#claim-1 .correction").eachText())
                .containsExactly("حُدّث في " + reapproved + ": The ministry corrected its figure");
        assertThat(arReport.selectFirst("#claim-1 .correction span[dir]").attr("dir")).isEqualTo("ltr");
    }

    @Test
    void user_text_cannot_end_the_json_ld_block_or_add_markup() throws Exception {
        AppUser checker = accounts.ensure("public-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("public-supervisor", Role.SUPERVISOR);
        ReportFixtures f = new ReportFixtures(dsl);
        long article = f.article(checker.id(), "<b>Title</b>", "https://news.example/public-xss-" + System.nanoTime(),
                Fixtures.ARABIC_STORY, "ar");
        String statement = "x</script><script>alert(1)</script><!-- & \"q\" 'a'";
        long claim = f.claim(article, "إنتاج القمح ارتفع", statement, "<img src=x onerror=alert(2)>", checker.id());
        f.evidence(claim, "https://moa.example.jo/public-xss", "</title><script>alert(3)</script>", Stance.REFUTES,
                checker.id());
        approve(checker, supervisor, claim, "FALSE", "</p><script>alert(4)</script>");
        String path = get("/checks/" + claim).headers().firstValue("Location").orElseThrow();
        assertThat(path).isEqualTo("/checks/" + claim + "-x-script-script-alert-1-script-q-a");
        String body = get(path).body();
        assertThat(body).doesNotContain("<script>alert", "<img src=x", "</script><script>", "<b>Title");
        Document page = Jsoup.parse(body);
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("img")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo(statement);
        assertThat(page.selectFirst("bdi.claimant").text()).isEqualTo("<img src=x onerror=alert(2)>");
        assertThat(jsonLd(page).get("claimReviewed").asText()).isEqualTo(statement);
    }

    @Test
    void only_the_public_site_is_reachable_without_signing_in() throws Exception {
        assertThat(get("/checks").statusCode()).isEqualTo(200);
        assertThat(get("/checks/feed.atom").statusCode()).isEqualTo(200);
        HttpResponse<String> css = get("/checks/assets/checks.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(get("/checks/assets/verdicts.css").body()).contains(".verdict-FALSE { --verdict: #b3261e; }");
        assertThat(get("/checks/assets/fonts/NotoNaskhArabic-Regular.ttf").statusCode()).isEqualTo(200);
        assertThat(get("/checks/assets/fonts/secret.ttf").statusCode()).isEqualTo(404);

        // writing is refused, even on the public site
        assertThat(anonymous("POST", "/checks").statusCode()).isEqualTo(405);
        assertThat(anonymous("DELETE", "/checks/1").statusCode()).isEqualTo(405);
        // the API answers 401
        assertThat(get("/api/v1/export/claimreview.jsonld").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/articles").statusCode()).isEqualTo(401);
        // the workbench (views, an address that only starts like the public one) sends to the login page
        for (String path : new String[] {"/", "/claims", "/admin/publisher", "/checksx", "/checks-old",
                "/checks/../claims"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isIn(302, 400, 401, 403);
            if (r.statusCode() == 302) {
                assertThat(r.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
            }
        }
    }
}
