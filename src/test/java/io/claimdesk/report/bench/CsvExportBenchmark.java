package io.claimdesk.report.bench;

import static io.claimdesk.db.Tables.CLAIM;

import io.claimdesk.core.db.EmbeddedDatabase;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.report.domain.ClaimExportRepository;
import io.claimdesk.report.domain.ClaimExports;
import io.claimdesk.report.domain.ClaimFilter;
import io.claimdesk.report.domain.ReportVariant;
import io.claimdesk.support.Fixtures;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep9;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Benchmark runner (not a test): generates N claims (default 100,000) with evidence in a fresh embedded
 * PostgreSQL, exports them as CSV to a counting sink and reports time, bytes and heap use (sampled every 5 ms).
 * Run it with a small heap to show that memory is bounded; the exact command is in docs/benchmarks.md.
 */
public final class CsvExportBenchmark {

    private CsvExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("claimdesk-bench-pg");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, false, "claimdesk_bench")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(db.jdbcUrl());
            ds.setUser(db.user());
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            DSLContext dsl = DSL.using(ds, SQLDialect.POSTGRES);
            long started = System.nanoTime();
            generate(dsl, claims);
            System.out.printf("generated %,d claims in %.1f s%n", claims, (System.nanoTime() - started) / 1e9);

            ClaimExports exports = new ClaimExports(new ClaimExportRepository(dsl),
                    () -> new io.claimdesk.report.domain.Publisher("Bench", null, "https://bench.example/", "en"));
            for (int run = 1; run <= 3; run++) {
                measure(exports, run);
            }
        }
    }

    private static void measure(ClaimExports exports, int run) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        CountingSink sink = new CountingSink();
        long t0 = System.nanoTime();
        long rows = exports.writeCsv(ClaimFilter.all(), sink, true, "en", ReportVariant.PUBLIC);
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("run %d: %,d rows, %,d bytes in %.2f s (%,.0f rows/s); heap before %,d KiB, peak %,d KiB "
                        + "(+%,d KiB), after GC %,d KiB; max heap %,d MiB%n", run, rows, sink.bytes, seconds,
                rows / seconds, before / 1024, peak.get() / 1024, (peak.get() - before) / 1024, after / 1024,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }

    private static void generate(DSLContext dsl, int claims) {
        ReportFixtures f = new ReportFixtures(dsl);
        long user = f.user("bench", "Bench User", UserRole.SUPERVISOR);
        int perArticle = 100;
        List<Long> claimIds = new ArrayList<>();
        for (int a = 0; a < claims / perArticle; a++) {
            long article = f.article(user, "مقال رقم " + a, "https://news.example/bench/" + a, Fixtures.ARABIC_STORY, "ar");
            InsertValuesStep9<?, Long, String, Integer, Integer, String, String, String, ClaimStatus, Long> insert =
                    dsl.insertInto(CLAIM, CLAIM.ARTICLE_ID, CLAIM.QUOTE, CLAIM.START_CP, CLAIM.END_CP, CLAIM.STATEMENT,
                            CLAIM.CLAIMANT, CLAIM.LANGUAGE, CLAIM.STATUS, CLAIM.CREATED_BY);
            for (int i = 0; i < perArticle; i++) {
                insert = insert.values(article, "إنتاج القمح ارتفع", 10 + i, 30 + i,
                        "ارتفع إنتاج القمح بنسبة " + i + " في المئة", i % 10 == 0 ? "=cmd|' /C calc'!A0" : "وزارة الزراعة",
                        "ar", ClaimStatus.values()[i % ClaimStatus.values().length], user);
            }
            claimIds.addAll(insert.returning(CLAIM.ID).fetch(CLAIM.ID));
        }
        dsl.update(CLAIM).set(CLAIM.CLAIM_DATE, LocalDate.of(2024, 10, 6)).execute();
        for (int i = 0; i < claimIds.size(); i += 50) {
            f.evidence(claimIds.get(i), "https://source.example/" + (i % 500), "Source", Stance.SUPPORTS, user);
        }
    }

    /** Counts bytes and throws them away. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
