package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.BulkTagging;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.ClaimSummary;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.evidence.domain.NewEvidence;
import io.claimdesk.report.domain.WorkbenchBackup;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.support.ScratchDatabase;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history chain under many users' concurrent actions on the same claims (issue 12): each event's place in
 * its claim's chain is decided under the per-claim lock, so {@code /history/verify} stays intact and the full JSON
 * export restores into an empty instance.
 */
class HistoryConcurrencyDbTest extends IntegrationTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService review;
    @Autowired
    BulkTagging tagging;
    @Autowired
    CommentService comments;
    @Autowired
    EvidenceService evidence;
    @Autowired
    HistoryService history;
    @Autowired
    DSLContext dsl;

    /** The case: one checker starts an unassigned claim while four others comment on it. */
    @Test
    void a_checker_starting_an_unassigned_claim_while_four_others_comment_leaves_every_chain_intact()
            throws Exception {
        AppUser starter = accounts.ensure("race-starter", Role.CHECKER);
        List<AppUser> commenters = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            commenters.add(accounts.ensure("race-commenter-" + i, Role.CHECKER));
        }
        List<Long> claims = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            for (int n = 0; n < 40; n++) {
                long claim = fixtures.claim(starter.id());
                claims.add(claim);
                CyclicBarrier barrier = new CyclicBarrier(5);
                List<Future<?>> done = new ArrayList<>();
                done.add(pool.submit(as(starter, () -> {
                    barrier.await();
                    return review.transition(claim, WorkflowAction.START, null, null, null, 0);
                })));
                for (AppUser c : commenters) {
                    done.add(pool.submit(as(c, () -> {
                        barrier.await();
                        return comments.add(claim, "Comment by " + c.username());
                    })));
                }
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        runAs("race-starter", Role.CHECKER);
        List<Long> broken = claims.stream().filter(c -> !history.verify(c).intact()).toList();
        assertThat(broken).as("claims whose chain verify reports broken").isEmpty();
        for (long claim : claims) {
            List<HistoryEntry> entries = history.list(claim);
            assertThat(entries).hasSize(6);
            assertThat(entries.stream().filter(e -> e.kind().equals("comment.added"))).hasSize(4);
            // each event links to the one listed before it
            String prev = HistoryService.GENESIS;
            for (HistoryEntry e : entries) {
                assertThat(e.prevHash()).isEqualTo(prev);
                prev = e.hash();
            }
        }
    }

    /**
     * Acceptance 1: 200 rounds of start / dismiss / reopen, comments, evidence and tags from five people on two
     * claims at once (eight actions a round); then the chain verifies over the API and the full JSON export restores into an empty
     * instance with every hash recomputed identically.
     */
    @Test
    void two_hundred_rounds_of_concurrent_actions_keep_the_chain_intact_and_the_export_restorable()
            throws Exception {
        AppUser owner = accounts.ensure("rounds-owner", Role.CHECKER);
        AppUser starter = accounts.ensure("rounds-starter", Role.CHECKER);
        AppUser supervisor = accounts.ensure("rounds-supervisor", Role.SUPERVISOR);
        List<AppUser> commenters = List.of(accounts.ensure("rounds-commenter-1", Role.CHECKER),
                accounts.ensure("rounds-commenter-2", Role.CHECKER));
        AppUser admin = accounts.ensure("rounds-admin", Role.ADMIN);
        List<Long> claims = List.of(fixtures.claim(owner.id()), fixtures.claim(owner.id()));
        int rounds = 200;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < rounds; round++) {
                int r = round;
                List<Future<?>> done = new ArrayList<>();
                for (long claim : claims) {
                    done.add(pool.submit(() -> step(claim, starter, supervisor)));
                    AppUser c = commenters.get(r % commenters.size());
                    done.add(pool.submit(as(c, () -> comments.add(claim, "Round " + r + " by " + c.username()))));
                    done.add(pool.submit(as(owner, () -> evidence.add(claim,
                            NewEvidence.of("https://stats.example/round-" + r + "/claim-" + claim,
                                    r % 2 == 0 ? Stance.SUPPORTS : Stance.REFUTES)))));
                    done.add(pool.submit(as(owner, () -> r % 3 == 2
                            ? tagging.removeTags(List.of(claim), List.of("round-" + (r - 1)))
                            : tagging.addTags(List.of(claim), List.of("round-" + r)))));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        Api adminApi = new Api(baseUrl(), admin.username(), TestAccounts.PASSWORD);
        for (long claim : claims) {
            JsonNode one = adminApi.get("/api/v1/claims/" + claim + "/history/verify").json();
            assertThat(one.get("intact").asBoolean()).as(one.toString()).isTrue();
            // a comment, an evidence link, a tag change (rounds 2, 5, ... remove the tag that rounds 1, 4, ...
            // added) and a workflow step each round, and the claim.assigned of the first start
            assertThat(one.get("checked").asInt()).isEqualTo(rounds * 4 + 1);
        }
        JsonNode all = adminApi.get("/api/v1/history/verify").json();
        assertThat(all.get("intact").asBoolean()).as(all.toString()).isTrue();

        Api.Response export = adminApi.get("/api/v1/export/claims.json");
        assertThat(export.status()).isEqualTo(200);
        int exportedEvents = export.json().get("claimEvents").size();
        assertThat(exportedEvents).isEqualTo(dsl.fetchCount(CLAIM_EVENT));
        try (ScratchDatabase empty = ScratchDatabase.create()) {
            WorkbenchBackup.ImportSummary restored = new WorkbenchBackup(empty.dsl(), p -> "{noop}" + p)
                    .importFrom(new ByteArrayInputStream(export.bytes()));
            assertThat(restored.historyEvents()).isEqualTo(exportedEvents);
            assertThat(restored.historyHashesVerified()).isEqualTo(exportedEvents);
            assertThat(restored.historyHashesChanged()).isZero();
        }
    }

    /** One workflow step on the claim, whatever its status now; retried when a concurrent change won. */
    private Object step(long claim, AppUser starter, AppUser supervisor) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                ClaimSummary now = review.summary(claim);
                return switch (now.status()) {
                    case NEW -> as(starter, () -> review.transition(claim, WorkflowAction.START, null, null, null,
                            now.version())).call();
                    case IN_PROGRESS -> as(supervisor, () -> review.transition(claim, WorkflowAction.DISMISS, null,
                            null, "not check-worthy this round", now.version())).call();
                    case DISMISSED -> as(supervisor, () -> review.transition(claim, WorkflowAction.REOPEN, null, null,
                            "worth a second look", now.version())).call();
                    default -> throw new IllegalStateException("unexpected status " + now.status());
                };
            } catch (ConflictException e) {
                if (attempt >= 50) {
                    throw e;
                }
            }
        }
    }

    /** {@code task} run as {@code user} on whatever thread calls it. */
    private static <T> Callable<T> as(AppUser user, Callable<T> task) {
        return () -> {
            var auth = new UsernamePasswordAuthenticationToken(user.username(), "n/a",
                    user.role().authorities().stream().map(SimpleGrantedAuthority::new).toList());
            var previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext().setAuthentication(auth);
            try {
                return task.call();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
    }
}
