package io.claimdesk.claim.api;

import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static io.claimdesk.db.Tables.EVIDENCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ownership over the API (issue 12, acceptance 6): a checker changes, dismisses or deletes only the claims they
 * created or are assigned to, and evidence they added or that belongs to such a claim; supervisors act on any.
 * Refusals are 403 problem+json with a detail, and write nothing.
 */
class OwnershipApiDbTest extends IntegrationTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    DSLContext dsl;

    private Api as(AppUser user) {
        return new Api(baseUrl(), user.username(), TestAccounts.PASSWORD);
    }

    private static final String CLAIM_REFUSAL = "Only the checker who created claim %d or is assigned to it, or a "
            + "supervisor, may %s it.";

    @Test
    void a_checkers_delete_of_a_colleagues_claim_is_403_and_a_supervisors_is_allowed() {
        AppUser nour = accounts.ensure("own-nour", Role.CHECKER);
        AppUser omar = accounts.ensure("own-omar", Role.CHECKER);
        AppUser sami = accounts.ensure("own-sami", Role.SUPERVISOR);
        long claim = fixtures.claim(nour.id());

        Api.Response refused = as(omar).delete("/api/v1/claims/" + claim + "?version=0&reason=duplicate");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).isEqualTo(CLAIM_REFUSAL.formatted(claim, "delete"));
        assertThat(refused.json().get("code").asText()).isEqualTo("ownership.claim.delete");
        assertThat(dsl.select(CLAIM.REMOVED).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle().value1()).isFalse();
        assertThat(dsl.fetchCount(CLAIM_EVENT, CLAIM_EVENT.CLAIM_ID.eq(claim))).isZero();

        Api.Response patch = as(omar).patch("/api/v1/claims/" + claim, Map.of("version", 0, "claimant", "Omar"));
        assertThat(patch.status()).isEqualTo(403);
        assertThat(patch.json().get("detail").asText()).isEqualTo(CLAIM_REFUSAL.formatted(claim, "change"));

        Api.Response removed = as(sami).delete("/api/v1/claims/" + claim + "?version=0&reason=duplicate");
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(dsl.select(CLAIM.REMOVED).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle().value1()).isTrue();

        // the creator deletes their own claim
        long own = fixtures.claim(nour.id());
        assertThat(as(nour).delete("/api/v1/claims/" + own + "?version=0").status()).isEqualTo(204);
    }

    @Test
    void dismissing_is_for_the_assignee_the_creator_or_a_supervisor_and_starting_an_unassigned_claim_is_open() {
        AppUser nour = accounts.ensure("own-nour", Role.CHECKER);
        AppUser omar = accounts.ensure("own-omar", Role.CHECKER);
        AppUser lina = accounts.ensure("own-lina", Role.CHECKER);
        AppUser sami = accounts.ensure("own-sami", Role.SUPERVISOR);
        long claim = fixtures.claim(nour.id());
        String transitions = "/api/v1/claims/" + claim + "/transitions";

        Api.Response dismiss = as(omar).post(transitions, Map.of("action", "dismiss", "reason", "opinion",
                "version", 0));
        assertThat(dismiss.status()).isEqualTo(403);
        assertThat(dismiss.json().get("detail").asText()).isEqualTo(CLAIM_REFUSAL.formatted(claim, "dismiss"));
        Api.Response bulk = as(omar).post("/api/v1/claims/bulk", Map.of("claimIds", List.of(claim),
                "action", "dismiss", "reason", "opinion"));
        assertThat(bulk.status()).isEqualTo(403);
        Api.Response tags = as(omar).post("/api/v1/claims/bulk", Map.of("claimIds", List.of(claim),
                "action", "add_tags", "tags", List.of("economy")));
        assertThat(tags.status()).isEqualTo(403);
        assertThat(tags.json().get("detail").asText())
                .isEqualTo(CLAIM_REFUSAL.formatted(claim, "change the tags of"));

        // Omar takes the unassigned claim by starting it; then it is his to dismiss, and no longer Lina's to start
        Api.Response started = as(omar).post(transitions, Map.of("action", "start", "version", 0));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("assigneeId").asLong()).isEqualTo(omar.id());
        Api.Response linaDismiss = as(lina).post(transitions, Map.of("action", "dismiss", "reason", "opinion",
                "version", 1));
        assertThat(linaDismiss.status()).isEqualTo(403);
        Api.Response omarDismiss = as(omar).post(transitions, Map.of("action", "dismiss", "reason", "opinion",
                "version", 1));
        assertThat(omarDismiss.status()).as(omarDismiss.body()).isEqualTo(200);
        assertThat(omarDismiss.json().get("status").asText()).isEqualTo("DISMISSED");

        // a supervisor dismisses anyone's claim
        long other = fixtures.claim(nour.id());
        Api.Response bySupervisor = as(sami).post("/api/v1/claims/" + other + "/transitions",
                Map.of("action", "dismiss", "reason", "opinion", "version", 0));
        assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(200);
    }

    @Test
    void evidence_is_changed_or_removed_by_who_added_it_the_claims_owner_or_a_supervisor() {
        AppUser nour = accounts.ensure("own-nour", Role.CHECKER);
        AppUser omar = accounts.ensure("own-omar", Role.CHECKER);
        AppUser lina = accounts.ensure("own-lina", Role.CHECKER);
        AppUser sami = accounts.ensure("own-sami", Role.SUPERVISOR);
        long claim = fixtures.claim(nour.id());
        long byOmar = fixtures.evidence(claim, omar.id());
        long byNour = fixtures.evidence(claim, nour.id());
        String refusal = "Only the checker who added evidence %d, the checker who created or is assigned to claim "
                + claim + ", or a supervisor, may %s it.";

        Api.Response edit = as(lina).patch("/api/v1/evidence/" + byOmar, Map.of("version", 0, "note", "mine now"));
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.contentType()).startsWith("application/problem+json");
        assertThat(edit.json().get("detail").asText()).isEqualTo(refusal.formatted(byOmar, "change"));
        assertThat(edit.json().get("code").asText()).isEqualTo("ownership.evidence.change");
        Api.Response delete = as(lina).delete("/api/v1/evidence/" + byOmar + "?version=0");
        assertThat(delete.status()).isEqualTo(403);
        assertThat(delete.json().get("detail").asText()).isEqualTo(refusal.formatted(byOmar, "delete"));
        // Omar added it but the claim is Nour's: he may change his own link, not Nour's
        assertThat(as(omar).delete("/api/v1/evidence/" + byNour + "?version=0").status()).isEqualTo(403);
        assertThat(dsl.fetchCount(EVIDENCE, EVIDENCE.CLAIM_ID.eq(claim))).isEqualTo(2);

        Api.Response ownEdit = as(omar).patch("/api/v1/evidence/" + byOmar, Map.of("version", 0, "note", "checked"));
        assertThat(ownEdit.status()).as(ownEdit.body()).isEqualTo(200);
        // the claim's creator removes a colleague's link on her claim; a supervisor removes any
        assertThat(as(nour).delete("/api/v1/evidence/" + byOmar + "?version=1").status()).isEqualTo(204);
        assertThat(as(sami).delete("/api/v1/evidence/" + byNour + "?version=0").status()).isEqualTo(204);
        assertThat(dsl.fetchCount(EVIDENCE, EVIDENCE.CLAIM_ID.eq(claim))).isZero();
    }
}
