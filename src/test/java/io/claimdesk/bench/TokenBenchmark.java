package io.claimdesk.bench;

import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * API throughput with a personal access token against HTTP Basic (issue 12, docs/benchmarks.md "API tokens
 * against HTTP Basic"): {@code bench.clients} clients (default 20) each call {@code GET /api/v1/claims} (first page
 * of 50 of {@code bench.claims} claims, default 200) in a loop for {@code bench.seconds} (default 20) after
 * {@code bench.warmup} seconds (default 3), first with Basic, then with a Bearer token of the same account.
 * Prints the figures. Not a test: it asserts nothing and Surefire runs it only when asked by name.
 */
class TokenBenchmark extends IntegrationTest {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 20);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 3);
    private static final int CLAIMS = Integer.getInteger("bench.claims", 200);

    @Autowired
    Fixtures fixtures;

    record Result(String mode, int ok, int other, double perSecond, double medianMs, double p95Ms) {
    }

    @Test
    void token_against_basic() throws Exception {
        AppUser user = accounts.ensure("bench-token-user", Role.CHECKER);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < CLAIMS; i++) {
            body.append("Claim number ").append(i).append(" says the harvest rose by ").append(i).append(" percent. ");
        }
        long article = fixtures.article(user.id(), "Bench article", body.toString(), "en");
        for (int i = 0; i < CLAIMS; i++) {
            fixtures.claim(article, "Claim number " + i + " says", user.id());
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString(("bench-token-user:" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String token = new Api(baseUrl(), "bench-token-user", TestAccounts.PASSWORD)
                .post("/api/v1/me/tokens", Map.of("name", "bench", "scope", "READ")).json().get("token").asText();

        Result b = run("HTTP Basic", basic);
        Result t = run("Bearer token", "Bearer " + token);
        System.out.printf("%n| Sign-in | Clients | Calls (200) | Other | Calls/s | Median ms | p95 ms |%n"
                + "|---|---|---|---|---|---|---|%n");
        for (Result r : List.of(b, t)) {
            System.out.printf("| %s | %d | %d | %d | %.1f | %.1f | %.1f |%n", r.mode(), CLIENTS, r.ok(), r.other(),
                    r.perSecond(), r.medianMs(), r.p95Ms());
        }
        System.out.printf("Token / Basic throughput: %.1fx%n", t.perSecond() / b.perSecond());
    }

    private Result run(String mode, String authorization) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/claims?limit=50"))
                .header("Authorization", authorization).GET().build();
        long warmEnd = System.nanoTime() + WARM_UP * 1_000_000_000L;
        long end = warmEnd + SECONDS * 1_000_000_000L;
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        if (t0 >= warmEnd && t1 <= end) {
                            (r.statusCode() == 200 ? ok : other).incrementAndGet();
                            latencies.add(t1 - t0);
                        }
                    }
                } catch (Exception e) {
                    other.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.95)) / 1e6;
        return new Result(mode, ok.get(), other.get(), ok.get() / (double) SECONDS, median, p95);
    }
}
