package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.workflow.StatusChange;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.db.tables.ClaimEvent;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record7;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.claimdesk.db.Routines.claimEventDigest;
import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;

/**
 * Reads a claim's history and checks its hash chain. The chain itself is written by the database (trigger
 * {@code claim_event_chain}, V3 and V12_1): each event's {@code hash} is {@code claim_event_digest(e)}, SHA-256
 * over its content and {@code prev_hash}, and {@code prev_hash} is the hash of the event before it in the claim's
 * order. That order is {@code seq}, a per-claim sequence number drawn under the per-claim lock that links the
 * event (not the id, which is drawn before the lock).
 */
@Service
public class HistoryService {

    /** {@code prev_hash} of a claim's first event. */
    public static final String GENESIS = "0".repeat(64);

    private final DSLContext dsl;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public HistoryService(DSLContext dsl, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** The status change an event records, if it records one (the history's wording shows it). */
    public Optional<StatusChange> statusChange(HistoryEntry e) {
        return StatusChange.of(json, e.before(), e.after());
    }

    /**
     * The events of a claim in chain order ({@code seq}), oldest first.
     *
     * @throws NotFoundException for an unknown claim
     */
    @PreAuthorize("hasRole('CHECKER')")
    public List<HistoryEntry> list(long claimId) {
        requireClaim(claimId);
        return select(CLAIM_EVENT.CLAIM_ID.eq(claimId)).orderBy(CLAIM_EVENT.SEQ).fetch(HistoryService::toEntry);
    }

    /** The newest event of a claim, if any. */
    public Optional<HistoryEntry> latest(long claimId) {
        return select(CLAIM_EVENT.CLAIM_ID.eq(claimId)).orderBy(CLAIM_EVENT.SEQ.desc()).limit(1)
                .fetchOptional(HistoryService::toEntry);
    }

    /** The events with these ids (for "last change at a glance" lists). */
    public List<HistoryEntry> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return select(CLAIM_EVENT.ID.in(ids)).fetch(HistoryService::toEntry);
    }

    /**
     * Checks one claim's chain.
     *
     * @throws NotFoundException for an unknown claim
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public ChainCheck verify(long claimId) {
        requireClaim(claimId);
        return check(claimId);
    }

    /** Checks the chains of all claims (one pass over {@code claim_event}). */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public ChainCheck verifyAll() {
        return check(null);
    }

    private ChainCheck check(@Nullable Long claimId) {
        ClaimEvent e = CLAIM_EVENT.as("e");
        // the database recomputes each digest with the same function the insert trigger used, so the check does
        // not depend on how Java would format timestamps or JSON
        Field<String> digest = claimEventDigest(DSL.field(e)).as("digest");
        Field<String> expectedPrev = DSL.lag(e.HASH).over(DSL.partitionBy(e.CLAIM_ID).orderBy(e.SEQ))
                .as("expected_prev");
        CommonTableExpression<Record7<Long, Long, Integer, String, String, String, String>> chain = DSL.name("chain")
                .as(DSL.select(e.ID, e.CLAIM_ID, e.SEQ, e.HASH, e.PREV_HASH, digest, expectedPrev).from(e)
                        .where(claimId == null ? DSL.noCondition() : e.CLAIM_ID.eq(claimId)));
        Field<Long> id = chain.field(e.ID);
        Field<String> hash = chain.field(e.HASH);
        Field<String> prev = chain.field(e.PREV_HASH);
        Field<String> dig = chain.field(digest);
        Field<String> exp = chain.field(expectedPrev);
        int checked = dsl.with(chain).selectCount().from(chain).fetchSingle().value1();
        List<Long> broken = dsl.with(chain).select(id).from(chain)
                .where(hash.ne(dig).or(prev.ne(DSL.coalesce(exp, DSL.inline(GENESIS)))))
                .orderBy(chain.field(e.CLAIM_ID), chain.field(e.SEQ))
                .fetch(id);
        return new ChainCheck(broken.isEmpty(), checked, broken);
    }

    private org.jooq.SelectConditionStep<Record> select(Condition where) {
        return dsl.select(CLAIM_EVENT.fields()).select(APP_USER.DISPLAY_NAME)
                .from(CLAIM_EVENT).leftJoin(APP_USER).on(APP_USER.ID.eq(CLAIM_EVENT.ACTOR_ID))
                .where(where);
    }

    private void requireClaim(long claimId) {
        if (!dsl.fetchExists(CLAIM, CLAIM.ID.eq(claimId))) {
            throw new NotFoundException("Claim", claimId);
        }
    }

    private static HistoryEntry toEntry(Record r) {
        return new HistoryEntry(r.get(CLAIM_EVENT.ID), r.get(CLAIM_EVENT.CLAIM_ID), r.get(CLAIM_EVENT.SEQ),
                r.get(CLAIM_EVENT.OCCURRED_AT).withOffsetSameInstant(ZoneOffset.UTC), r.get(CLAIM_EVENT.ACTOR_ID),
                r.get(APP_USER.DISPLAY_NAME), r.get(CLAIM_EVENT.KIND), json(r.get(CLAIM_EVENT.BEFORE)),
                json(r.get(CLAIM_EVENT.AFTER)), r.get(CLAIM_EVENT.NOTE), r.get(CLAIM_EVENT.HASH),
                r.get(CLAIM_EVENT.PREV_HASH));
    }

    private static @Nullable String json(org.jooq.@Nullable JSONB value) {
        return value == null ? null : value.data();
    }
}
