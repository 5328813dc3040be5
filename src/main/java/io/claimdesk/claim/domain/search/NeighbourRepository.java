package io.claimdesk.claim.domain.search;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_NEIGHBOURS;

/**
 * jOOQ access for the stored nearest-neighbour lists of migration V18_21 ({@code claim_neighbours}) and the
 * {@code claim.statement_changed_at} column they are checked against. Plain SQL: arrays and pg_trgm's
 * {@code similarity()} have no jOOQ DSL.
 */
@Repository
public class NeighbourRepository {

    private final DSLContext dsl;

    public NeighbourRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A stored list.
     *
     * @param current       the claim's statement and article are still the ones the list was computed for
     *                      ({@link #BASIS_HASH}), and the list's time is not in the future (a clock set back)
     * @param completeUntil every change before this time (UTC) is in the list
     * @param neighbours    nearest first
     * @param floor         no claim outside the list and unchanged since {@code completeUntil} is more similar
     *                      (-1: there is none)
     */
    public record Stored(boolean current, OffsetDateTime completeUntil, List<SimilarityRepository.Scored> neighbours,
                         double floor) {
    }

    /** The list of claim {@code claimId}, when one is stored. */
    public Optional<Stored> stored(long claimId) {
        return dsl.fetchOptional("""
                        select %s = n.statement_hash and n.complete_until <= now(), n.complete_until,
                               n.neighbour_ids, n.similarities, n.floor
                        from claim_neighbours n join claim c on c.id = n.claim_id where n.claim_id = ?"""
                        .formatted(BASIS_HASH), claimId)
                .map(r -> {
                    Long[] ids = r.get(2, Long[].class);
                    Float[] sims = r.get(3, Float[].class);
                    List<SimilarityRepository.Scored> list = new ArrayList<>(ids.length);
                    for (int i = 0; i < ids.length; i++) {
                        list.add(new SimilarityRepository.Scored(ids[i], sims[i]));
                    }
                    return new Stored(r.get(0, Boolean.class), r.get(1, OffsetDateTime.class), List.copyOf(list),
                            r.get(4, Double.class));
                });
    }

    /**
     * What a list computed now is tied to: its time (now less {@code marginSeconds}), the statement's hash, and the
     * claim's statement and article.
     */
    public record Basis(OffsetDateTime completeUntil, String statementHash, String statement, long articleId) {
    }

    /**
     * What a list is tied to, as SQL over the claim {@code c}: the md5 of its article and normalised statement
     * (column {@code claim_neighbours.statement_hash}). The article is in it because a list leaves out the claim's
     * own article: a claim moved to another article needs a new list.
     */
    static final String BASIS_HASH = "md5(c.article_id || ':' || c.statement_normalized)";

    /**
     * The basis of a list computed in this transaction: {@code now()} is the transaction's start, before the
     * snapshot of any query in it, less {@code marginSeconds} for transactions that wrote a claim before it and
     * commit after that snapshot. Empty when the claim does not exist or was removed.
     */
    public Optional<Basis> basis(long claimId, int marginSeconds) {
        return dsl.fetchOptional("""
                        select now() - make_interval(secs => ?), %s, c.statement, c.article_id
                        from claim c where c.id = ? and not c.removed""".formatted(BASIS_HASH), marginSeconds,
                        claimId)
                .map(r -> new Basis(r.get(0, OffsetDateTime.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, Long.class)));
    }

    /** Of {@code ids}, those not removed whose statement has not changed after {@code time}. */
    public Set<Long> unchangedSince(List<Long> ids, OffsetDateTime time) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.fetch("""
                        select id from claim where id = any(?::bigint[]) and not removed
                        and (statement_changed_at is null or statement_changed_at <= ?::timestamptz)""",
                ids.toArray(Long[]::new), time).map(r -> r.get(0, Long.class)));
    }

    /** How many claims changed after {@code time}, counting at most {@code cap} (index of V18_21). */
    public int changedSince(OffsetDateTime time, int cap) {
        return dsl.fetchSingle("""
                        select count(*) from (
                            select 1 from claim where statement_changed_at > ?::timestamptz limit ?) c""",
                time, cap).get(0, Integer.class);
    }

    /**
     * The claims changed after {@code time} (not removed, not {@code claimId}, not of {@code excludeArticleId}) with
     * their similarity to {@code statement}; call after {@link #changedSince} said they are few.
     */
    public List<SimilarityRepository.Scored> similarChangedSince(OffsetDateTime time, long claimId,
                                                                 long excludeArticleId, String statement) {
        return dsl.fetch("""
                        select id, similarity(statement_normalized, search_normalize(?)) from claim
                        where statement_changed_at > ?::timestamptz and not removed and id <> ? and article_id <> ?""",
                statement, time, claimId, excludeArticleId).map(r -> new SimilarityRepository.Scored(
                r.get(0, Long.class), r.get(1, Double.class)));
    }

    /**
     * Stores the list of claim {@code claimId} unless a list with a later basis is stored already (two refreshes may
     * finish in any order).
     */
    public void store(long claimId, Basis basis, List<SimilarityRepository.Scored> neighbours, double floor) {
        Long[] ids = neighbours.stream().map(SimilarityRepository.Scored::id).toArray(Long[]::new);
        Float[] sims = neighbours.stream().map(s -> (float) s.similarity()).toArray(Float[]::new);
        var n = CLAIM_NEIGHBOURS;
        dsl.insertInto(n, n.CLAIM_ID, n.STATEMENT_HASH, n.COMPLETE_UNTIL, n.NEIGHBOUR_IDS, n.SIMILARITIES, n.FLOOR)
                .select(DSL.select(DSL.val(claimId), DSL.val(basis.statementHash()), DSL.val(basis.completeUntil()),
                                DSL.val(ids), DSL.val(sims), DSL.val((float) floor))
                        .whereExists(DSL.selectOne().from(CLAIM).where(CLAIM.ID.eq(claimId))))
                .onConflict(n.CLAIM_ID).doUpdate()
                .set(n.STATEMENT_HASH, DSL.excluded(n.STATEMENT_HASH))
                .set(n.COMPLETE_UNTIL, DSL.excluded(n.COMPLETE_UNTIL))
                .set(n.NEIGHBOUR_IDS, DSL.excluded(n.NEIGHBOUR_IDS))
                .set(n.SIMILARITIES, DSL.excluded(n.SIMILARITIES))
                .set(n.FLOOR, DSL.excluded(n.FLOOR))
                .set(n.COMPUTED_AT, DSL.currentOffsetDateTime())
                .where(n.COMPLETE_UNTIL.le(DSL.excluded(n.COMPLETE_UNTIL)))
                .execute();
    }

    /**
     * Claims (not removed) with an id between {@code aboveId} and {@code belowId} (both exclusive) that have no
     * list, or a list for another statement, newest first, at most {@code limit}.
     */
    public List<Long> withoutList(long aboveId, long belowId, int limit) {
        return dsl.fetch("""
                        select c.id from claim c left join claim_neighbours n on n.claim_id = c.id
                        where c.id > ? and c.id < ? and not c.removed
                          and (n.claim_id is null or n.statement_hash <> %s)
                        order by c.id desc limit ?""".formatted(BASIS_HASH), aboveId, belowId, limit)
                .map(r -> r.get(0, Long.class));
    }

    /** Forgets the list of claim {@code claimId} (a removed or deleted claim; a restored one gets a new list). */
    public void forget(long claimId) {
        dsl.deleteFrom(CLAIM_NEIGHBOURS).where(CLAIM_NEIGHBOURS.CLAIM_ID.eq(claimId)).execute();
    }

    /** The highest claim id, 0 when there is none. */
    public long newestClaim() {
        return dsl.fetchSingle("select coalesce(max(id), 0) from claim").get(0, Long.class);
    }

    /**
     * Claims whose list saw fewer changes than have happened since (its time is before the newest change), the
     * oldest list first, at most {@code limit}.
     */
    public List<Long> behind(int limit) {
        return dsl.fetch("""
                        select claim_id from claim_neighbours
                        where complete_until < (select max(statement_changed_at) from claim)
                        order by complete_until limit ?""", limit).map(r -> r.get(0, Long.class));
    }
}
