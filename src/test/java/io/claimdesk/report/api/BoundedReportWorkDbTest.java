package io.claimdesk.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimdesk.core.work.BoundedWork;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reports and suggestions run on the bounded pool (issue 12, acceptance 7), seen over HTTP. */
class BoundedReportWorkDbTest extends IntegrationTest {

    @Autowired
    BoundedWork work;
    @Autowired
    Fixtures fixtures;

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<CompletableFuture<?>> blockers = new ArrayList<>();
    private Api checker;
    private long article;

    @BeforeEach
    void data() {
        AppUser user = accounts.ensure("work-checker", Role.CHECKER);
        checker = new Api(baseUrl(), "work-checker", TestAccounts.PASSWORD);
        article = fixtures.article(user.id(), "Wheat", Fixtures.ARABIC_STORY, "ar");
    }

    @AfterEach
    void releaseBlockers() throws Exception {
        release.countDown();
        for (CompletableFuture<?> b : blockers) {
            b.get(10, TimeUnit.SECONDS);
        }
    }

    /** Occupies {@code count} places of the pool (workers first, then the queue) until the test ends. */
    private void occupy(int count) throws InterruptedException {
        int before = work.running() + work.queued();
        for (int i = 0; i < count; i++) {
            blockers.add(CompletableFuture.runAsync(() -> work.run(() -> release.await(30, TimeUnit.SECONDS))));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (work.running() + work.queued() < before + count && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(work.running() + work.queued()).isEqualTo(before + count);
    }

    @Test
    void a_full_pool_answers_503_problem_with_retry_after_and_a_code() throws Exception {
        occupy(work.workers() + work.queueCapacity());
        for (String path : List.of("/report.pdf", "/report.html", "/segments")) {
            Api.Response r = checker.get("/api/v1/articles/" + article + path);
            assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(503);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(r.json().get("code").asText()).isEqualTo("work.busy");
            assertThat(r.json().get("detail").asText()).isEqualTo("The server is busy with other reports and "
                    + "suggestions; nothing was done. Try again in a few seconds.");
        }
        release.countDown();
        for (CompletableFuture<?> b : blockers) {
            b.get(10, TimeUnit.SECONDS);
        }
        assertThat(checker.get("/api/v1/articles/" + article + "/report.pdf").status()).isEqualTo(200);
    }

    @Test
    void a_request_whose_client_went_away_leaves_the_queue() throws Exception {
        occupy(work.workers());
        String basic = Base64.getEncoder().encodeToString(("work-checker:" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/articles/" + article + "/report.pdf HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + basic + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (work.queued() == 0 && System.nanoTime() < end) {
                Thread.sleep(5);
            }
            assertThat(work.queued()).as("the report waits for a worker").isEqualTo(1);
        }
        // the client has gone: within a few probes its job is taken off the queue, though no worker is free
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (work.queued() > 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(work.queued()).isZero();
        assertThat(work.running()).isEqualTo(work.workers());
    }
}
