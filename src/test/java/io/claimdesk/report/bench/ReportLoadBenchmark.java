package io.claimdesk.report.bench;

import io.claimdesk.core.work.BoundedWork;
import io.claimdesk.report.domain.ReportService;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Other users' latency while big reports are asked for (issue 12, acceptance 7; docs/benchmarks.md "Bounded work").
 * {@code bench.others} clients (default 4) list claims ({@code GET /api/v1/claims?limit=50}, Bearer token) in a loop
 * for {@code bench.seconds} (default 15) per scenario, after {@code bench.warmup} seconds (default 3):
 * <ol>
 *   <li>alone;</li>
 *   <li>while {@code bench.heavy} clients (default 2) ask in a loop for the PDF report of a 9 MB article (UTF-8,
 *       Arabic; refused with 422 above {@link ReportService#MAX_PDF_CODE_POINTS});</li>
 *   <li>while the same clients ask in a loop for the PDF report of the largest article that is rendered
 *       ({@link ReportService#MAX_PDF_CODE_POINTS} code points), which goes through the bounded pool.</li>
 * </ol>
 * Prints the figures. Not a test: it asserts nothing and Surefire runs it only when asked by name.
 */
class ReportLoadBenchmark extends IntegrationTest {

    private static final int OTHERS = Integer.getInteger("bench.others", 4);
    private static final int HEAVY = Integer.getInteger("bench.heavy", 2);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 3);

    @Autowired
    Fixtures fixtures;
    @Autowired
    BoundedWork work;

    record Stats(int ok, Map<Integer, Integer> statuses, double perSecond, double medianMs, double p95Ms,
                 double maxMs) {
    }

    @Test
    void other_users_latency_while_big_pdf_reports_are_asked_for() throws Exception {
        AppUser user = accounts.ensure("bench-report-user", Role.CHECKER);
        String sentence = "ارتفع إنتاج القمح في المحافظة بنسبة 12 في المئة هذا العام بحسب وزارة الزراعة. ";
        int sentenceBytes = sentence.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder nine = new StringBuilder();
        for (int i = 0; nine.length() == 0 || (long) i * sentenceBytes < 9_000_000L; i++) {
            nine.append(sentence);
            if (i % 8 == 7) {
                nine.append('\n');
            }
        }
        String nineMb = nine.toString().strip();
        long big = fixtures.article(user.id(), "مقال من 9 ميغابايت", nineMb, "ar");
        String largest = nineMb.substring(0, nineMb.offsetByCodePoints(0, ReportService.MAX_PDF_CODE_POINTS - 10))
                .strip();
        long rendered = fixtures.article(user.id(), "أكبر مقال يُطبع", largest, "ar");
        StringBuilder small = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            small.append("Claim number ").append(i).append(" says the harvest rose by ").append(i).append(" percent. ");
        }
        long article = fixtures.article(user.id(), "Bench article", small.toString(), "en");
        for (int i = 0; i < 100; i++) {
            fixtures.claim(article, "Claim number " + i + " says", user.id());
        }
        String token = "Bearer " + new Api(baseUrl(), "bench-report-user", TestAccounts.PASSWORD)
                .post("/api/v1/me/tokens", Map.of("name", "bench", "scope", "READ")).json().get("token").asText();
        System.out.printf("%n9 MB article: %,d bytes, %,d code points; largest rendered: %,d code points; "
                        + "pool: %d workers, %d queued at most, limit %d s; %d processors%n",
                nineMb.getBytes(StandardCharsets.UTF_8).length, nineMb.codePointCount(0, nineMb.length()),
                largest.codePointCount(0, largest.length()), work.workers(), work.queueCapacity(),
                work.timeLimit().toSeconds(), Runtime.getRuntime().availableProcessors());

        String claims = "/api/v1/claims?limit=50";
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Alone", run(token, claims, null)));
        Stats[] refused = run(token, claims, "/api/v1/articles/" + big + "/report.pdf");
        rows.add(row("9 MB article's PDF asked for by " + HEAVY + " clients in a loop", refused));
        Stats[] heavy = run(token, claims, "/api/v1/articles/" + rendered + "/report.pdf");
        rows.add(row(ReportService.MAX_PDF_CODE_POINTS + "-code-point PDF rendered for " + HEAVY
                + " clients in a loop", heavy));
        System.out.printf("%n| Scenario | Claims list calls/s | Median ms | p95 ms | Max ms | Report answers | "
                + "Report median ms |%n|---|---|---|---|---|---|---|%n");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }

    private static String[] row(String scenario, Stats[] s) {
        Stats others = s[0];
        Stats heavy = s[1];
        return new String[] {scenario, String.format("%.1f", others.perSecond()),
                String.format("%.1f", others.medianMs()), String.format("%.1f", others.p95Ms()),
                String.format("%.1f", others.maxMs()),
                heavy == null ? "–" : heavy.statuses().toString(),
                heavy == null ? "–" : String.format("%.0f", heavy.medianMs())};
    }

    /** {others, heavy} statistics of one scenario. */
    private Stats[] run(String token, String otherPath, String heavyPath) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long warmEnd = System.nanoTime() + WARM_UP * 1_000_000_000L;
        long end = warmEnd + SECONDS * 1_000_000_000L;
        List<Long> otherLatencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> heavyLatencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> otherStatuses = new ConcurrentHashMap<>();
        Map<Integer, Integer> heavyStatuses = new ConcurrentHashMap<>();
        AtomicInteger ok = new AtomicInteger();
        int heavyClients = heavyPath == null ? 0 : HEAVY;
        CountDownLatch done = new CountDownLatch(OTHERS + heavyClients);
        for (int c = 0; c < OTHERS + heavyClients; c++) {
            boolean isHeavy = c >= OTHERS;
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + (isHeavy ? heavyPath : otherPath)))
                    .header("Authorization", token).GET().build();
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        if (t0 >= warmEnd && t1 <= end || isHeavy && t1 >= warmEnd) {
                            (isHeavy ? heavyStatuses : otherStatuses).merge(r.statusCode(), 1, Integer::sum);
                            (isHeavy ? heavyLatencies : otherLatencies).add(t1 - t0);
                            if (!isHeavy && r.statusCode() == 200) {
                                ok.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    (isHeavy ? heavyStatuses : otherStatuses).merge(-1, 1, Integer::sum);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return new Stats[] {stats(ok.get(), otherStatuses, otherLatencies),
                heavyPath == null ? null : stats(heavyStatuses.getOrDefault(200, 0), heavyStatuses, heavyLatencies)};
    }

    private static Stats stats(int ok, Map<Integer, Integer> statuses, List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.95)) / 1e6;
        double max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6;
        return new Stats(ok, new TreeMap<>(statuses), ok / (double) SECONDS, median, p95, max);
    }
}
