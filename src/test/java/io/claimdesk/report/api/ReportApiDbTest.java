package io.claimdesk.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import java.io.StringReader;
import java.net.URLDecoder;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.report.domain.ReportService;

class ReportApiDbTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;

    private Api checker;
    private Api admin;
    private long article;

    @BeforeEach
    void data() {
        accounts.ensure("api-report-checker", Role.CHECKER);
        checker = new Api(baseUrl(), "api-report-checker", TestAccounts.PASSWORD);
        admin = new Api(baseUrl(), "admin", "admin-test-password-1");
        ReportFixtures f = new ReportFixtures(dsl);
        long user = f.user("api-report-checker", "x", UserRole.CHECKER);
        long supervisor = f.user("api-report-supervisor", "Supervisor", UserRole.SUPERVISOR);
        article = f.article(user, "تقرير القمح", "https://news.example/ar/api-" + System.nanoTime(),
                Fixtures.ARABIC_STORY, "ar");
        long claim = f.claim(article, "إنتاج القمح ارتفع", "statement", "=1+1", user);
        f.evidence(claim, "https://stats.example/wheat?utm_campaign=x&id=7&gclid=abc", "https://stats.example/wheat?id=7",
                "Wheat statistics", Stance.SUPPORTS, user);
        f.decide(claim, ClaimStatus.APPROVED, "TRUE", "why", user, supervisor);
        long inReview = f.claim(article, "ستوزع 40 ألف طن من البذور", "Seeds in review", "Minister", user);
        f.decide(inReview, ClaimStatus.READY_FOR_REVIEW, "FALSE", "draft reasoning", user, supervisor);
    }

    /** Acceptance 5 of issue 15, over the API. */
    @Test
    void only_approved_verdicts_leave_the_building_unless_the_internal_variant_is_asked_for() throws Exception {
        String path = "/api/v1/articles/" + article + "/report.html?lang=en";
        Document internal = Jsoup.parse(checker.get(path + "&variant=internal").body());
        assertThat(internal.getElementById("internal-notice")).isNotNull();
        Element draft = internal.select(".claim").stream()
                .filter(c -> c.selectFirst("h3").text().equals("[2] Seeds in review")).findFirst().orElseThrow();
        Element verdict = draft.select(".field").stream()
                .filter(f -> f.selectFirst(".label").text().equals("Verdict:")).findFirst().orElseThrow();
        assertThat(verdict.selectFirst(".value .draft").text()).isEqualTo("False");
        assertThat(verdict.selectFirst(".value .draft-mark").text()).isEqualTo("[draft]");
        assertThat(verdict.selectFirst(".value").text()).isEqualTo("False [draft]");
        assertThat(draft.text()).contains("draft reasoning");
        // the approved claim's verdict is not marked
        assertThat(internal.select(".claim").get(0).select(".draft, .draft-mark")).isEmpty();
        Document arabic = Jsoup.parse(checker.get("/api/v1/articles/" + article
                + "/report.html?lang=ar&variant=internal").body());
        assertThat(arabic.select(".draft").eachText()).contains("خاطئ");
        assertThat(arabic.select(".draft-mark").eachText()).contains("[مسودة]");

        for (String publicPath : List.of(path, path + "&variant=public")) {
            Document pub = Jsoup.parse(checker.get(publicPath).body());
            assertThat(pub.getElementById("internal-notice")).isNull();
            assertThat(pub.select(".claim h3").eachText()).containsExactly("[1] statement");
            assertThat(pub.select(".draft, .draft-mark")).isEmpty();
            assertThat(pub.text()).doesNotContain("False", "draft reasoning", "Seeds in review");
        }

        String internalPdf = pdfText(checker.send(checker.request("/api/v1/articles/" + article
                + "/report.pdf?lang=en&variant=internal").GET()).bytes());
        assertThat(internalPdf).contains("False", "[DRAFT]", "draft reasoning");
        String publicPdf = pdfText(checker.send(checker.request("/api/v1/articles/" + article
                + "/report.pdf?lang=en").GET()).bytes());
        assertThat(publicPdf).doesNotContain("False", "DRAFT", "draft reasoning", "Seeds in review");

        CSVRecord byDefault = csvRecord("/api/v1/export/claims.csv?bom=false&articleId=" + article, "Seeds in review");
        assertThat(byDefault.get("status")).isEqualTo("READY_FOR_REVIEW");
        assertThat(byDefault.get("verdict")).isEmpty();
        assertThat(byDefault.get("rationale")).isEmpty();
        assertThat(csvRecord("/api/v1/export/claims.csv?bom=false&articleId=" + article, "statement").get("verdict"))
                .isEqualTo("True");
        CSVRecord internalRow = csvRecord("/api/v1/export/claims.csv?bom=false&variant=internal&articleId=" + article,
                "Seeds in review");
        assertThat(internalRow.get("verdict")).isEqualTo("False");
        assertThat(internalRow.get("rationale")).isEqualTo("draft reasoning");

        Api.Response bad = checker.get(path + "&variant=everyone");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("detail").asText()).isEqualTo("variant is public or internal, not everyone.");
    }

    /** Issue 15: exports carry their context; evidence links are canonical with the archive beside them. */
    @Test
    void csv_rows_carry_their_article_and_reports_link_canonical_evidence_with_the_archive_beside() throws Exception {
        CSVRecord row = csvRecord("/api/v1/export/claims.csv?bom=false&articleId=" + article, "statement");
        assertThat(row.get("article id")).isEqualTo(Long.toString(article));
        assertThat(row.get("article title")).isEqualTo("تقرير القمح");
        assertThat(row.get("article URL")).startsWith("https://news.example/ar/api-");
        assertThat(row.get("evidence")).isEqualTo("SUPPORTS https://stats.example/wheat?id=7 (archive: "
                + "https://web.archive.org/web/2024/https://stats.example/wheat?id=7)");

        Document report = Jsoup.parse(checker.get("/api/v1/articles/" + article + "/report.html?lang=en").body());
        Element item = report.selectFirst("ul.evidence li");
        assertThat(item.selectFirst("a").attr("href")).isEqualTo("https://stats.example/wheat?id=7");
        assertThat(item.selectFirst("a").text()).isEqualTo("Wheat statistics");
        assertThat(item.selectFirst(".url").text()).isEqualTo("https://stats.example/wheat?id=7");
        Element archive = item.selectFirst(".archive a");
        assertThat(archive.attr("href")).isEqualTo("https://web.archive.org/web/2024/https://stats.example/wheat?id=7");
        assertThat(archive.text()).isEqualTo("archived copy");
        assertThat(report.html()).doesNotContain("utm_campaign", "gclid");
    }

    private CSVRecord csvRecord(String path, String statement) throws Exception {
        Api.Response r = checker.get(path);
        assertThat(r.status()).isEqualTo(200);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body())).getRecords().stream()
                .filter(c -> c.get("statement").equals(statement)).findFirst().orElseThrow();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void pdf_report_is_served_inline_with_an_arabic_file_name() {
        Api.Response r = checker.send(checker.request("/api/v1/articles/" + article + "/report.pdf?lang=ar").GET());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/pdf");
        assertThat(new String(r.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String disposition = header("/api/v1/articles/" + article + "/report.pdf", "Content-Disposition");
        assertThat(disposition).startsWith("inline; filename=\"").contains("filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("''") + 2);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("تقرير القمح.pdf");
    }

    @Test
    void html_report_is_html_in_the_requested_language() {
        Api.Response r = checker.get("/api/v1/articles/" + article + "/report.html?lang=en");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("dir=\"rtl\"", "Claim verification report", "True");
    }

    @Test
    void reports_and_suggestions_of_an_article_over_their_limits_are_refused_before_any_work() {
        ReportFixtures f = new ReportFixtures(dsl);
        long user = f.user("api-report-checker", "x", UserRole.CHECKER);
        String sentence = "ارتفع إنتاج القمح بنسبة 12 في المئة هذا العام. ";
        String body = sentence.repeat(ReportService.MAX_PDF_CODE_POINTS / sentence.length() + 10).strip();
        long big = f.article(user, "مقال طويل", "https://news.example/ar/long-" + System.nanoTime(), body, "ar");
        int length = body.codePointCount(0, body.length());

        Api.Response pdf = checker.get("/api/v1/articles/" + big + "/report.pdf");
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(422);
        assertThat(pdf.contentType()).startsWith("application/problem+json");
        assertThat(pdf.json().get("code").asText()).isEqualTo("report.tooLarge.pdf");
        assertThat(pdf.json().get("detail").asText()).isEqualTo("The article has " + length
                + " characters; a PDF report is made for articles of at most 300000. Download the HTML report, or "
                + "split the article.");
        assertThat(checker.get("/api/v1/articles/" + big + "/report.html").status()).isEqualTo(200);

        String huge = sentence.repeat(ClaimService.MAX_SUGGESTION_CODE_POINTS / sentence.length() + 10).strip();
        long tooLong = f.article(user, "مقال أطول", "https://news.example/ar/longer-" + System.nanoTime(), huge, "ar");
        Api.Response segments = checker.get("/api/v1/articles/" + tooLong + "/segments");
        assertThat(segments.status()).as(segments.body()).isEqualTo(422);
        assertThat(segments.json().get("code").asText()).isEqualTo("claim.suggestions.tooLarge");
        assertThat(checker.get("/api/v1/articles/" + big + "/segments").status()).isEqualTo(200);
    }

    @Test
    void report_of_a_missing_article_is_404_problem() {
        Api.Response r = checker.get("/api/v1/articles/999999999/report.html");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void csv_export_streams_with_bom_and_attachment_name() {
        Api.Response r = checker.get("/api/v1/export/claims.csv?articleId=" + article);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        assertThat(r.bytes()[0] & 0xFF).isEqualTo(0xEF);
        assertThat(r.body()).contains("'=1+1");
        Api.Response noBom = checker.get("/api/v1/export/claims.csv?articleId=" + article + "&bom=false");
        assertThat(noBom.body()).startsWith("article id,article title,article URL,");
        assertThat(header("/api/v1/export/claims.csv?articleId=" + article, "Content-Disposition"))
                .startsWith("attachment; filename=\"claims-").endsWith(".csv");
    }

    @Test
    void json_ld_exports_have_their_media_types() {
        Api.Response reviews = checker.get("/api/v1/export/claimreview.jsonld?articleId=" + article);
        assertThat(reviews.status()).isEqualTo(200);
        assertThat(reviews.contentType()).startsWith("application/ld+json");
        assertThat(reviews.json()).hasSize(1);
        Api.Response annotations = checker.get("/api/v1/export/annotations.jsonld?articleId=" + article
                + "&status=APPROVED&from=2024-01-01&to=2024-12-31");
        assertThat(annotations.contentType()).contains("anno.jsonld");
        assertThat(annotations.json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void bad_filters_are_422_before_anything_is_streamed() {
        Api.Response r = checker.get("/api/v1/export/claims.csv?status=PUBLISHED");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asText()).contains("Unknown status");
        assertThat(checker.get("/api/v1/export/claims.csv?dateField=tomorrow").status()).isEqualTo(422);
    }

    @Test
    void full_export_and_import_are_for_admins_only() {
        assertThat(checker.get("/api/v1/export/claims.json").status()).isEqualTo(403);
        assertThat(checker.postRaw("/api/v1/import", "{}").status()).isEqualTo(403);
        Api.Response export = admin.get("/api/v1/export/claims.json");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("format").asText()).isEqualTo("claimdesk-export");
        // no field of any exported user holds a password or its hash (user names may contain the word)
        export.json().get("users").forEach(u -> u.fieldNames().forEachRemaining(field ->
                assertThat(field).as("field of an exported user").doesNotContainIgnoringCase("password")));
        assertThat(export.json().get("users").toString()).doesNotContain("$2a$").doesNotContain("$2b$");
    }

    @Test
    void import_into_a_instance_with_content_is_409() {
        Api.Response export = admin.get("/api/v1/export/claims.json");
        Api.Response r = admin.send(admin.request("/api/v1/import").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(export.bytes())));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asText()).contains("empty instance");
    }

    private String header(String path, String name) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(checker.request(path).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue(name).orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
