package io.claimdesk.claim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.claim.domain.priority.PriorityList;
import io.claimdesk.claim.domain.priority.PriorityListDbTest;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile input on the newest surfaces (issues 16-18): the priority list's dates and one-click claims, the claims
 * list's cursor and the review actions' reasons. Every refusal is a 4xx problem with a stable code and no internals.
 */
class HostileDeskApiDbTest extends IntegrationTest {

    @Autowired
    PriorityList priority;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService workflow;
    @Autowired
    DSLContext dsl;

    private Api as(AppUser user) {
        return new Api(baseUrl(), user.username(), TestAccounts.PASSWORD);
    }

    private static void refusedCleanly(Api.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("code").asText()).as(r.body()).isEqualTo(code);
        assertThat(r.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("select ")
                .doesNotContain("at io.claimdesk").doesNotContain("jooq");
    }

    @Test
    void priority_dates_at_the_edge_of_the_calendar_are_refused_or_answered_never_a_500() {
        Api checker = as(accounts.ensure("hostile-prio-checker", Role.CHECKER));
        for (String q : List.of("to=%2B999999999-12-31", "from=%2B999999999-12-31", "from=-999999999-01-01",
                "from=%2B10000-01-01", "to=-4714-01-01", "from=9999-12-31&to=9999-12-31",
                "from=0000-01-01&to=0001-01-01")) {
            Api.Response r = checker.get("/api/v1/priority?" + q);
            assertThat(r.status()).as(q + " -> " + r.body()).isIn(200, 422);
            if (r.status() == 422) {
                refusedCleanly(r, 422, "suggestion.date.outOfRange");
            }
        }
        refusedCleanly(checker.get("/api/v1/priority?limit=abc"), 400, "request.parameter.type");
        refusedCleanly(checker.get("/api/v1/priority?limit=99999999999"), 400, "request.parameter.type");
        refusedCleanly(checker.get("/api/v1/priority?limit=-1"), 422, "suggestion.limit.invalid");
        refusedCleanly(checker.get("/api/v1/priority?from=2020-02-02&to=2020-02-01"), 422, "suggestion.dates.invalid");
        for (String c : List.of("NaN:1", "Infinity:1", "0.5:99999999999999999999", "0.5:", ":5", "0.5:1:2",
                "%E2%80%AE0.5:1")) {
            refusedCleanly(checker.get("/api/v1/priority?cursor=" + c), 422, "suggestion.cursor.invalid");
        }
    }

    @Test
    void a_tampered_claims_cursor_is_refused_with_its_code_never_a_500() {
        Api checker = as(accounts.ensure("hostile-cursor-checker", Role.CHECKER));
        for (String plain : List.of("99999999999999.0.1", "-99999999999999.0.1", "31556889864403199.0.1",
                "0.0.-1", "0.0.99999999999999999999", "1.2", "a.b.c", "1.1000000000.1")) {
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
            Api.Response r = checker.get("/api/v1/claims?cursor=" + cursor);
            assertThat(r.status()).as(plain + " -> " + r.body()).isIn(200, 422);
            if (r.status() == 422) {
                refusedCleanly(r, 422, "claim.cursor.invalid");
            }
        }
        refusedCleanly(checker.get("/api/v1/claims?cursor=%25%25%25"), 422, "claim.cursor.invalid");
        refusedCleanly(checker.get("/api/v1/claims?cursor=" + "A".repeat(5000)), 422, "request.field.invalid");
    }

    @Test
    void two_threads_claiming_one_suggestion_make_one_claim_and_one_409() throws Exception {
        AppUser a = accounts.ensure("hostile-prio-a", Role.CHECKER);
        AppUser b = accounts.ensure("hostile-prio-b", Role.CHECKER);
        runAs(a.username(), Role.CHECKER);
        Api api = as(a);
        LocalDate day = LocalDate.of(1998, 5, 17);
        for (int round = 0; round < 5; round++) {
            Api.Response art = api.post("/api/v1/articles", Map.of("body", PriorityListDbTest.ENGLISH,
                    "title", "Race " + round, "force", true, "publishedAt", day + "T09:00:00Z"));
            assertThat(art.status()).as(art.body()).isEqualTo(201);
            long articleId = art.json().get("id").asLong();
            priority.refresh(articleId);
            JsonNode first = null;
            for (JsonNode n : api.get("/api/v1/priority?limit=200&from=" + day + "&to=" + day).json().get("items")) {
                if (n.get("articleId").asLong() == articleId && "sentence".equals(n.get("kind").asText())) {
                    first = n;
                    break;
                }
            }
            assertThat(first).isNotNull();
            long id = first.get("id").asLong();
            CyclicBarrier barrier = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (Api who : List.of(as(a), as(b))) {
                    results.add(pool.submit(() -> {
                        barrier.await();
                        return who.post("/api/v1/priority/" + id + "/claim", Map.of()).status();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : results) {
                    statuses.add(f.get());
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 409);
            } finally {
                pool.shutdownNow();
            }
            assertThat(dsl.fetchCount(CLAIM, CLAIM.ARTICLE_ID.eq(articleId).and(CLAIM.REMOVED.isFalse())))
                    .isEqualTo(1);
        }
    }

    @Test
    void a_suggestion_whose_article_was_edited_or_whose_claim_was_removed() {
        AppUser a = accounts.ensure("hostile-prio-edit", Role.CHECKER);
        runAs(a.username(), Role.CHECKER);
        Api api = as(a);
        Api.Response art = api.post("/api/v1/articles", Map.of("body", PriorityListDbTest.ENGLISH,
                "title", "Edited", "force", true, "publishedAt", "1998-05-18T09:00:00Z"));
        long articleId = art.json().get("id").asLong();
        priority.refresh(articleId);
        JsonNode items = api.get("/api/v1/priority?limit=200&from=1998-05-18&to=1998-05-18").json().get("items");
        long id = items.get(0).get("id").asLong();
        refusedCleanly(api.post("/api/v1/priority/" + id + "/claim",
                Map.of("claimant", "x".repeat(20_000))), 422, "request.field.invalid");
        Api.Response bidi = api.post("/api/v1/priority/" + id + "/claim", Map.of("claimant", "\u202E\u2066"));
        assertThat(bidi.status()).as(bidi.body()).isIn(201, 422);
        refusedCleanly(api.post("/api/v1/priority/" + Long.MAX_VALUE + "/claim", Map.of()), 409, "suggestion.gone");
        refusedCleanly(api.post("/api/v1/priority/abc/claim", Map.of()), 400, "request.parameter.type");
    }

    @Test
    void review_reasons_from_any_caller_are_cleaned_limited_and_must_show_something() {
        AppUser checker = accounts.ensure("hostile-review-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("hostile-review-supervisor", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        runAs(checker.username(), Role.CHECKER);
        workflow.transition(claim, WorkflowAction.START, null, null, null, 0);
        workflow.transition(claim, WorkflowAction.PROPOSE, "MOSTLY_TRUE", "Figures.", null, 1);
        runAs(supervisor.username(), Role.SUPERVISOR);
        // the review view hands the text area's value to the service as typed: 26,000 characters were stored
        // whole, and the checker's "changes requested" notification (at most 20,000) was silently lost
        assertThatThrownBy(() -> workflow.transition(claim, WorkflowAction.REQUEST_CHANGES, null, null,
                "راجع المصدر. ".repeat(2_000), 2)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).code()).isEqualTo("workflow.reason.tooLong");
        // bidi controls and zero-width marks only: no reason at all
        assertThatThrownBy(() -> workflow.transition(claim, WorkflowAction.REQUEST_CHANGES, null, null,
                "\u202E\u2066\u200F \u2069\u200B", 2)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).code()).isEqualTo("workflow.reason.missing.request_changes");
        // a NUL (which PostgreSQL cannot store) and other controls are removed as the API removes them
        workflow.transition(claim, WorkflowAction.REQUEST_CHANGES, null, null,
                "\u0000Check\u0007 the \u202Bمصدر\u202C\r\nagain", 2);
        String expected = "Check the \u202Bمصدر\u202C\nagain";
        assertThat(dsl.select(CLAIM.CHANGES_REQUESTED_REASON).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchOne(0,
                String.class)).isEqualTo(expected);
        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.CLAIM_ID.eq(claim)
                .and(NOTIFICATION.RECIPIENT_ID.eq(checker.id())).and(NOTIFICATION.KIND.eq("changes_requested"))
                .and(NOTIFICATION.NOTE.eq(expected)))).as("the checker is told, with the reason").isEqualTo(1);
    }

    @Test
    void review_reasons_over_the_api_are_refused_with_codes_and_a_stale_or_foreign_step_too() {
        AppUser checker = accounts.ensure("hostile-api-review-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("hostile-api-review-supervisor", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        Api c = as(checker);
        Api s = as(supervisor);
        String path = "/api/v1/claims/" + claim + "/transitions";
        // not in review yet
        refusedCleanly(s.post(path, Map.of("action", "approve", "version", 0)), 409, "workflow.notPossible");
        assertThat(c.post(path, Map.of("action", "start", "version", 0)).status()).isEqualTo(200);
        assertThat(c.post(path, Map.of("action", "propose", "verdict", "MOSTLY_TRUE", "rationale", "Figures.",
                "version", 1)).status()).isEqualTo(200);
        refusedCleanly(c.post(path, Map.of("action", "request_changes", "reason", "x", "version", 2)), 403,
                "workflow.supervisorOnly.request_changes");
        refusedCleanly(s.post(path, Map.of("action", "request_changes", "reason", "\u202E\u200F", "version", 2)),
                422, "workflow.reason.missing.request_changes");
        refusedCleanly(s.post(path, Map.of("action", "request_changes", "reason", "y".repeat(10_001), "version",
                2)), 422, "request.field.invalid");
        refusedCleanly(s.post(path, Map.of("action", "approve", "version", 1)), 409, "review.stale.status");
        refusedCleanly(s.post(path, Map.of("action", "approve", "version", "two")), 400, "request.field.type");
        refusedCleanly(s.post("/api/v1/claims/" + Long.MAX_VALUE + "/transitions",
                Map.of("action", "approve", "version", 2)), 404, "notFound.Claim");
    }
}
