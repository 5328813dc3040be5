package io.claimdesk.user.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;

import static io.claimdesk.db.Tables.API_TOKEN;
import static io.claimdesk.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal access tokens over the API: shown once, stored as SHA-256, scoped READ / WRITE / ADMIN, expiring,
 * last use noted, revocable, sent as {@code Authorization: Bearer}; HTTP Basic stays without a browser challenge.
 */
class ApiTokenDbTest extends IntegrationTest {

    private static final String ADMIN_PASSWORD = "admin-test-password-1";

    @Autowired
    DSLContext dsl;

    private JsonNode create(Api as, String name, String scope) {
        Api.Response r = as.post("/api/v1/me/tokens", Map.of("name", name, "scope", scope));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void a_token_is_shown_once_stored_as_its_sha256_and_signs_in_as_bearer() throws Exception {
        accounts.ensure("token-checker", Role.CHECKER);
        Api basic = new Api(baseUrl(), "token-checker", TestAccounts.PASSWORD);
        JsonNode created = create(basic, "laptop script", "WRITE");
        String token = created.get("token").asText();
        assertThat(token).startsWith("cdk_").hasSize(47);
        assertThat(created.get("prefix").asText()).isEqualTo(token.substring(0, 12));
        assertThat(created.get("scope").asText()).isEqualTo("WRITE");
        assertThat(OffsetDateTime.parse(created.get("expiresAt").asText()))
                .isBetween(OffsetDateTime.now().plusDays(89), OffsetDateTime.now().plusDays(91));

        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        var row = dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(created.get("id").asLong())).fetchSingle();
        assertThat(row.getTokenHash()).isEqualTo(hash);
        assertThat(row.intoMap().values()).doesNotContain(token);

        Api bearer = Api.bearer(baseUrl(), token);
        Api.Response me = bearer.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo("token-checker");

        JsonNode listed = basic.get("/api/v1/me/tokens").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asText()).isEqualTo("laptop script");
        assertThat(listed.get(0).get("token").isNull()).isTrue();
        assertThat(listed.get(0).get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() {
        accounts.ensure("token-lastuse", Role.CHECKER);
        JsonNode created = create(new Api(baseUrl(), "token-lastuse", TestAccounts.PASSWORD), "ci", "READ");
        Api bearer = Api.bearer(baseUrl(), created.get("token").asText());
        long id = created.get("id").asLong();
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);
        OffsetDateTime first = dsl.select(API_TOKEN.LAST_USED_AT).from(API_TOKEN).where(API_TOKEN.ID.eq(id))
                .fetchSingle(API_TOKEN.LAST_USED_AT);
        assertThat(first).isNotNull();
        for (int i = 0; i < 5; i++) {
            assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);
        }
        assertThat(dsl.select(API_TOKEN.LAST_USED_AT).from(API_TOKEN).where(API_TOKEN.ID.eq(id))
                .fetchSingle(API_TOKEN.LAST_USED_AT)).isEqualTo(first);
    }

    @Test
    void scopes_read_write_admin() {
        Api admin = new Api(baseUrl(), "admin", ADMIN_PASSWORD);
        Api read = Api.bearer(baseUrl(), create(admin, "reader", "READ").get("token").asText());
        Api write = Api.bearer(baseUrl(), create(admin, "writer", "WRITE").get("token").asText());
        Api full = Api.bearer(baseUrl(), create(admin, "administrator", "ADMIN").get("token").asText());

        // READ: reads only
        assertThat(read.get("/api/v1/claims").status()).isEqualTo(200);
        Api.Response refused = read.post("/api/v1/me/tokens", Map.of("name", "x", "scope", "READ"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("This API token has the READ scope: it can only read (GET).");

        // WRITE: changes, but nothing that needs the ADMIN role, and no wider token
        assertThat(write.post("/api/v1/me/tokens", Map.of("name", "child", "scope", "READ")).status())
                .isEqualTo(201);
        assertThat(write.get("/api/v1/users").status()).isEqualTo(403);
        Api.Response wider = write.post("/api/v1/me/tokens", Map.of("name", "wider", "scope", "ADMIN"));
        assertThat(wider.status()).isEqualTo(403);
        assertThat(wider.json().get("detail").asText()).isEqualTo("A WRITE token cannot create a ADMIN token.");

        // ADMIN: what the administrator may do
        assertThat(full.get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void only_administrators_create_admin_tokens_and_bad_input_is_422() {
        accounts.ensure("token-nonadmin", Role.SUPERVISOR);
        Api basic = new Api(baseUrl(), "token-nonadmin", TestAccounts.PASSWORD);
        Api.Response admin = basic.post("/api/v1/me/tokens", Map.of("name", "x", "scope", "ADMIN"));
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.json().get("detail").asText())
                .isEqualTo("Only administrators can create tokens with the ADMIN scope.");
        Api.Response days = basic.post("/api/v1/me/tokens", Map.of("name", "x", "scope", "READ",
                "expiresInDays", 400));
        assertThat(days.status()).isEqualTo(422);
        assertThat(days.json().get("detail").asText())
                .isEqualTo("A token expires after 1 to 365 days; 400 is out of range.");
        Api.Response scope = basic.post("/api/v1/me/tokens", Map.of("name", "x", "scope", "EVERYTHING"));
        assertThat(scope.status()).isEqualTo(400);
        assertThat(scope.json().get("detail").asText()).isEqualTo("The field 'scope' must be one of [READ, WRITE, ADMIN].");
    }

    @Test
    void expired_revoked_unknown_tokens_and_deactivated_owners_are_refused_with_a_bearer_challenge() {
        accounts.ensure("token-refused", Role.CHECKER);
        Api basic = new Api(baseUrl(), "token-refused", TestAccounts.PASSWORD);
        JsonNode expiring = create(basic, "expiring", "READ");
        JsonNode revoked = create(basic, "revoked", "READ");
        JsonNode owner = create(basic, "owner goes", "READ");

        dsl.update(API_TOKEN).set(API_TOKEN.EXPIRES_AT, OffsetDateTime.now().minusSeconds(1))
                .where(API_TOKEN.ID.eq(expiring.get("id").asLong())).execute();
        assertInvalid(Api.bearer(baseUrl(), expiring.get("token").asText()).get("/api/v1/me"));

        assertThat(Api.bearer(baseUrl(), revoked.get("token").asText()).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(basic.delete("/api/v1/me/tokens/" + revoked.get("id").asLong()).status()).isEqualTo(204);
        assertInvalid(Api.bearer(baseUrl(), revoked.get("token").asText()).get("/api/v1/me"));
        assertThat(basic.get("/api/v1/me/tokens").json().findValuesAsText("revokedAt").stream()
                .filter(v -> !v.equals("null")).count()).isEqualTo(1);

        assertInvalid(Api.bearer(baseUrl(), "cdk_" + "A".repeat(43)).get("/api/v1/me"));

        // someone else's token cannot be revoked by a non-admin
        accounts.ensure("token-other", Role.CHECKER);
        assertThat(new Api(baseUrl(), "token-other", TestAccounts.PASSWORD)
                .delete("/api/v1/me/tokens/" + owner.get("id").asLong()).status()).isEqualTo(404);

        dsl.update(APP_USER).set(APP_USER.ACTIVE, false).where(APP_USER.USERNAME.eq("token-refused")).execute();
        assertInvalid(Api.bearer(baseUrl(), owner.get("token").asText()).get("/api/v1/me"));
    }

    private static void assertInvalid(Api.Response r) {
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).isEqualTo("The API token is unknown, expired or revoked.");
        assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow())
                .isEqualTo("Bearer realm=\"Claimdesk\", error=\"invalid_token\"");
    }

    @Test
    void http_basic_still_works_but_never_sends_a_browser_challenge() {
        Api anonymous = new Api(baseUrl(), null, null);
        Api.Response none = anonymous.get("/api/v1/me");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"Claimdesk\"");

        accounts.ensure("token-basic", Role.CHECKER);
        Api.Response wrong = new Api(baseUrl(), "token-basic", "wrong-password").get("/api/v1/me");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"Claimdesk\"");
        assertThat(wrong.json().get("detail").asText()).isEqualTo("Sign in with an API token (Authorization: "
                + "Bearer) or HTTP Basic: a valid username and password are required.");

        assertThat(new Api(baseUrl(), "token-basic", TestAccounts.PASSWORD).get("/api/v1/me").status())
                .isEqualTo(200);
    }
}
