package io.claimdesk.evidence.domain;

import io.claimdesk.db.tables.records.EvidenceRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.EVIDENCE;
import static io.claimdesk.db.Tables.SOURCE;

/** jOOQ access to {@code evidence}, the claim-source links. */
@Repository
public class EvidenceRepository {

    private final DSLContext dsl;

    public EvidenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether claim {@code claimId} exists and was not removed. */
    public boolean claimExists(long claimId) {
        return dsl.fetchExists(CLAIM, CLAIM.ID.eq(claimId), CLAIM.REMOVED.isFalse());
    }

    public Optional<EvidenceRecord> findRecord(long id) {
        return dsl.selectFrom(EVIDENCE).where(EVIDENCE.ID.eq(id)).fetchOptional();
    }

    /** The link of a claim to a source, if there is one. */
    public Optional<EvidenceRecord> findLink(long claimId, long sourceId) {
        return dsl.selectFrom(EVIDENCE).where(EVIDENCE.CLAIM_ID.eq(claimId), EVIDENCE.SOURCE_ID.eq(sourceId))
                .fetchOptional();
    }

    /** The links to a source, row-locked until the transaction ends, by id. */
    public List<EvidenceRecord> lockBySource(long sourceId) {
        return dsl.selectFrom(EVIDENCE).where(EVIDENCE.SOURCE_ID.eq(sourceId)).orderBy(EVIDENCE.ID)
                .forUpdate().fetch();
    }

    /** @param enteredUrl the source URL as the user entered it */
    public long insert(long claimId, long sourceId, Stance stance, @Nullable String excerpt, @Nullable String note,
                       String enteredUrl, long actorId) {
        return dsl.insertInto(EVIDENCE)
                .set(EVIDENCE.ENTERED_URL, enteredUrl)
                .set(EVIDENCE.CLAIM_ID, claimId)
                .set(EVIDENCE.SOURCE_ID, sourceId)
                .set(EVIDENCE.STANCE, stance.toDb())
                .set(EVIDENCE.EXCERPT, excerpt)
                .set(EVIDENCE.NOTE, note)
                .set(EVIDENCE.ADDED_BY, actorId)
                .set(EVIDENCE.UPDATED_BY, actorId)
                .returning(EVIDENCE.ID).fetchSingle(EVIDENCE.ID);
    }

    /** One link with its source and who added it. */
    public Optional<Evidence> get(long id) {
        return withSource().where(EVIDENCE.ID.eq(id)).fetchOptional(EvidenceRepository::toEvidence);
    }

    /** The links of a claim: supporting first, then refuting, then context; oldest first within a stance. */
    public List<Evidence> forClaim(long claimId) {
        return withSource().where(EVIDENCE.CLAIM_ID.eq(claimId))
                .orderBy(EVIDENCE.STANCE, EVIDENCE.ADDED_AT, EVIDENCE.ID)
                .fetch(EvidenceRepository::toEvidence);
    }

    /**
     * Stores stance, excerpt, note and source of a changed record if its version is still {@code expectedVersion}.
     *
     * @return false when another change came first (nothing written)
     */
    public boolean update(EvidenceRecord changed, int expectedVersion, long actorId) {
        return dsl.update(EVIDENCE)
                .set(EVIDENCE.SOURCE_ID, changed.getSourceId())
                .set(EVIDENCE.STANCE, changed.getStance())
                .set(EVIDENCE.EXCERPT, changed.getExcerpt())
                .set(EVIDENCE.NOTE, changed.getNote())
                .set(EVIDENCE.UPDATED_AT, OffsetDateTime.now())
                .set(EVIDENCE.UPDATED_BY, actorId)
                .set(EVIDENCE.VERSION, EVIDENCE.VERSION.plus(1))
                .where(EVIDENCE.ID.eq(changed.getId()), EVIDENCE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** @return false when the link is gone or its version is no longer {@code expectedVersion} */
    public boolean delete(long id, int expectedVersion) {
        return dsl.deleteFrom(EVIDENCE).where(EVIDENCE.ID.eq(id), EVIDENCE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /**
     * Evidence counts per stance for many claims in one grouped query ({@code count(*) filter (where ...)}),
     * using the {@code (claim_id, source_id)} unique index.
     *
     * @return an entry for every id asked for; {@link StanceCounts#NONE} for a claim without links
     */
    public Map<Long, StanceCounts> countsByStance(Collection<Long> claimIds) {
        Map<Long, StanceCounts> counts = new HashMap<>();
        if (claimIds.isEmpty()) {
            return counts;
        }
        Field<Integer> supports = DSL.count().filterWhere(EVIDENCE.STANCE.eq(io.claimdesk.db.enums.Stance.SUPPORTS));
        Field<Integer> refutes = DSL.count().filterWhere(EVIDENCE.STANCE.eq(io.claimdesk.db.enums.Stance.REFUTES));
        Field<Integer> context = DSL.count().filterWhere(EVIDENCE.STANCE.eq(io.claimdesk.db.enums.Stance.CONTEXT));
        Long[] ids = claimIds.toArray(Long[]::new);
        dsl.select(EVIDENCE.CLAIM_ID, supports, refutes, context)
                .from(EVIDENCE)
                .where(EVIDENCE.CLAIM_ID.eq(DSL.any(ids)))
                .groupBy(EVIDENCE.CLAIM_ID)
                .forEach(r -> counts.put(r.get(EVIDENCE.CLAIM_ID),
                        new StanceCounts(r.get(supports), r.get(refutes), r.get(context))));
        for (Long id : ids) {
            counts.putIfAbsent(id, StanceCounts.NONE);
        }
        return counts;
    }

    private SelectOnConditionStep<Record> withSource() {
        return dsl.select(EVIDENCE.asterisk(), SOURCE.asterisk(), APP_USER.DISPLAY_NAME)
                .from(EVIDENCE)
                .join(SOURCE).on(SOURCE.ID.eq(EVIDENCE.SOURCE_ID))
                .join(APP_USER).on(APP_USER.ID.eq(EVIDENCE.ADDED_BY));
    }

    private static Evidence toEvidence(Record r) {
        EvidenceRecord e = r.into(EVIDENCE);
        return new Evidence(e.getId(), e.getClaimId(), SourceRepository.toSource(r), Stance.of(e.getStance()),
                e.getExcerpt(), e.getNote(), e.getAddedBy(), r.get(APP_USER.DISPLAY_NAME), e.getAddedAt(),
                e.getUpdatedAt(), e.getVersion(), e.getEnteredUrl());
    }
}
