package io.claimdesk.core.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.support.TestDatabase;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database: the application context is node A; node B is a second {@link ClusterBus} with its
 * own listening connection to the same PostgreSQL. What A publishes arrives at B, after A's commit only.
 */
class ClusterBusDbTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String NODE_B = "claimdesk-test-node-b";

    @Autowired
    ClusterBus nodeA;
    @Autowired
    DSLContext dsl;
    @Autowired
    ObjectMapper json;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService review;

    private ClusterBus nodeB;
    private final BlockingQueue<ClusterMessage> receivedByB = new LinkedBlockingQueue<>();

    @BeforeEach
    void startNodeB() throws InterruptedException {
        TestDatabase db = TestDatabase.get();
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", db.user());
        props.setProperty("password", db.password());
        props.setProperty("ApplicationName", NODE_B);
        nodeB = new ClusterBus(dsl, json, () -> DriverManager.getConnection(db.url(), props), receivedByB::add);
        nodeB.start();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!nodeB.listening() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(nodeB.listening()).as("node B listens").isTrue();
    }

    @AfterEach
    void stopNodeB() {
        nodeB.stop();
    }

    private ClusterMessage next(String topic) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            ClusterMessage m = receivedByB.poll(50, TimeUnit.MILLISECONDS);
            if (m != null && m.topic().equals(topic)) {
                return m;
            }
        }
        throw new AssertionError("no '" + topic + "' message within " + WAIT);
    }

    @Test
    void a_message_published_on_one_node_arrives_on_the_other() throws InterruptedException {
        nodeA.publish("test", Map.of("claim", 42L, "kind", "ping"));
        ClusterMessage m = next("test");
        assertThat(m.id("claim")).isEqualTo(42L);
        assertThat(m.text("kind")).isEqualTo("ping");
    }

    @Test
    void a_message_of_a_rolled_back_transaction_never_arrives() throws InterruptedException {
        transactions.executeWithoutResult(status -> {
            nodeA.publish("test", Map.of("n", 1));
            status.setRollbackOnly();
        });
        nodeA.publish("test", Map.of("n", 2));
        assertThat(next("test").id("n")).isEqualTo(2);
    }

    @Test
    void a_claim_transition_on_node_a_arrives_on_node_b_as_a_claim_message() throws InterruptedException {
        AppUser checker = accounts.ensure("bus-checker", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        runAs("bus-checker", Role.CHECKER);
        review.transition(claim, WorkflowAction.START, null, null, null, 0);

        ClusterMessage m;
        do {
            m = next("claim");
        } while (!"status.changed".equals(m.text("kind")));
        assertThat(m.id("claim")).isEqualTo(claim);
        assertThat(m.id("actor")).isEqualTo(checker.id());
        assertThat(m.text("action")).isEqualTo("start");
        assertThat(m.payload().toString()).doesNotContain("ارتفع");
    }

    @Test
    void after_the_connection_is_killed_node_b_listens_again_and_says_resync() throws Exception {
        dsl.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                + NODE_B + "'");
        ClusterMessage resync = next(ClusterBus.RESYNC);
        assertThat(resync.payload().isEmpty()).isTrue();
        nodeA.publish("test", Map.of("n", 3));
        assertThat(next("test").id("n")).isEqualTo(3);
    }
}
