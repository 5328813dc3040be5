package io.claimdesk.claim.domain.search;

import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.tables.records.ClaimRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_GROUP;

/**
 * jOOQ access for similarity and claim groups. Similarity lookups use the trigram GiST index on
 * {@code claim.statement_normalized} (migration V11) through pg_trgm's distance operator {@code <->}
 * ({@code 1 - similarity}): an index-ordered nearest-neighbour scan that stops after the requested number of rows,
 * so its cost does not grow with the number of statements sharing common phrases (docs/benchmarks.md, (3)).
 */
@Repository
public class SimilarityRepository {

    private final DSLContext dsl;

    public SimilarityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An id with its similarity. */
    public record Scored(long id, double similarity) {
    }

    private static Field<Float> similarity(Field<String> normalized, String text) {
        // plain SQL: pg_trgm's similarity() has no jOOQ DSL
        return DSL.field("similarity({0}, search_normalize({1}))", SQLDataType.REAL, normalized, DSL.val(text));
    }

    private static Field<Float> distance(Field<String> normalized, String text) {
        // plain SQL: pg_trgm's <-> distance operator (1 - similarity), orderable by a gist_trgm_ops index scan
        return DSL.field("({0} <-> search_normalize({1}))", SQLDataType.REAL, normalized, DSL.val(text));
    }

    /**
     * Claims (not removed, not {@code claimId}) whose statement is at least {@code min} similar to
     * {@code statement}, most similar first (ties: newest id first).
     *
     * <p>The {@code limit} nearest statements are read in distance order from the GiST index (the scan stops there),
     * then those below {@code min} are dropped. This returns the same claims as "all claims at least {@code min}
     * similar, best {@code limit}": a claim below {@code min} is never nearer than one above it.
     *
     * @param excludeArticleId leave out claims of this article (null: keep all)
     * @param min              lowest similarity kept (0..1)
     */
    public List<Scored> similar(long claimId, String statement, @org.jspecify.annotations.Nullable Long excludeArticleId, double min, int limit) {
        Field<Float> sim = similarity(CLAIM.STATEMENT_NORMALIZED, statement).as("sim");
        Condition c = CLAIM.ID.ne(claimId).and(CLAIM.REMOVED.isFalse());
        if (excludeArticleId != null) {
            c = c.and(CLAIM.ARTICLE_ID.ne(excludeArticleId));
        }
        // Order by the distance alone: a second sort key (id) makes PostgreSQL 15 sort the whole table instead of
        // using the index order; ties are ordered here after the fetch (only which of several claims tied at the
        // k-th place is kept may differ from a full sort).
        // No similarity condition in the WHERE clause: with one, a nearest-neighbour scan that found fewer than
        // `limit` rows above it would read the whole index. The threshold is applied to the `limit` rows instead.
        return dsl.select(CLAIM.ID, sim).from(CLAIM).where(c)
                .orderBy(distance(CLAIM.STATEMENT_NORMALIZED, statement)).limit(limit)
                .fetch(r -> new Scored(r.value1(), r.value2()))
                .stream().filter(s -> s.similarity() >= min)
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed()
                        .thenComparing(Comparator.comparingLong(Scored::id).reversed()))
                .toList();
    }

    /** Claims of one article (not {@code claimId}, not removed) at least {@code min} similar to the statement. */
    public List<Scored> similarInArticle(long claimId, long articleId, String statement, double min) {
        Field<Float> sim = similarity(CLAIM.STATEMENT_NORMALIZED, statement);
        return dsl.select(CLAIM.ID, sim).from(CLAIM)
                .where(CLAIM.ARTICLE_ID.eq(articleId), CLAIM.ID.ne(claimId), CLAIM.REMOVED.isFalse(),
                        sim.ge((float) min))
                .orderBy(sim.desc(), CLAIM.ID).limit(20)
                .fetch(r -> new Scored(r.value1(), r.value2()));
    }

    /**
     * Claims (not removed, not {@code claimId}, not of {@code excludeArticleId}) citing a source that claim
     * {@code claimId} cites as evidence. A source is one row per canonical URL (V4, V14_1), so one source id is one
     * canonical address. Most shared sources first, then newest; at most {@code limit}.
     */
    public List<Long> sharingSource(long claimId, long excludeArticleId, int limit) {
        return dsl.fetch("""
                        select c.id from evidence mine
                        join evidence theirs on theirs.source_id = mine.source_id and theirs.claim_id <> mine.claim_id
                        join claim c on c.id = theirs.claim_id
                        where mine.claim_id = ? and not c.removed and c.article_id <> ?
                        group by c.id order by count(*) desc, c.id desc limit ?""",
                claimId, excludeArticleId, limit).map(r -> r.get(0, Long.class));
    }

    /** The figures of claim {@code claimId}'s statement ({@code claim_figures}, migration V18_1), sorted as text. */
    public List<String> figures(long claimId) {
        String[] figures = dsl.fetchOptional("select claim_figures(statement) from claim where id = ?", claimId)
                .map(r -> r.get(0, String[].class)).orElse(new String[0]);
        return figures == null ? List.of() : List.of(figures);
    }

    /**
     * Most claims a set of figures may be cited by and still find candidates: a set of figures cited by more claims
     * is too common to tell claims apart (as a single digit is) and finds none by itself; it still counts in the rank
     * of candidates found otherwise ({@link SimilarClaims#similarTo}). It also bounds the work: the lookup reads at
     * most this many + 1 matching rows, whatever the size of the archive (at 1M generated claims a three-digit figure
     * is cited by ~2,500 claims, and ordering all of them by id read the table backwards for 1.7 s; issue 18).
     */
    public static final int COMMON_FIGURES = 200;

    /**
     * Claims (not removed, not {@code claimId}, not of {@code excludeArticleId}) whose statement cites every one of
     * {@code figures} (the GIN index of V18_1 on {@code claim_figures(statement)}), newest first, at most
     * {@code limit}. Empty for no figures, and when more than {@link #COMMON_FIGURES} claims cite them all.
     */
    public List<Long> citingFigures(long claimId, long excludeArticleId, List<String> figures, int limit) {
        if (figures.isEmpty()) {
            return List.of();
        }
        // the matches are read through the GIN index into a materialised set of at most COMMON_FIGURES + 1 rows
        // (a fence: ordered by id straight from the table, the planner walks the primary key backwards and runs
        // claim_figures on every row it passes); more than COMMON_FIGURES of them: too common, none
        return dsl.fetch("""
                        with m as materialized (
                            select c.id, c.article_id, c.removed from claim c
                            where claim_figures(c.statement) @> ?::text[]
                            limit ?)
                        select id from m
                        where (select count(*) from m) <= ? and id <> ? and not removed and article_id <> ?
                        order by id desc limit ?""",
                figures.toArray(String[]::new), COMMON_FIGURES + 1, COMMON_FIGURES, claimId, excludeArticleId,
                limit).map(r -> r.get(0, Long.class));
    }

    /**
     * What claim {@code claimId} shares with each of {@code ids} (removed claims are left out), with what the other
     * claim says (for {@link NamedEntities}), in one query.
     *
     * @param similarity     trigram similarity of the normalised statements, in [0, 1]
     * @param sharedSources  number of sources (canonical URLs) both cite as evidence
     * @param sharedFigures  figures ({@code claim_figures}) both statements cite, sorted as text
     * @param sameClaimDate  both have the same claim date (null dates are never the same)
     * @param dismissed      the other claim's status is DISMISSED
     * @param statement      the other claim's statement
     * @param claimant       the other claim's claimant, or null
     * @param figures        the other statement's figures ({@code claim_figures}, V18_1, sorted as text)
     */
    public record Shared(long id, double similarity, int sharedSources, List<String> sharedFigures,
                         boolean sameClaimDate, boolean dismissed, String statement,
                         @org.jspecify.annotations.Nullable String claimant, List<String> figures) {
    }

    /** {@link Shared} for each of {@code ids} that still exists. */
    public List<Shared> shared(long claimId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // plain SQL: the SQL function of V18_1 is the one rule for figures
        return dsl.fetch("""
                        select c.id,
                               similarity(c.statement_normalized, me.statement_normalized),
                               (select count(distinct theirs.source_id) from evidence mine
                                join evidence theirs on theirs.source_id = mine.source_id
                                where mine.claim_id = me.id and theirs.claim_id = c.id),
                               array(select unnest(claim_figures(c.statement))
                                     intersect select unnest(claim_figures(me.statement)) order by 1),
                               coalesce(c.claim_date = me.claim_date, false),
                               c.status = 'DISMISSED',
                               c.statement, c.claimant, claim_figures(c.statement)
                        from claim c join claim me on me.id = ?
                        where c.id = any(?::bigint[]) and not c.removed""",
                claimId, ids.toArray(Long[]::new)).map(r -> new Shared(r.get(0, Long.class),
                r.get(1, Double.class), r.get(2, Integer.class), List.of(r.get(3, String[].class)),
                r.get(4, Boolean.class), r.get(5, Boolean.class), r.get(6, String.class), r.get(7, String.class),
                r.get(8, String[].class) == null ? List.of() : List.of(r.get(8, String[].class))));
    }

    public Optional<ClaimRecord> lock(long id) {
        return dsl.selectFrom(CLAIM).where(CLAIM.ID.eq(id), CLAIM.REMOVED.isFalse()).forUpdate().fetchOptional();
    }

    public long newGroup(long createdBy) {
        return dsl.insertInto(CLAIM_GROUP).set(CLAIM_GROUP.CREATED_BY, createdBy)
                .returning(CLAIM_GROUP.ID).fetchSingle(CLAIM_GROUP.ID);
    }

    /** Ids of the claims of a group (not removed), locked for update. */
    public List<ClaimRecord> lockMembers(long groupId) {
        return dsl.selectFrom(CLAIM).where(CLAIM.GROUP_ID.eq(groupId), CLAIM.REMOVED.isFalse())
                .orderBy(CLAIM.ID).forUpdate().fetch();
    }

    /** Moves a claim into a group when its version is still {@code expectedVersion}; bumps the version. */
    public boolean setGroup(long claimId, int expectedVersion, long groupId) {
        return dsl.update(CLAIM)
                .set(CLAIM.GROUP_ID, groupId)
                .set(CLAIM.UPDATED_AT, OffsetDateTime.now())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(claimId), CLAIM.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Sets a claim's verdict and rationale (a proposal draft) when its version is still {@code expectedVersion}. */
    public boolean setDraftVerdict(long claimId, int expectedVersion, String verdict, @org.jspecify.annotations.Nullable String rationale) {
        return dsl.update(CLAIM)
                .set(CLAIM.VERDICT, verdict)
                .set(CLAIM.RATIONALE, rationale)
                .set(CLAIM.UPDATED_AT, OffsetDateTime.now())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(claimId), CLAIM.VERSION.eq(expectedVersion),
                        CLAIM.STATUS.in(ClaimStatus.NEW, ClaimStatus.IN_PROGRESS))
                .execute() == 1;
    }

    /** Ids of the other claims of the group of {@code claimId}, oldest first. */
    public List<Long> groupMates(long claimId) {
        var me = CLAIM.as("me");
        return dsl.select(CLAIM.ID).from(CLAIM).join(me).on(me.GROUP_ID.eq(CLAIM.GROUP_ID))
                .where(me.ID.eq(claimId), CLAIM.ID.ne(claimId), CLAIM.REMOVED.isFalse())
                .orderBy(CLAIM.ID).fetch(CLAIM.ID);
    }

    /** The newest approved verdict among the other claims of the group of {@code claimId}. */
    public Optional<GroupVerdict> approvedVerdict(long claimId) {
        var me = CLAIM.as("me");
        return dsl.select(CLAIM.ID, CLAIM.VERDICT, CLAIM.RATIONALE, CLAIM.APPROVED_AT)
                .from(CLAIM).join(me).on(me.GROUP_ID.eq(CLAIM.GROUP_ID))
                .where(me.ID.eq(claimId), CLAIM.ID.ne(claimId), CLAIM.REMOVED.isFalse(),
                        CLAIM.STATUS.eq(ClaimStatus.APPROVED), CLAIM.VERDICT.isNotNull())
                .orderBy(CLAIM.APPROVED_AT.desc().nullsLast(), CLAIM.ID.desc()).limit(1)
                .fetchOptional(r -> new GroupVerdict(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Display name of the actor of the claim's newest history event. */
    public Optional<String> lastActor(long claimId) {
        var e = io.claimdesk.db.Tables.CLAIM_EVENT;
        var u = io.claimdesk.db.Tables.APP_USER;
        return dsl.select(u.DISPLAY_NAME).from(e).join(u).on(u.ID.eq(e.ACTOR_ID))
                .where(e.CLAIM_ID.eq(claimId)).orderBy(e.SEQ.desc()).limit(1).fetchOptional(u.DISPLAY_NAME);
    }
}
