package io.claimdesk.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: every refused API request carries a stable {@code code} beside its English {@code detail}, for the
 * request-level errors too (a date that is no date, a body that is no JSON or is missing, a field of the wrong
 * type, an unknown endpoint, a role that does not allow the call, no sign-in, an invalid source link).
 */
class ApiErrorCodesDbTest extends IntegrationTest {

    private Api checker;
    private long claimId;
    private int version;

    @BeforeEach
    void claim() {
        accounts.ensure("codes-checker", Role.CHECKER);
        checker = new Api(baseUrl(), "codes-checker", TestAccounts.PASSWORD);
        Api.Response article = checker.post("/api/v1/articles", Map.of("body",
                "وقال الوزير إن القطارات ستنقل 15 ألف راكب يوميا. " + UUID.randomUUID() + "\n—", "force", true));
        assertThat(article.status()).as(article.body()).isEqualTo(201);
        JsonNode claim = checker.post("/api/v1/articles/" + article.json().get("id").asLong() + "/claims",
                Map.of("quote", "وقال الوزير إن القطارات ستنقل 15 ألف راكب يوميا")).json();
        claimId = claim.get("id").asLong();
        version = claim.get("version").asInt();
    }

    /** The problem's status, content type and code; returns its body. */
    private static JsonNode problem(Api.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode json = r.json();
        assertThat(json.get("detail").asText()).isNotBlank();
        assertThat(json.path("code").asText()).as(r.body()).isEqualTo(code);
        return json;
    }

    @Test
    void request_errors_carry_a_stable_code_beside_the_english_detail() {
        JsonNode date = problem(checker.patch("/api/v1/claims/" + claimId,
                Map.of("version", version, "claimDate", "31/02/2026")), 422, "request.date.invalid");
        assertThat(date.get("field").asText()).isEqualTo("claimDate");
        assertThat(date.get("detail").asText()).contains("YYYY-MM-DD");

        JsonNode json = problem(checker.postRaw("/api/v1/articles/1/claims", "{\"quote\": \"x\""), 400,
                "request.body.invalidJson");
        assertThat(json.get("detail").asText()).contains("not valid JSON");

        problem(checker.send(checker.request("/api/v1/articles/1/claims").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())), 400, "request.body.missing");

        JsonNode type = problem(checker.patch("/api/v1/claims/" + claimId, Map.of("version", "seven")), 400,
                "request.field.type");
        assertThat(type.get("field").asText()).isEqualTo("version");
        assertThat(type.get("detail").asText()).contains("whole number");

        // a coded domain error keeps its own code
        Api.Response stale = checker.patch("/api/v1/claims/" + claimId, Map.of("version", version + 5,
                "statement", "x y z"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("code").asText()).startsWith("claim.");

        problem(checker.post("/api/v1/sources/1/merge", Map.of("otherId", 2)), 403, "access.denied");
        problem(checker.get("/api/v1/no-such-endpoint"), 404, "resource.notFound");
        problem(new Api(baseUrl(), "codes-checker", "wrong password").get("/api/v1/me"), 401, "auth.required");
        problem(checker.post("/api/v1/claims/" + claimId + "/evidence", Map.of("url", "javascript:alert(1)",
                "stance", "supports")), 422, "source.url.unsupportedScheme");
    }
}
