package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.ClaimEventKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.claim.domain.ClaimEvents;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.report.domain.WorkbenchBackup;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.ScratchDatabase;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V12_1 over histories that the id-ordered chain of V3 wrote out of order: each event's {@code seq}
 * follows the hash links, no hash changes, and such a history exports and restores link for link.
 */
class HistorySequenceMigrationDbTest {

    @Test
    void existing_histories_get_their_order_from_their_hash_links_and_keep_every_hash() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("11")) {
            DSLContext dsl = db.dsl();
            ReportFixtures f = new ReportFixtures(dsl);
            long checker = f.user("nour", "Nour", UserRole.CHECKER);
            long article = f.article(checker, "Wheat", "https://news.example/wheat", Fixtures.ARABIC_STORY, "ar");
            // claim A: event 1 (claim.created), then ids 20, 10 and 30 committed in that order; V3 linked each to
            // the highest id present: 20 -> 1, 10 -> 20, 30 -> 20 (two events on one predecessor)
            long a = f.claim(article, "ارتفع بنسبة 12 في المئة", "rose 12%", "", checker);
            oldInsert(dsl, 20, a, checker, "comment.added");
            oldInsert(dsl, 10, a, checker, "status.changed");
            oldInsert(dsl, 30, a, checker, "comment.added");
            // claim B: event 2 (claim.created), then 50 and 40: 50 -> 2, 40 -> 50, a single chain out of id order
            long b = f.claim(article, "ارتفع بنسبة 12 في المئة", "rose again", "", checker);
            oldInsert(dsl, 50, b, checker, "claim.assigned");
            oldInsert(dsl, 40, b, checker, "status.changed");
            Map<Long, String> hashesBefore = dsl.select(CLAIM_EVENT.ID, CLAIM_EVENT.HASH).from(CLAIM_EVENT)
                    .fetchMap(CLAIM_EVENT.ID, CLAIM_EVENT.HASH);

            db.migrate(null);

            assertThat(dsl.select(CLAIM_EVENT.ID, CLAIM_EVENT.HASH).from(CLAIM_EVENT)
                    .fetchMap(CLAIM_EVENT.ID, CLAIM_EVENT.HASH)).isEqualTo(hashesBefore);
            assertThat(order(dsl, a)).containsExactly(1L, 20L, 10L, 30L);
            assertThat(order(dsl, b)).containsExactly(2L, 50L, 40L);
            HistoryService history = new HistoryService(dsl, new com.fasterxml.jackson.databind.ObjectMapper());
            assertThat(history.verify(b)).isEqualTo(new ChainCheck(true, 3, List.of()));
            // the second event on one predecessor is the break V3 made: reported, not hidden
            assertThat(history.verify(a)).isEqualTo(new ChainCheck(false, 4, List.of(30L)));

            // new events continue each chain by seq
            long next = new ClaimEvents(dsl, new ObjectMapper(), event -> { }).record(b, checker, ClaimEventKind.COMMENT_ADDED, null,
                    Map.of("commentId", 7), null);
            assertThat(dsl.select(CLAIM_EVENT.SEQ, CLAIM_EVENT.PREV_HASH).from(CLAIM_EVENT)
                    .where(CLAIM_EVENT.ID.eq(next)).fetchSingle())
                    .extracting(Record2::value1, Record2::value2).containsExactly(4, hashesBefore.get(40L));
            assertThat(history.verify(b)).isEqualTo(new ChainCheck(true, 4, List.of()));

            // an export of such an instance restores link for link: same hashes, same verdict of verify
            ByteArrayOutputStream export = new ByteArrayOutputStream();
            new WorkbenchBackup(dsl, p -> "{noop}" + p).export(export, OffsetDateTime.now());
            try (ScratchDatabase empty = ScratchDatabase.create()) {
                WorkbenchBackup.ImportSummary restored = new WorkbenchBackup(empty.dsl(), p -> "{noop}" + p)
                        .importFrom(new ByteArrayInputStream(export.toByteArray()));
                assertThat(restored.historyEvents()).isEqualTo(8);
                assertThat(restored.historyHashesChanged()).isZero();
                assertThat(order(empty.dsl(), a)).containsExactly(1L, 20L, 10L, 30L);
                assertThat(order(empty.dsl(), b)).containsExactly(2L, 50L, 40L, next);
                HistoryService restoredHistory = new HistoryService(empty.dsl(), new com.fasterxml.jackson.databind.ObjectMapper());
                assertThat(restoredHistory.verifyAll()).isEqualTo(new ChainCheck(false, 8, List.of(30L)));
            }
        }
    }

    /** An insert as V3's trigger chains it, with a chosen id (the order ids were drawn in before the lock). */
    private static void oldInsert(DSLContext dsl, long id, long claimId, long actorId, String kind) {
        // plain SQL: the generated CLAIM_EVENT table has V12_1's seq column, which this schema does not have yet
        dsl.execute("insert into claim_event (id, claim_id, actor_id, kind) overriding system value values (?, ?, ?, ?)",
                id, claimId, actorId, kind);
    }

    private static List<Long> order(DSLContext dsl, long claimId) {
        return dsl.select(CLAIM_EVENT.ID).from(CLAIM_EVENT).where(CLAIM_EVENT.CLAIM_ID.eq(claimId))
                .orderBy(CLAIM_EVENT.SEQ).fetch(CLAIM_EVENT.ID);
    }
}
