package io.claimdesk.user.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.support.Api;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UserApiDbTest extends IntegrationTest {

    private Api admin;
    private Api checker;

    @BeforeEach
    void accounts() {
        accounts.ensure("api-checker", Role.CHECKER);
        admin = new Api(baseUrl(), "admin", "admin-test-password-1");
        checker = new Api(baseUrl(), "api-checker", TestAccounts.PASSWORD);
    }

    @Test
    void me_returns_the_signed_in_account_and_its_roles() {
        Api.Response me = checker.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo("api-checker");
        assertThat(me.json().get("roles").get(0).asText()).isEqualTo("CHECKER");
    }

    @Test
    void checker_gets_403_from_every_admin_endpoint() {
        Api.Response list = checker.get("/api/v1/users");
        Api.Response create = checker.post("/api/v1/users",
                Map.of("username", "sneaky", "displayName", "Sneaky", "password", "long-enough-pw", "role", "ADMIN"));
        Api.Response patch = checker.patch("/api/v1/users/1", Map.of("version", 0, "role", "ADMIN"));
        for (Api.Response r : new Api.Response[]{list, create, patch}) {
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asText()).isNotBlank();
        }
        assertThat(admin.get("/api/v1/users?q=sneaky").json().get("total").asInt()).isZero();
    }

    @Test
    void admin_creates_changes_and_deactivates_a_user() {
        Api.Response created = admin.post("/api/v1/users",
                Map.of("username", "Nadia.K", "displayName", "نادية ك", "password", "a-good-password", "role",
                        "CHECKER"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode user = created.json();
        assertThat(user.get("username").asText()).isEqualTo("nadia.k");
        assertThat(user.has("passwordHash")).isFalse();

        long id = user.get("id").asLong();
        Api.Response promoted = admin.patch("/api/v1/users/" + id,
                Map.of("version", user.get("version").asInt(), "role", "SUPERVISOR"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("role").asText()).isEqualTo("SUPERVISOR");

        Api.Response stale = admin.patch("/api/v1/users/" + id,
                Map.of("version", user.get("version").asInt(), "active", false));
        assertThat(stale.status()).isEqualTo(409);

        Api.Response deactivated = admin.patch("/api/v1/users/" + id,
                Map.of("version", promoted.json().get("version").asInt(), "active", false));
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(new Api(baseUrl(), "nadia.k", "a-good-password").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void bad_input_gets_a_clear_problem() {
        Api.Response shortPassword = admin.post("/api/v1/users",
                Map.of("username", "shorty", "displayName", "S", "password", "short", "role", "CHECKER"));
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.json().get("detail").asText()).contains("at least 10 characters");

        Api.Response duplicate = admin.post("/api/v1/users",
                Map.of("username", "admin", "displayName", "Again", "password", "long-enough-pw", "role", "ADMIN"));
        assertThat(duplicate.status()).isEqualTo(409);

        Api.Response broken = admin.postRaw("/api/v1/users", "{not json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("detail").asText()).contains("not valid JSON");
    }

    @Test
    void no_credentials_gives_401_problem() {
        Api.Response anonymous = new Api(baseUrl(), null, null).get("/api/v1/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void openapi_and_health_are_served() throws Exception {
        Api.Response docs = new Api(baseUrl(), null, null).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/me")).isTrue();
        Api.Response health = new Api(baseUrl(), null, null).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.get("components").get("db").get("status").asText()).isEqualTo("UP");
    }
}
