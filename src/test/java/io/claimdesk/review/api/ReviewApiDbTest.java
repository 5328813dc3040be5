package io.claimdesk.review.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewApiDbTest extends IntegrationTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    DSLContext dsl;

    private Api as(AppUser user) {
        return new Api(baseUrl(), user.username(), TestAccounts.PASSWORD);
    }

    private static Map<String, Object> step(String action, int version) {
        return Map.of("action", action, "version", version);
    }

    @Test
    void checker_proposes_cannot_approve_own_proposal_and_a_supervisor_approves_with_history_naming_each_actor() {
        AppUser checker = accounts.ensure("api-checker-ana", Role.CHECKER);
        AppUser supervisor = accounts.ensure("api-supervisor-sami", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        Api checkerApi = as(checker);
        Api supervisorApi = as(supervisor);

        Api.Response started = checkerApi.post("/api/v1/claims/" + claim + "/transitions", step("start", 0));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("status").asText()).isEqualTo("IN_PROGRESS");

        Api.Response proposed = checkerApi.post("/api/v1/claims/" + claim + "/transitions", Map.of(
                "action", "propose", "verdict", "MOSTLY_TRUE",
                "rationale", "The ministry's own figures show 11.6 per cent.", "version", 1));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(proposed.json().get("status").asText()).isEqualTo("READY_FOR_REVIEW");
        assertThat(proposed.json().get("proposedBy").asLong()).isEqualTo(checker.id());

        Api.Response ownApproval = checkerApi.post("/api/v1/claims/" + claim + "/transitions", step("approve", 2));
        assertThat(ownApproval.status()).isEqualTo(403);
        assertThat(ownApproval.contentType()).startsWith("application/problem+json");
        assertThat(ownApproval.json().get("detail").asText()).contains("supervisor");

        Api.Response approved = supervisorApi.post("/api/v1/claims/" + claim + "/transitions", step("approve", 2));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonNode summary = approved.json();
        assertThat(summary.get("status").asText()).isEqualTo("APPROVED");
        assertThat(summary.get("verdict").asText()).isEqualTo("MOSTLY_TRUE");
        assertThat(summary.get("approvedBy").asLong()).isEqualTo(supervisor.id());
        assertThat(summary.get("approvedAt").asText()).endsWith("Z");
        assertThat(summary.get("version").asInt()).isEqualTo(3);

        JsonNode history = supervisorApi.get("/api/v1/claims/" + claim + "/history").json();
        List<String> steps = new ArrayList<>();
        history.forEach(e -> steps.add(e.get("kind").asText() + ":" + e.get("after").path("status").asText()
                + ":" + e.get("actor").asText()));
        assertThat(steps).containsExactly(
                "claim.assigned::" + checker.displayName(),
                "status.changed:IN_PROGRESS:" + checker.displayName(),
                "status.changed:READY_FOR_REVIEW:" + checker.displayName(),
                "status.changed:APPROVED:" + supervisor.displayName());
        assertThat(history.get(0).get("prevHash").asText()).isEqualTo("0".repeat(64));
        assertThat(history.get(1).get("prevHash").asText()).isEqualTo(history.get(0).get("hash").asText());
        assertThat(history.get(3).get("at").asText()).endsWith("Z");
        assertThat(started.json().get("assigneeId").asLong()).as("starting takes an unassigned claim")
                .isEqualTo(checker.id());

        JsonNode verify = supervisorApi.get("/api/v1/claims/" + claim + "/history/verify").json();
        assertThat(verify.get("intact").asBoolean()).isTrue();
        assertThat(verify.get("checked").asInt()).isEqualTo(4);
    }

    @Test
    void a_supervisor_who_proposed_cannot_approve_the_same_claim() {
        AppUser supervisor = accounts.ensure("api-supervisor-four-eyes", Role.SUPERVISOR);
        long claim = fixtures.claim(supervisor.id());
        fixtures.evidence(claim, supervisor.id());
        Api api = as(supervisor);
        api.post("/api/v1/claims/" + claim + "/transitions", step("start", 0));
        api.post("/api/v1/claims/" + claim + "/transitions", Map.of("action", "propose", "verdict", "FALSE",
                "rationale", "No such figure was published.", "version", 1));
        Api.Response r = api.post("/api/v1/claims/" + claim + "/transitions", step("approve", 2));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asText()).contains("four-eyes");
    }

    @Test
    void proposing_without_evidence_or_without_rationale_is_refused_with_a_clear_detail() {
        AppUser checker = accounts.ensure("api-checker-bad-input", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        Api api = as(checker);
        api.post("/api/v1/claims/" + claim + "/transitions", step("start", 0));

        Api.Response noEvidence = api.post("/api/v1/claims/" + claim + "/transitions", Map.of(
                "action", "propose", "verdict", "FALSE", "rationale", "Contradicted by the ministry.", "version", 1));
        assertThat(noEvidence.status()).isEqualTo(422);
        assertThat(noEvidence.json().get("detail").asText()).contains("evidence");

        fixtures.evidence(claim, checker.id());
        Api.Response noRationale = api.post("/api/v1/claims/" + claim + "/transitions", Map.of(
                "action", "propose", "verdict", "FALSE", "rationale", "   ", "version", 1));
        assertThat(noRationale.status()).isEqualTo(422);
        assertThat(noRationale.json().get("detail").asText()).contains("rationale");

        Api.Response noVerdict = api.post("/api/v1/claims/" + claim + "/transitions", Map.of(
                "action", "propose", "rationale", "Contradicted by the ministry.", "version", 1));
        assertThat(noVerdict.status()).isEqualTo(422);
        assertThat(noVerdict.json().get("detail").asText()).contains("verdict");

        Api.Response unknownVerdict = api.post("/api/v1/claims/" + claim + "/transitions", Map.of(
                "action", "propose", "verdict", "PANTS_ON_FIRE", "rationale", "x", "version", 1));
        assertThat(unknownVerdict.status()).isEqualTo(422);

        Api.Response dismissWithoutReason = api.post("/api/v1/claims/" + claim + "/transitions",
                step("dismiss", 1));
        assertThat(dismissWithoutReason.status()).isEqualTo(422);
        assertThat(dismissWithoutReason.json().get("detail").asText()).contains("reason");

        Api.Response notNow = api.post("/api/v1/claims/" + claim + "/transitions", step("start", 1));
        assertThat(notNow.status()).isEqualTo(409);
        assertThat(notNow.json().get("detail").asText()).contains("IN_PROGRESS");

        Api.Response unknownAction = api.post("/api/v1/claims/" + claim + "/transitions", step("publish", 1));
        assertThat(unknownAction.status()).isEqualTo(422);

        assertThat(dsl.select(CLAIM.VERSION).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle().value1())
                .as("nothing was written").isEqualTo(1);
    }

    @Test
    void two_clients_racing_with_the_same_version_one_wins_and_the_other_gets_409_every_time() throws Exception {
        AppUser first = accounts.ensure("api-race-one", Role.SUPERVISOR);
        AppUser second = accounts.ensure("api-race-two", Role.SUPERVISOR);
        long claim = fixtures.claim(first.id());
        List<Api> clients = List.of(as(first), as(second));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int rounds = 100;
        try {
            for (int round = 0; round < rounds; round++) {
                // dismiss (NEW/IN_PROGRESS -> DISMISSED) and reopen (DISMISSED -> IN_PROGRESS) alternate
                Map<String, Object> body = Map.of("action", round % 2 == 0 ? "dismiss" : "reopen",
                        "reason", "round " + round, "version", round);
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (Api client : clients) {
                    answers.add(pool.submit(() -> {
                        together.await();
                        return client.post("/api/v1/claims/" + claim + "/transitions", body);
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Api.Response> a : answers) {
                    Api.Response r = a.get();
                    statuses.add(r.status());
                    if (r.status() == 409) {
                        assertThat(r.json().get("detail").asText()).contains("changed this claim");
                    }
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(dsl.select(CLAIM.VERSION).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle().value1())
                .isEqualTo(rounds);
        assertThat(dsl.fetchCount(CLAIM_EVENT, CLAIM_EVENT.CLAIM_ID.eq(claim)
                .and(CLAIM_EVENT.KIND.eq("status.changed")))).isEqualTo(rounds);
        assertThat(as(first).get("/api/v1/claims/" + claim + "/history/verify").json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void assignment_taking_bulk_tags_dismissal_and_comments_each_leave_an_event() {
        AppUser supervisor = accounts.ensure("api-assigning-supervisor", Role.SUPERVISOR);
        AppUser checker = accounts.ensure("api-assigned-checker", Role.CHECKER);
        AppUser other = accounts.ensure("api-other-checker", Role.CHECKER);
        long a = fixtures.claim(supervisor.id());
        long b = fixtures.claim(supervisor.id());
        long c = fixtures.claim(supervisor.id());

        assertThat(as(checker).post("/api/v1/claims/assign", Map.of("claimIds", List.of(a, b),
                "assigneeId", checker.id())).status()).as("checkers do not assign").isEqualTo(403);
        Api.Response assigned = as(supervisor).post("/api/v1/claims/assign", Map.of("claimIds", List.of(a, b),
                "assigneeId", checker.id()));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("changed").asInt()).isEqualTo(2);

        Api.Response taken = as(other).post("/api/v1/claims/" + c + "/take", Map.of());
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().get("assigneeId").asLong()).isEqualTo(other.id());
        Api.Response takenAgain = as(checker).post("/api/v1/claims/" + c + "/take", Map.of());
        assertThat(takenAgain.status()).isEqualTo(409);
        assertThat(takenAgain.json().get("detail").asText()).contains(other.displayName());

        Api.Response notAllHis = as(checker).post("/api/v1/claims/bulk", Map.of("claimIds", List.of(a, b, c),
                "action", "add_tags", "tags", List.of("economy", " agriculture ")));
        assertThat(notAllHis.status()).as("c is another checker's: all or nothing").isEqualTo(403);
        assertThat(dsl.select(CLAIM.TAGS).from(CLAIM).where(CLAIM.ID.eq(a)).fetchSingle().value1()).isEmpty();
        Api.Response tagged = as(checker).post("/api/v1/claims/bulk", Map.of("claimIds", List.of(a, b),
                "action", "add_tags", "tags", List.of("economy", " agriculture ")));
        assertThat(tagged.json().get("changed").asInt()).isEqualTo(2);
        assertThat(as(other).post("/api/v1/claims/bulk", Map.of("claimIds", List.of(c),
                "action", "add_tags", "tags", List.of("economy"))).json().get("changed").asInt()).isEqualTo(1);
        as(checker).post("/api/v1/claims/bulk", Map.of("claimIds", List.of(b), "action", "remove_tags",
                "tags", List.of("economy")));
        assertThat(dsl.select(CLAIM.TAGS).from(CLAIM).where(CLAIM.ID.eq(b)).fetchSingle().value1())
                .containsExactly("agriculture");

        Api.Response noReason = as(checker).post("/api/v1/claims/bulk", Map.of("claimIds", List.of(a, b),
                "action", "dismiss"));
        assertThat(noReason.status()).isEqualTo(422);
        Api.Response dismissed = as(checker).post("/api/v1/claims/bulk", Map.of("claimIds", List.of(a, b),
                "action", "dismiss", "reason", "Opinion, not a checkable claim"));
        assertThat(dismissed.json().get("changed").asInt()).isEqualTo(2);
        Api.Response again = as(checker).post("/api/v1/claims/bulk", Map.of("claimIds", List.of(a, c),
                "action", "dismiss", "reason", "again"));
        assertThat(again.status()).as("all or nothing").isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains(String.valueOf(a));

        Api.Response comment = as(checker).post("/api/v1/claims/" + a + "/comments",
                Map.of("body", "المصدر الرسمي يؤكد الرقم"));
        assertThat(comment.status()).isEqualTo(201);
        assertThat(as(checker).post("/api/v1/claims/" + a + "/comments", Map.of("body", " ")).status())
                .isEqualTo(422);
        JsonNode comments = as(supervisor).get("/api/v1/claims/" + a + "/comments").json();
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).get("author").asText()).isEqualTo(checker.displayName());

        List<String> kinds = new ArrayList<>();
        as(supervisor).get("/api/v1/claims/" + a + "/history").json().forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).containsExactly("claim.assigned", "claim.edited", "status.changed", "comment.added");
        List<String> kindsC = new ArrayList<>();
        as(supervisor).get("/api/v1/claims/" + c + "/history").json().forEach(e -> kindsC.add(e.get("kind").asText()));
        assertThat(kindsC).containsExactly("claim.assigned", "claim.edited");
    }

    @Test
    void verdict_scale_lists_the_claimreview_mapping_and_only_admins_edit_it() {
        AppUser checker = accounts.ensure("api-verdict-reader", Role.CHECKER);
        AppUser admin = accounts.ensure("api-verdict-admin", Role.ADMIN);
        JsonNode scale = as(checker).get("/api/v1/verdicts").json();
        List<String> codes = new ArrayList<>();
        scale.forEach(v -> codes.add(v.get("code").asText()));
        assertThat(codes).containsSubsequence("TRUE", "MOSTLY_TRUE", "HALF_TRUE", "MISLEADING", "MOSTLY_FALSE",
                "FALSE", "UNPROVEN");
        assertThat(scale.get(0).get("claimReview").get("bestRating").asInt()).isEqualTo(6);
        assertThat(scale.get(0).get("labelAr").asText()).isEqualTo("صحيح");

        Map<String, Object> satire = Map.of("code", "SATIRE", "labelEn", "Satire", "labelAr", "ساخر",
                "ordinal", 80, "colour", "#336699",
                "claimReview", Map.of("ratingValue", 0, "bestRating", 6, "worstRating", 1, "alternateName", "Satire"));
        assertThat(as(checker).post("/api/v1/verdicts", satire).status()).isEqualTo(403);
        Api.Response created = as(admin).post("/api/v1/verdicts", satire);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(as(admin).post("/api/v1/verdicts", satire).status()).isEqualTo(409);
        Map<String, Object> badColour = new java.util.HashMap<>(satire);
        badColour.put("code", "SATIRE_TWO");
        badColour.put("colour", "red");
        assertThat(as(admin).post("/api/v1/verdicts", badColour).status()).isEqualTo(422);

        // an unused verdict can be deleted; a verdict in use only deactivated
        Api.Response deleted = as(admin).send(as(admin).request("/api/v1/verdicts/SATIRE?version=0").DELETE());
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        AppUser checkerWithVerdict = accounts.ensure("api-verdict-user", Role.CHECKER);
        long claim = fixtures.claim(checkerWithVerdict.id());
        dsl.update(CLAIM).set(CLAIM.VERDICT, "UNPROVEN").where(CLAIM.ID.eq(claim)).execute();
        int version = dsl.select(io.claimdesk.db.Tables.RATING.VERSION).from(io.claimdesk.db.Tables.RATING)
                .where(io.claimdesk.db.Tables.RATING.CODE.eq("UNPROVEN")).fetchSingle().value1();
        Api.Response inUse = as(admin).send(as(admin).request("/api/v1/verdicts/UNPROVEN?version=" + version)
                .DELETE());
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.json().get("detail").asText()).contains("Deactivate");
    }
}
