package io.claimdesk.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportApiTest extends IntegrationTest {

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
        f.decide(claim, ClaimStatus.APPROVED, "TRUE", "why", user, supervisor);
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
        assertThat(noBom.body()).startsWith("article title,");
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
        assertThat(export.json().get("users").toString()).doesNotContain("password");
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
