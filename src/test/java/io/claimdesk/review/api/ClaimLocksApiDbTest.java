package io.claimdesk.review.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: every path that changes what a claim in review or approved says goes through the same lock as PATCH,
 * and the tag rule is one rule. Over the API, as a checker and a supervisor would do it.
 */
class ClaimLocksApiDbTest extends IntegrationTest {

    @Autowired
    ReviewFixtures fixtures;

    private Api as(AppUser user) {
        return new Api(baseUrl(), user.username(), TestAccounts.PASSWORD);
    }

    /** A claim taken through start, propose and approve; returns its id (version 3, APPROVED). */
    private long approvedClaim(AppUser checker, AppUser supervisor) {
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        transition(as(checker), claim, Map.of("action", "start", "version", 0), "IN_PROGRESS");
        transition(as(checker), claim, Map.of("action", "propose", "verdict", "MOSTLY_TRUE",
                "rationale", "The ministry's own figures show 11.6 per cent.", "version", 1), "READY_FOR_REVIEW");
        transition(as(supervisor), claim, Map.of("action", "approve", "version", 2), "APPROVED");
        return claim;
    }

    private static void transition(Api api, long claim, Map<String, Object> body, String expected) {
        Api.Response r = api.post("/api/v1/claims/" + claim + "/transitions", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo(expected);
    }

    @Test
    void bulk_add_tags_and_reattach_on_an_approved_claim_are_refused_like_patch() {
        AppUser checker = accounts.ensure("locks-checker-1", Role.CHECKER);
        AppUser supervisor = accounts.ensure("locks-supervisor-1", Role.SUPERVISOR);
        long claim = approvedClaim(checker, supervisor);
        Api api = as(checker);
        JsonNode before = api.get("/api/v1/claims/" + claim).json();

        Api.Response patch = api.patch("/api/v1/claims/" + claim, Map.of("version", 3, "tags", List.of("economy")));
        assertThat(patch.status()).as(patch.body()).isEqualTo(409);

        Api.Response bulk = api.post("/api/v1/claims/bulk", Map.of("claimIds", List.of(claim),
                "action", "add_tags", "tags", List.of("economy")));
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(409);
        assertThat(bulk.contentType()).startsWith("application/problem+json");
        assertThat(bulk.json().get("detail").asText()).contains("approved");

        Api.Response reattach = api.post("/api/v1/claims/" + claim + "/reattach",
                Map.of("version", 3, "start", 0, "end", 5));
        assertThat(reattach.status()).as(reattach.body()).isEqualTo(409);
        assertThat(reattach.json().get("detail").asText()).contains("approved");

        JsonNode after = api.get("/api/v1/claims/" + claim).json();
        assertThat(after.get("quote").asText()).isEqualTo(before.get("quote").asText());
        assertThat(after.get("tags")).isEqualTo(before.get("tags"));
        assertThat(after.get("status").asText()).isEqualTo("APPROVED");
        assertThat(after.get("version").asInt()).isEqualTo(3);
    }

    @Test
    void a_bulk_tag_request_with_one_locked_claim_changes_none() {
        AppUser checker = accounts.ensure("locks-checker-2", Role.CHECKER);
        AppUser supervisor = accounts.ensure("locks-supervisor-2", Role.SUPERVISOR);
        long approved = approvedClaim(checker, supervisor);
        long open = fixtures.claim(checker.id());
        Api api = as(checker);

        Api.Response bulk = api.post("/api/v1/claims/bulk", Map.of("claimIds", List.of(open, approved),
                "action", "add_tags", "tags", List.of("economy")));
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(409);
        assertThat(api.get("/api/v1/claims/" + open).json().get("tags")).isEmpty();
    }

    @Test
    void a_50_character_tag_is_refused_through_patch_and_bulk_alike_and_a_40_character_one_is_kept() {
        AppUser checker = accounts.ensure("locks-checker-3", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        Api api = as(checker);
        String fifty = "و".repeat(50);
        String forty = "t".repeat(40);

        Api.Response patch = api.patch("/api/v1/claims/" + claim, Map.of("version", 0, "tags", List.of(fifty)));
        assertThat(patch.status()).as(patch.body()).isEqualTo(422);
        assertThat(patch.json().get("detail").asText()).contains("40");
        Api.Response bulk = api.post("/api/v1/claims/bulk", Map.of("claimIds", List.of(claim),
                "action", "add_tags", "tags", List.of(fifty)));
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(422);
        assertThat(bulk.json().get("detail").asText()).contains("40");

        Api.Response ok = api.post("/api/v1/claims/bulk", Map.of("claimIds", List.of(claim),
                "action", "add_tags", "tags", List.of(forty)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/claims/" + claim).json().get("tags").get(0).asText()).isEqualTo(forty);
    }

    @Test
    void an_article_edit_that_orphans_an_approved_claim_returns_it_to_review_with_a_history_note() {
        AppUser checker = accounts.ensure("locks-checker-4", Role.CHECKER);
        AppUser supervisor = accounts.ensure("locks-supervisor-4", Role.SUPERVISOR);
        long claim = approvedClaim(checker, supervisor);
        Api api = as(checker);
        long article = api.get("/api/v1/claims/" + claim).json().get("articleId").asLong();
        JsonNode a = api.get("/api/v1/articles/" + article).json();

        String reviewedBefore = api.get("/api/v1/export/claimreview.jsonld?articleId=" + article).body();
        assertThat(reviewedBefore).contains("ارتفع بنسبة 12 في المئة");

        // the first sentence (which holds the approved quote) is deleted
        String body = Fixtures.ARABIC_STORY.substring(Fixtures.ARABIC_STORY.indexOf('\n') + 1);
        Map<String, Object> edit = new HashMap<>();
        edit.put("version", a.get("version").asInt());
        edit.put("body", body);
        edit.put("note", "first sentence withdrawn by the agency");
        Api.Response edited = api.patch("/api/v1/articles/" + article, edit);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        JsonNode after = api.get("/api/v1/claims/" + claim).json();
        assertThat(after.get("orphaned").asBoolean()).isTrue();
        assertThat(after.get("status").asText()).isEqualTo("READY_FOR_REVIEW");

        JsonNode history = api.get("/api/v1/claims/" + claim + "/history").json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("status.changed");
        assertThat(last.get("before").get("status").asText()).isEqualTo("APPROVED");
        assertThat(last.get("after").get("status").asText()).isEqualTo("READY_FOR_REVIEW");
        assertThat(last.get("note").asText()).isEqualTo("article text changed under the approved quote");
        assertThat(api.get("/api/v1/claims/" + claim + "/history/verify").json().get("intact").asBoolean())
                .isTrue();

        // it has left the public outputs: no ClaimReview for it until approved again
        Api.Response claimReview = api.get("/api/v1/export/claimreview.jsonld?articleId=" + article);
        assertThat(claimReview.status()).isEqualTo(200);
        assertThat(claimReview.body()).doesNotContain("ارتفع بنسبة 12 في المئة");
    }

    /**
     * Issue 14 with the locks of issue 13, as a hostile user would try it: an approved claim whose number is changed
     * in the article becomes an orphan with the changed passage offered, goes back to review, and the offered
     * passage can only be confirmed by its checker with the current version once the claim is editable again.
     */
    @Test
    void a_changed_figure_under_an_approved_claim_is_offered_not_taken_and_confirmed_only_by_the_right_person() {
        AppUser checker = accounts.ensure("locks-checker-5", Role.CHECKER);
        AppUser other = accounts.ensure("locks-checker-6", Role.CHECKER);
        AppUser supervisor = accounts.ensure("locks-supervisor-5", Role.SUPERVISOR);
        long claim = approvedClaim(checker, supervisor);
        Api api = as(checker);
        long article = api.get("/api/v1/claims/" + claim).json().get("articleId").asLong();
        JsonNode a = api.get("/api/v1/articles/" + article).json();

        Map<String, Object> edit = new HashMap<>();
        edit.put("version", a.get("version").asInt());
        edit.put("body", a.get("body").asText().replace("ارتفع بنسبة 12 في المئة", "ارتفع بنسبة 15 في المئة"));
        Api.Response edited = api.patch("/api/v1/articles/" + article, edit);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        JsonNode change = edited.json().get("textChanges").get(0);
        assertThat(change.get("outcome").asText()).isEqualTo("ORPHANED");
        assertThat(change.get("returnedToReview").asBoolean()).isTrue();
        assertThat(change.get("differences").get(0).asText()).isEqualTo("number: 12 → 15");

        JsonNode now = api.get("/api/v1/claims/" + claim).json();
        assertThat(now.get("status").asText()).isEqualTo("READY_FOR_REVIEW");
        assertThat(now.get("quote").asText()).isEqualTo("ارتفع بنسبة 12 في المئة");
        int version = now.get("version").asInt();

        // in review, the quote is locked: not even its checker re-attaches it
        Api.Response locked = api.post("/api/v1/claims/" + claim + "/orphan-candidate/confirm",
                Map.of("version", version));
        assertThat(locked.status()).as(locked.body()).isEqualTo(409);

        transition(as(supervisor), claim, Map.of("action", "request_changes", "reason",
                "The figure changed in the article; check it.", "version", version), "IN_PROGRESS");
        int open = api.get("/api/v1/claims/" + claim).json().get("version").asInt();
        Api.Response stranger = as(other).post("/api/v1/claims/" + claim + "/orphan-candidate/confirm",
                Map.of("version", open));
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(403);
        Api.Response stale = api.post("/api/v1/claims/" + claim + "/orphan-candidate/confirm",
                Map.of("version", open - 1));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        Api.Response confirmed = api.post("/api/v1/claims/" + claim + "/orphan-candidate/confirm",
                Map.of("version", open));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("quote").asText()).isEqualTo("ارتفع بنسبة 15 في المئة");
        assertThat(confirmed.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(api.get("/api/v1/claims/" + claim + "/history/verify").json().get("intact").asBoolean())
                .isTrue();
    }
}
