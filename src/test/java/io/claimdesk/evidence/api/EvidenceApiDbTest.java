package io.claimdesk.evidence.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceApiDbTest extends IntegrationTest {

    @Autowired
    Fixtures fixtures;

    Api checker;
    Api supervisor;
    long claim1;
    long claim2;
    String tag;

    @BeforeEach
    void setUp() {
        AppUser author = accounts.ensure("evapi-checker", Role.CHECKER);
        accounts.ensure("evapi-supervisor", Role.SUPERVISOR);
        checker = new Api(baseUrl(), "evapi-checker", TestAccounts.PASSWORD);
        supervisor = new Api(baseUrl(), "evapi-supervisor", TestAccounts.PASSWORD);
        long article = fixtures.article(author.id(), "Wheat", Fixtures.ARABIC_STORY, "ar");
        claim1 = fixtures.claim(article, "إنتاج القمح ارتفع بنسبة 12 في المئة", author.id());
        claim2 = fixtures.claim(article, "ستوزع 40 ألف طن من البذور", author.id());
        tag = Long.toString(System.nanoTime());
    }

    @Test
    void posting_evidence_returns_it_with_its_source_and_one_source_serves_two_spellings() {
        Api.Response first = checker.post("/api/v1/claims/" + claim1 + "/evidence", Map.of(
                "url", "https://www.Example.com/news/story-" + tag + "?utm_source=x&id=5#top",
                "stance", "Supports", "excerpt", "ارتفع الإنتاج", "title", "Story", "sourceType", "news_report"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode e = first.json();
        assertThat(e.get("stance").asText()).isEqualTo("supports");
        assertThat(e.get("excerpt").asText()).isEqualTo("ارتفع الإنتاج");
        JsonNode source = e.get("source");
        assertThat(source.get("canonicalUrl").asText()).isEqualTo("https://example.com/news/story-" + tag + "?id=5");
        assertThat(source.get("url").asText()).startsWith("https://www.Example.com/");
        assertThat(source.get("sourceType").asText()).isEqualTo("news_report");
        assertThat(source.get("reliability").asText()).isEqualTo("unrated");

        Api.Response second = checker.post("/api/v1/claims/" + claim2 + "/evidence", Map.of(
                "url", "https://example.com/news/story-" + tag + "?id=5", "stance", "REFUTES"));
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("source").get("id").asLong()).isEqualTo(source.get("id").asLong());

        Api.Response page = checker.get("/api/v1/sources?q=" + enc("story-" + tag) + "&limit=10");
        assertThat(page.json().get("total").asInt()).isOne();
        assertThat(page.json().get("items").get(0).get("citingClaims").asInt()).isEqualTo(2);
        assertThat(page.json().get("limit").asInt()).isEqualTo(10);

        Api.Response detail = checker.get("/api/v1/sources/" + source.get("id").asLong());
        assertThat(detail.json().get("claims")).hasSize(2);

        Api.Response list = checker.get("/api/v1/claims/" + claim1 + "/evidence");
        assertThat(list.json()).hasSize(1);
    }

    @Test
    void javascript_data_and_overlong_links_are_refused_with_a_clear_message() {
        Map<String, String> cases = Map.of(
                "javascript:alert(document.cookie)", "javascript:",
                "data:text/html;base64,PHNjcmlwdD4=", "data:",
                "https://example.com/" + "x".repeat(3000 - 20), "2,048");
        cases.forEach((url, expected) -> {
            Api.Response r = checker.post("/api/v1/claims/" + claim1 + "/evidence", Map.of("url", url, "stance", "supports"));
            assertThat(r.status()).as(url.substring(0, 20)).isEqualTo(422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asText()).contains(expected);
        });
        assertThat(checker.get("/api/v1/claims/" + claim1 + "/evidence").json()).isEmpty();

        Api.Response badStance = checker.post("/api/v1/claims/" + claim1 + "/evidence",
                Map.of("url", "https://example.com/ok", "stance", "agrees"));
        assertThat(badStance.status()).isEqualTo(422);
        assertThat(badStance.json().get("detail").asText()).contains("supports, refutes or context");
        Api.Response noClaim = checker.post("/api/v1/claims/" + Long.MAX_VALUE + "/evidence",
                Map.of("url", "https://example.com/ok", "stance", "supports"));
        assertThat(noClaim.status()).isEqualTo(404);
    }

    @Test
    void duplicate_link_and_stale_version_are_409() {
        String url = "https://dup.example/" + tag;
        JsonNode e = checker.post("/api/v1/claims/" + claim1 + "/evidence", Map.of("url", url, "stance", "context")).json();
        Api.Response again = checker.post("/api/v1/claims/" + claim1 + "/evidence",
                Map.of("url", url + "?utm_campaign=again", "stance", "supports"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("already cites");

        long id = e.get("id").asLong();
        int version = e.get("version").asInt();
        Api.Response patched = checker.patch("/api/v1/evidence/" + id, Map.of("version", version, "stance", "refutes",
                "note", "checked twice"));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("stance").asText()).isEqualTo("refutes");

        Api.Response stale = checker.patch("/api/v1/evidence/" + id, Map.of("version", version, "note", "late"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(version + 1);
        assertThat(stale.json().get("changedBy").asText()).isEqualTo("Evapi checker");

        Api.Response staleDelete = checker.send(checker.request("/api/v1/evidence/" + id + "?version=" + version).DELETE());
        assertThat(staleDelete.status()).isEqualTo(409);
        Api.Response deleted = checker.send(checker.request("/api/v1/evidence/" + id + "?version=" + (version + 1)).DELETE());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(checker.get("/api/v1/claims/" + claim1 + "/evidence").json()).isEmpty();
    }

    @Test
    void only_a_supervisor_merges_and_rates_sources() {
        JsonNode a = checker.post("/api/v1/claims/" + claim1 + "/evidence",
                Map.of("url", "https://merge-a.example/" + tag, "stance", "supports")).json().get("source");
        JsonNode b = checker.post("/api/v1/claims/" + claim2 + "/evidence",
                Map.of("url", "https://merge-b.example/" + tag, "stance", "refutes")).json().get("source");

        Api.Response refused = checker.post("/api/v1/sources/" + a.get("id").asLong() + "/merge",
                Map.of("otherId", b.get("id").asLong()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).isNotBlank();
        Map<String, Object> rate = new HashMap<>(Map.of("version", a.get("version").asInt(), "reliability", "reliable"));
        assertThat(checker.patch("/api/v1/sources/" + a.get("id").asLong(), rate).status()).isEqualTo(403);

        Api.Response titled = checker.patch("/api/v1/sources/" + a.get("id").asLong(),
                Map.of("version", a.get("version").asInt(), "title", "Merge A"));
        assertThat(titled.status()).isEqualTo(200);
        assertThat(titled.json().get("title").asText()).isEqualTo("Merge A");

        rate.put("version", titled.json().get("version").asInt());
        Api.Response rated = supervisor.patch("/api/v1/sources/" + a.get("id").asLong(), rate);
        assertThat(rated.status()).isEqualTo(200);
        assertThat(rated.json().get("reliability").asText()).isEqualTo("reliable");

        Api.Response merged = supervisor.post("/api/v1/sources/" + a.get("id").asLong() + "/merge",
                Map.of("otherId", b.get("id").asLong()));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("movedLinks").asInt()).isOne();
        assertThat(merged.json().get("source").get("citingClaims").asInt()).isEqualTo(2);
        assertThat(checker.get("/api/v1/sources/" + b.get("id").asLong()).status()).isEqualTo(404);
        assertThat(checker.get("/api/v1/claims/" + claim2 + "/evidence").json().get(0).get("source").get("id").asLong())
                .isEqualTo(a.get("id").asLong());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
