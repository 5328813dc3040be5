package io.claimdesk.evidence.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: links in imported HTML become candidate sources of the claims from their paragraph. */
class CandidateSourcesApiDbTest extends IntegrationTest {

    private Api checker;

    @BeforeEach
    void account() {
        accounts.ensure("candidate-checker", Role.CHECKER);
        checker = new Api(baseUrl(), "candidate-checker", TestAccounts.PASSWORD);
    }

    @Test
    void links_of_the_claims_paragraph_are_offered_and_one_is_added_as_evidence() {
        String marker = UUID.randomUUID().toString();
        String html = """
                <html><head><title>أرقام الموانئ</title></head><body><article><h1>أرقام الموانئ</h1>
                <p>نشرت الوزارة <a href="/reports/ports-2026.pdf">تقريرها السنوي</a> وقالت إن 40 سفينة رست في مارس
                بحسب <a href="https://www.who.int/news/item/1">مذكرة المنظمة</a> <a href="java&#9;script:alert(1)">هنا</a>
                <a href=" JaVaScRiPt:alert(2)">وهنا</a> %s.</p>
                <p>وأضاف المتحدث أن الحركة ستعود إلى طبيعتها <a href="https://example.org/other">قريبا</a>.</p>
                </article></body></html>""".formatted(marker);
        Api.Response imported = checker.postFile("/api/v1/articles", "ports.html", "text/html",
                html.getBytes(StandardCharsets.UTF_8), Map.of("url", "https://news.example.org/world/ports.html"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long articleId = imported.json().get("id").asLong();

        Api.Response claim = checker.post("/api/v1/articles/" + articleId + "/claims",
                Map.of("quote", "وقالت إن 40 سفينة رست في مارس"));
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        long claimId = claim.json().get("id").asLong();

        Api.Response offered = checker.get("/api/v1/claims/" + claimId + "/candidate-sources");
        assertThat(offered.status()).as(offered.body()).isEqualTo(200);
        assertThat(rows(offered.json())).containsExactly(
                "https://news.example.org/reports/ports-2026.pdf | تقريرها السنوي | false",
                "https://www.who.int/news/item/1 | مذكرة المنظمة | false");
        assertThat(offered.json().get(0).get("paragraph").asText()).startsWith("نشرت الوزارة تقريرها السنوي")
                .endsWith(marker + ".");
        assertThat(offered.body()).doesNotContainIgnoringCase("script");

        Api.Response added = checker.post("/api/v1/claims/" + claimId + "/evidence",
                Map.of("url", "https://www.who.int/news/item/1", "stance", "context"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(rows(checker.get("/api/v1/claims/" + claimId + "/candidate-sources").json())).containsExactly(
                "https://news.example.org/reports/ports-2026.pdf | تقريرها السنوي | false",
                "https://www.who.int/news/item/1 | مذكرة المنظمة | true");

        // a claim from the other paragraph is offered only that paragraph's link
        Api.Response other = checker.post("/api/v1/articles/" + articleId + "/claims",
                Map.of("quote", "الحركة ستعود إلى طبيعتها"));
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        assertThat(rows(checker.get("/api/v1/claims/" + other.json().get("id").asLong() + "/candidate-sources")
                .json())).containsExactly("https://example.org/other | قريبا | false");
    }

    private static List<String> rows(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(c -> out.add(c.get("url").asText() + " | " + c.get("anchorText").asText() + " | "
                + c.get("cited").asBoolean()));
        return out;
    }
}
