package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.ClaimEventKind;
import io.claimdesk.claim.domain.ClaimEvents;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryChainDbTest extends IntegrationTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimEvents events;
    @Autowired
    HistoryService history;
    @Autowired
    DSLContext dsl;

    @Test
    void the_database_refuses_update_and_delete_on_history_and_tampering_past_the_trigger_is_detected() {
        runAs("history-checker", Role.CHECKER);
        AppUser checker = accounts.ensure("history-checker", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        long first = events.record(claim, checker.id(), ClaimEventKind.CLAIM_CREATED, null, Map.of("statement", "x"), null);
        long second = events.record(claim, checker.id(), ClaimEventKind.COMMENT_ADDED, null, Map.of("commentId", 1),
                "original note");
        long third = events.record(claim, checker.id(), ClaimEventKind.CLAIM_EDITED, Map.of("tags", java.util.List.of()),
                Map.of("tags", java.util.List.of("economy")), null);
        assertThat(history.verify(claim)).isEqualTo(new ChainCheck(true, 3, java.util.List.of()));

        assertThatThrownBy(() -> dsl.update(CLAIM_EVENT).set(CLAIM_EVENT.NOTE, "rewritten")
                .where(CLAIM_EVENT.ID.eq(second)).execute())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(CLAIM_EVENT).where(CLAIM_EVENT.ID.eq(first)).execute())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        tamper(second, "rewritten note");
        try {
            ChainCheck one = history.verify(claim);
            assertThat(one.intact()).isFalse();
            assertThat(one.checked()).isEqualTo(3);
            assertThat(one.broken()).containsExactly(second);
            ChainCheck all = history.verifyAll();
            assertThat(all.intact()).isFalse();
            assertThat(all.broken()).contains(second).doesNotContain(first, third);
        } finally {
            // put the original content back so the shared test database's chain is intact for other tests
            tamper(second, "original note");
        }
        assertThat(history.verify(claim).intact()).isTrue();
    }

    /** Changes an event's note as the database owner, past the append-only trigger. */
    private void tamper(long eventId, String note) {
        dsl.transaction(tx -> {
            // jOOQ has no DSL for ALTER TABLE ... DISABLE TRIGGER: a plain-SQL statement is unavoidable here
            tx.dsl().execute("alter table claim_event disable trigger claim_event_no_update");
            tx.dsl().update(CLAIM_EVENT).set(CLAIM_EVENT.NOTE, note).where(CLAIM_EVENT.ID.eq(eventId)).execute();
            tx.dsl().execute("alter table claim_event enable trigger claim_event_no_update");
        });
    }
}
