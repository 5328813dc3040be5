package io.claimdesk.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, "All or nothing": a request commits everything it reports, or nothing. */
class AllOrNothingDbTest extends IntegrationTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DSLContext dsl;

    @Test
    void a_user_patch_with_a_refused_password_changes_nothing() {
        Api admin = new Api(baseUrl(), "admin", "admin-test-password-1");
        AppUser target = accounts.ensure("aon-target", Role.CHECKER);
        int version = dsl.select(APP_USER.VERSION).from(APP_USER).where(APP_USER.ID.eq(target.id()))
                .fetchSingle().value1();

        Api.Response refused = admin.patch("/api/v1/users/" + target.id(),
                Map.of("version", version, "displayName", "Renamed", "role", "SUPERVISOR", "password", "short"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).isEqualTo("A password needs at least 10 characters.");
        var stored = dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(target.id())).fetchSingle();
        assertThat(stored.getDisplayName()).isEqualTo(target.displayName());
        assertThat(stored.getRole().getLiteral()).isEqualTo("CHECKER");
        assertThat(stored.getVersion()).isEqualTo(version);

        // the same request with a good password does both, in one version step each
        Api.Response done = admin.patch("/api/v1/users/" + target.id(),
                Map.of("version", version, "displayName", "Renamed", "password", "a-long-enough-password"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("displayName").asText()).isEqualTo("Renamed");
        assertThat(new Api(baseUrl(), "aon-target", "a-long-enough-password").get("/api/v1/me").status())
                .isEqualTo(200);
    }

    /**
     * The claim and its duplicate warnings are one transaction: when computing the warnings fails (here pg_trgm's
     * similarity() is made unavailable, as a database that goes away between the insert and the warning query
     * would), the answer is 500 and no claim or history event is stored. Before, the claim was committed first.
     */
    @Test
    void a_claim_creation_that_fails_while_computing_its_warnings_stores_nothing() {
        AppUser checker = accounts.ensure("aon-checker", Role.CHECKER);
        Api api = new Api(baseUrl(), checker.username(), TestAccounts.PASSWORD);
        long article = fixtures.article(checker.id(), "Wheat", Fixtures.ARABIC_STORY, "ar");
        long existing = fixtures.claim(article, "ارتفع بنسبة 12 في المئة", checker.id());
        int eventsBefore = dsl.fetchCount(CLAIM_EVENT);
        Map<String, Object> body = Map.of("quote", "إنتاج القمح ارتفع", "statement", "ارتفع بنسبة 12 في المئة");

        // plain SQL: jOOQ has no DSL for ALTER FUNCTION ... RENAME
        dsl.execute("alter function similarity(text, text) rename to similarity_unavailable");
        Api.Response failed;
        try {
            failed = api.post("/api/v1/articles/" + article + "/claims", body);
        } finally {
            dsl.execute("alter function similarity_unavailable(text, text) rename to similarity");
        }
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(dsl.fetchCount(CLAIM, CLAIM.ARTICLE_ID.eq(article))).as("only the fixture's claim").isEqualTo(1);
        assertThat(dsl.fetchCount(CLAIM_EVENT)).isEqualTo(eventsBefore);

        // with the database whole again the same kind of request stores the claim and reports its warning
        Api.Response created = api.post("/api/v1/articles/" + article + "/claims", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode warning = created.json().get("warnings").get(0);
        assertThat(warning.get("code").asText()).isEqualTo("similar-claim-in-article");
        assertThat(warning.get("claimId").asLong()).isEqualTo(existing);
        assertThat(dsl.fetchCount(CLAIM, CLAIM.ARTICLE_ID.eq(article))).isEqualTo(2);
        assertThat(dsl.fetchCount(CLAIM_EVENT)).isEqualTo(eventsBefore + 1);
    }
}
