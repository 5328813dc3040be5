package io.claimdesk.claim.domain;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.ORPHAN_CANDIDATE;

/** The {@code orphan_candidate} table (migration V14_4): at most one candidate passage per orphaned claim. */
@Repository
public class OrphanCandidateRepository {

    private final DSLContext dsl;

    public OrphanCandidateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores (or replaces) the candidate of a claim. */
    public void put(OrphanCandidate c) {
        dsl.insertInto(ORPHAN_CANDIDATE)
                .set(ORPHAN_CANDIDATE.CLAIM_ID, c.claimId())
                .set(ORPHAN_CANDIDATE.START_CP, c.start())
                .set(ORPHAN_CANDIDATE.END_CP, c.end())
                .set(ORPHAN_CANDIDATE.QUOTE, c.quote())
                .set(ORPHAN_CANDIDATE.DIFFERENCES, c.differences().toArray(String[]::new))
                .onConflict(ORPHAN_CANDIDATE.CLAIM_ID).doUpdate()
                .set(ORPHAN_CANDIDATE.START_CP, c.start())
                .set(ORPHAN_CANDIDATE.END_CP, c.end())
                .set(ORPHAN_CANDIDATE.QUOTE, c.quote())
                .set(ORPHAN_CANDIDATE.DIFFERENCES, c.differences().toArray(String[]::new))
                .execute();
    }

    public Optional<OrphanCandidate> of(long claimId) {
        return dsl.selectFrom(ORPHAN_CANDIDATE).where(ORPHAN_CANDIDATE.CLAIM_ID.eq(claimId)).fetchOptional()
                .map(r -> new OrphanCandidate(r.getClaimId(), r.getStartCp(), r.getEndCp(), r.getQuote(),
                        r.getDifferences() == null ? List.of() : Arrays.asList(r.getDifferences())));
    }

    public void delete(long claimId) {
        dsl.deleteFrom(ORPHAN_CANDIDATE).where(ORPHAN_CANDIDATE.CLAIM_ID.eq(claimId)).execute();
    }

    /** Deletes the candidates of an article's claims (their offsets no longer hold after another edit). */
    public void deleteOfArticle(long articleId) {
        dsl.deleteFrom(ORPHAN_CANDIDATE).where(ORPHAN_CANDIDATE.CLAIM_ID.in(
                dsl.select(CLAIM.ID).from(CLAIM).where(CLAIM.ARTICLE_ID.eq(articleId)))).execute();
    }
}
