package io.claimdesk.cli;

import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.core.db.DatabaseDump;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.review.domain.ChainCheck;
import io.claimdesk.review.domain.HistoryService;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.ScratchDatabase;
import io.claimdesk.support.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, acceptance 2: a backup and restore through the command line round-trips counts and history, between
 * two scratch databases (the restore target is a new instance: migrated, verdict scale and admin only).
 */
class BackupCliDbTest {

    private static final List<String> TABLES = List.of("app_user", "article", "article_upload",
            "article_revision", "claim", "claim_group", "source", "evidence", "comment", "claim_event", "rating");

    record Run(int exit, String out, String err) {
    }

    @AfterEach
    void forget() {
        System.clearProperty("claimdesk.db.url");
        System.clearProperty("claimdesk.db.user");
        System.clearProperty("claimdesk.db.password");
    }

    private static Run cli(ScratchDatabase db, String... args) {
        TestDatabase server = TestDatabase.get();
        System.setProperty("claimdesk.db.url", db.url());
        System.setProperty("claimdesk.db.user", server.user());
        System.setProperty("claimdesk.db.password", server.password());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ClaimdeskCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Accounts, two articles, claims in several states with evidence, comments, a group and history. */
    private static void populate(DSLContext dsl) {
        ReportFixtures f = new ReportFixtures(dsl);
        long admin = f.user("admin", "Administrator", UserRole.ADMIN);
        long checker = f.user("nour", "نور المدققة", UserRole.CHECKER);
        long supervisor = f.user("sami", "Sami Supervisor", UserRole.SUPERVISOR);
        long ar = f.article(checker, "القمح", "https://news.example/ar/wheat", Fixtures.ARABIC_STORY, "ar");
        f.revision(ar, 1, Fixtures.ARABIC_STORY + " (old)", checker);
        long approved = f.claim(ar, "إنتاج القمح ارتفع بنسبة 12 في المئة", "القمح ارتفع 12٪", "وزارة الزراعة", checker);
        f.evidence(approved, "https://moa.example.jo/s", "Stats", Stance.SUPPORTS, checker);
        f.decide(approved, ClaimStatus.APPROVED, "TRUE", "official data", checker, supervisor);
        long fresh = f.claim(ar, "ستوزع 40 ألف طن من البذور", "40 ألف طن", "الوزير", checker);
        f.comment(fresh, supervisor, "Check the customs data first.");
        f.group(checker, approved, fresh);
        long en = f.article(admin, "Emoji 😀 story", "https://news.example/en/emoji",
                "The minister 😀 said exports doubled in 2024. Critics disagree.", "en");
        long removed = f.claim(en, "Critics disagree.", "critics", "", admin);
        f.remove(removed, admin);
    }

    private static Map<String, Integer> counts(DSLContext dsl) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, dsl.fetchCount(DSL.table(DSL.name(t)))));
        return counts;
    }

    @Test
    void backup_and_restore_through_the_command_line_round_trip_counts_accounts_and_history(@TempDir Path dir)
            throws Exception {
        try (ScratchDatabase source = ScratchDatabase.create(); ScratchDatabase target = ScratchDatabase.create()) {
            populate(source.dsl());
            Path file = dir.resolve("claimdesk.zip");

            Run backup = cli(source, "backup", "--out", file.toString());
            assertThat(backup.exit()).as(backup.err()).isZero();
            assertThat(backup.out()).contains("Wrote the database backup " + file).contains("3 claims");
            assertThat(Files.size(file)).isPositive();

            Run restore = cli(target, "restore", file.toString());
            assertThat(restore.exit()).as(restore.err()).isZero();
            assertThat(restore.out()).contains("2 articles, 3 claims");

            assertThat(counts(target.dsl())).isEqualTo(counts(source.dsl()));
            assertThat(counts(target.dsl())).containsEntry("claim", 3).containsEntry("article", 2);
            // history as stored: id, seq, link and hash of every event
            List<List<Object>> sourceEvents = source.dsl().select(CLAIM_EVENT.ID, CLAIM_EVENT.CLAIM_ID,
                    CLAIM_EVENT.SEQ, CLAIM_EVENT.PREV_HASH, CLAIM_EVENT.HASH).from(CLAIM_EVENT).orderBy(CLAIM_EVENT.ID)
                    .fetch().map(Record::intoList);
            assertThat(sourceEvents).hasSizeGreaterThan(5);
            assertThat(target.dsl().select(CLAIM_EVENT.ID, CLAIM_EVENT.CLAIM_ID, CLAIM_EVENT.SEQ,
                    CLAIM_EVENT.PREV_HASH, CLAIM_EVENT.HASH).from(CLAIM_EVENT).orderBy(CLAIM_EVENT.ID)
                    .fetch().map(Record::intoList)).isEqualTo(sourceEvents);
            assertThat(new HistoryService(target.dsl(), new com.fasterxml.jackson.databind.ObjectMapper()).verifyAll())
                    .isEqualTo(new ChainCheck(true, sourceEvents.size(), List.of()));
            // accounts keep their password hashes (the source's admin, not the one the new instance bootstrapped)
            assertThat(target.dsl().select(APP_USER.USERNAME, APP_USER.PASSWORD_HASH).from(APP_USER)
                    .orderBy(APP_USER.ID).fetch().intoMap(APP_USER.USERNAME, APP_USER.PASSWORD_HASH))
                    .isEqualTo(source.dsl().select(APP_USER.USERNAME, APP_USER.PASSWORD_HASH).from(APP_USER)
                            .orderBy(APP_USER.ID).fetch().intoMap(APP_USER.USERNAME, APP_USER.PASSWORD_HASH));
            // identities continue after the restored ids; the history triggers work again
            long next = new ReportFixtures(target.dsl()).article(1, "after", "https://x.example/a", "text", "en");
            assertThat(next).isGreaterThan(source.dsl().select(DSL.max(ARTICLE.ID)).from(ARTICLE).fetchSingle()
                    .value1());

            // a second restore into the now populated instance is refused and changes nothing
            assertThatThrownBy(() -> DatabaseDump.restore(target.dataSource(), file))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("already holds");
            assertThat(target.dsl().fetchCount(ARTICLE)).isEqualTo(3);
        }
    }
}
