package io.claimdesk.report.bench;

import static io.claimdesk.db.Tables.CLAIM;

import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark (not part of the suite: the name ends in Benchmark): latency of the public fact-check site over HTTP,
 * anonymous, with {@code claimdesk.bench.checks} (default 1,000) approved claims with two evidence links each.
 * Prints median and p95 of 100 sequential GETs of each address after 20 warm-up requests. Command in
 * docs/benchmarks.md.
 */
class PublicChecksBenchmark extends IntegrationTest {

    @Autowired
    DSLContext dsl;

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("claimdesk.bench.checks", 1000);
        ReportFixtures f = new ReportFixtures(dsl);
        long checker = f.user("bench-public-checker", "Bench", UserRole.CHECKER);
        long supervisor = f.user("bench-public-supervisor", "Bench supervisor", UserRole.SUPERVISOR);
        long article = f.article(checker, "تقرير القمح", "https://news.example/bench-public", Fixtures.ARABIC_STORY,
                "ar");
        long last = 0;
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long c = f.claim(article, "إنتاج القمح ارتفع", "ارتفع إنتاج القمح " + i + " في المئة", "وزارة الزراعة",
                    checker);
            f.evidence(c, "https://moa.example.jo/bench-a-" + i, "Stats " + i, Stance.REFUTES, checker);
            f.evidence(c, "https://moa.example.jo/bench-b-" + i, "Brief " + i, Stance.CONTEXT, checker);
            f.decide(c, ClaimStatus.APPROVED, "FALSE", "Checked against the bulletin.", checker, supervisor);
            last = c;
        }
        System.out.printf("generated %,d approved claims in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
        int approved = dsl.fetchCount(CLAIM, CLAIM.STATUS.eq(ClaimStatus.APPROVED));
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (String path : List.of("/checks/" + last + "?lang=ar", "/checks?lang=ar", "/checks?lang=en&page=20",
                "/checks?verdict=FALSE&language=ar", "/checks/feed.atom")) {
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                long t = System.nanoTime();
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + r.statusCode());
                }
                if (i >= 20) {
                    ms.add((System.nanoTime() - t) / 1e6);
                }
            }
            Collections.sort(ms);
            System.out.printf("BENCH %-40s median %6.1f ms  p95 %6.1f ms  (%d approved claims in the database)%n",
                    path.replace(Long.toString(last), "{id}"), ms.get(ms.size() / 2),
                    ms.get((int) Math.ceil(ms.size() * 0.95) - 1), approved);
        }
    }
}
