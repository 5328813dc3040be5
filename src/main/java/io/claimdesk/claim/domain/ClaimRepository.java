package io.claimdesk.claim.domain;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.core.db.StableOrder;
import io.claimdesk.core.domain.LikePatterns;
import io.claimdesk.core.domain.Total;

import io.claimdesk.claim.domain.anchor.Anchor;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.tables.AppUser;
import io.claimdesk.db.tables.records.ClaimRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import io.claimdesk.search.domain.FullText;
import io.claimdesk.search.domain.Highlighter;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.EVIDENCE;

/** jOOQ access to {@code claim}, joined with its article, people and evidence counts for display. */
@Repository
public class ClaimRepository {

    private static final AppUser CREATOR = APP_USER.as("creator");
    private static final AppUser ASSIGNEE = APP_USER.as("assignee");
    private static final AppUser REQUESTER = APP_USER.as("requester");
    /** Who asked for changes (issue 16), by name. */
    private static final Field<String> REQUESTER_NAME = DSL.field(DSL.select(REQUESTER.DISPLAY_NAME).from(REQUESTER)
            .where(REQUESTER.ID.eq(CLAIM.CHANGES_REQUESTED_BY))).as("changes_requested_by_name");
    private static final Field<Integer> SUPPORTS = stanceCount(Stance.SUPPORTS, "supports");
    private static final Field<Integer> REFUTES = stanceCount(Stance.REFUTES, "refutes");
    private static final Field<Integer> CONTEXT = stanceCount(Stance.CONTEXT, "context");
    /** The article's title, or its first line cut to 80 characters when it has none. */
    private static final Field<String> ARTICLE_TITLE = DSL.coalesce(DSL.nullif(ARTICLE.TITLE, ""),
            DSL.left(DSL.splitPart(ARTICLE.BODY, "\n", 1), 80)).as("article_title");

    /**
     * Best matches read from the RUM index per relevance-ordered search (more for a page beyond them) and then
     * ranked by {@code ts_rank_cd} (issue 18, {@link ClaimSearchPlan}).
     */
    static final int RUM_CANDIDATES = 200;
    /** Totals ({@link #total}) are exact up to this many rows and estimated above. */
    public static final int EXACT_TOTAL_UP_TO = 1000;

    private final DSLContext dsl;
    private final ClaimSearchPlan plan;

    public ClaimRepository(DSLContext dsl, ClaimSearchPlan plan) {
        this.dsl = dsl;
        this.plan = plan;
    }

    private static Field<Integer> stanceCount(Stance stance, String alias) {
        return DSL.field(DSL.selectCount().from(EVIDENCE)
                .where(EVIDENCE.CLAIM_ID.eq(CLAIM.ID), EVIDENCE.STANCE.eq(stance))).as(alias);
    }

    private SelectJoinStep<Record> select() {
        return select(CLAIM);
    }

    private SelectJoinStep<Record> select(org.jooq.TableLike<?> claims, SelectField<?>... more) {
        List<org.jooq.SelectFieldOrAsterisk> fields = new java.util.ArrayList<>(List.<org.jooq.SelectFieldOrAsterisk>of(CLAIM.asterisk(), ARTICLE_TITLE,
                ARTICLE.DIRECTION, CREATOR.DISPLAY_NAME, ASSIGNEE.DISPLAY_NAME, SUPPORTS, REFUTES, CONTEXT,
                REQUESTER_NAME));
        fields.addAll(Arrays.asList(more));
        return dsl.select(fields)
                .from(claims)
                .join(ARTICLE).on(ARTICLE.ID.eq(CLAIM.ARTICLE_ID))
                .join(CREATOR).on(CREATOR.ID.eq(CLAIM.CREATED_BY))
                .leftJoin(ASSIGNEE).on(ASSIGNEE.ID.eq(CLAIM.ASSIGNEE_ID));
    }

    public Optional<Claim> find(long id) {
        return select().where(CLAIM.ID.eq(id), CLAIM.REMOVED.isFalse()).fetchOptional(ClaimRepository::toClaim);
    }

    /** The claims of {@code ids} that exist and are not removed, by id, in one query (no order). */
    public java.util.Map<Long, Claim> find(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return select().where(CLAIM.ID.in(ids), CLAIM.REMOVED.isFalse()).fetch(ClaimRepository::toClaim).stream()
                .collect(java.util.stream.Collectors.toMap(Claim::id, c -> c));
    }

    public Optional<ClaimRecord> record(long id) {
        return dsl.selectFrom(CLAIM).where(CLAIM.ID.eq(id), CLAIM.REMOVED.isFalse()).fetchOptional();
    }

    public List<Claim> find(ClaimFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        return select(claims(filter, offset, limit, sort)).where(rum(filter, sort) ? DSL.noCondition() : condition(filter))
                .orderBy(order(filter, sort))
                .offset(offset).limit(limit)
                .fetch(ClaimRepository::toClaim);
    }

    /**
     * Claims in the default order (newest first, {@code created_at desc, id desc}) after {@code after} (keyset
     * paging: no rows are read and dropped, issue 18); the filter must have no full-text query (those are ordered
     * by relevance, paged by offset).
     *
     * @param after the end of the previous page ({@link ClaimCursor#after}); null for the first page
     * @throws IllegalArgumentException when the filter has a full-text query
     */
    public List<Claim> findAfter(ClaimFilter filter, @org.jspecify.annotations.Nullable ClaimCursor after, int limit) {
        if (FullText.isQuery(filter.query())) {
            throw new IllegalArgumentException("keyset paging is for lists without a full-text query");
        }
        Condition c = condition(filter);
        if (after != null) {
            c = c.and(DSL.row(CLAIM.CREATED_AT, CLAIM.ID).lt(after.createdAt(), after.id()));
        }
        return select().where(c).orderBy(CLAIM.CREATED_AT.desc(), CLAIM.ID.desc()).limit(limit)
                .fetch(ClaimRepository::toClaim);
    }

    /** Whether a page of this filter and sort is read through the RUM index ({@link ClaimSearchPlan}). */
    private boolean rum(ClaimFilter filter, List<? extends SortField<?>> sort) {
        return FullText.isQuery(filter.query()) && sort.isEmpty() && plan.rum();
    }

    /**
     * The claim rows a page is read from: the table, or for a relevance-ordered full-text page when the RUM index
     * exists, the {@code max(RUM_CANDIDATES, offset + limit)} best matches of the filter by RUM distance joined
     * back to the table, so that only those are ranked with {@code ts_rank_cd}. (A derived table with its LIMIT,
     * not {@code id in (...)}: the planner then knows it joins 200 rows and uses the primary key; with
     * {@code in}, it expected half the table and hashed it, 10x slower.)
     */
    private org.jooq.TableLike<?> claims(ClaimFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        if (!rum(filter, sort)) {
            return CLAIM;
        }
        int candidates = Math.max(RUM_CANDIDATES, offset + limit);
        // plain SQL: RUM's distance operator <=> (tsvector, tsquery), ordered by the claim_search_rum_idx scan
        Field<Object> distance = DSL.field("({0} <=> {1})", Object.class, CLAIM.SEARCH_DOCUMENT,
                FullText.query(filter.query()));
        Field<Long> id = CLAIM.ID.as("rum_id");
        var top = DSL.select(id).from(CLAIM).where(condition(filter)).orderBy(distance).limit(candidates)
                .asTable("rum_top");
        return top.join(CLAIM).on(CLAIM.ID.eq(top.field(id)));
    }

    /**
     * Like {@link #find}, with the statement's matches of the filter's full-text query (none without a query).
     * Without an explicit sort, results are ordered by relevance ({@code ts_rank_cd}), best first.
     */
    public List<ClaimHit> search(ClaimFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        String q = filter.query();
        if (!FullText.isQuery(q)) {
            return find(filter, offset, limit, sort).stream().map(c -> new ClaimHit(c, List.of())).toList();
        }
        Field<String> headline = headline(q);
        return searchQuery(filter, offset, limit, sort).fetch(r -> {
            Claim c = toClaim(r);
            return new ClaimHit(c, Highlighter.ranges(c.statement(), r.get(headline)));
        });
    }

    private static Field<String> headline(String q) {
        return FullText.headline(CLAIM.LANGUAGE, CLAIM.STATEMENT, q).as("statement_headline");
    }

    /**
     * The query {@link #search} runs for a filter with a full-text query (claim rows with article, people, evidence
     * counts and the statement's {@code ts_headline}); public so that benchmarks EXPLAIN exactly this query.
     */
    public org.jooq.Select<Record> searchQuery(ClaimFilter filter, int offset, int limit,
                                               List<? extends SortField<?>> sort) {
        return select(claims(filter, offset, limit, sort), headline(filter.query()))
                .where(rum(filter, sort) ? DSL.noCondition() : condition(filter))
                .orderBy(order(filter, sort))
                .offset(offset).limit(limit);
    }

    private static List<? extends SortField<?>> order(ClaimFilter filter, List<? extends SortField<?>> sort) {
        if (!sort.isEmpty()) {
            return StableOrder.by(sort, CLAIM.ID);
        }
        if (FullText.isQuery(filter.query())) {
            return List.of(FullText.rank(CLAIM.SEARCH_DOCUMENT, filter.query()).desc(), CLAIM.ID.desc());
        }
        return List.of(CLAIM.CREATED_AT.desc(), CLAIM.ID.desc());
    }

    /** Claims of one article in text order (orphans last). */
    public List<Claim> ofArticle(long articleId) {
        return select().where(CLAIM.ARTICLE_ID.eq(articleId), CLAIM.REMOVED.isFalse())
                .orderBy(CLAIM.ORPHANED, CLAIM.START_CP, CLAIM.END_CP.desc(), CLAIM.ID)
                .fetch(ClaimRepository::toClaim);
    }

    /** Placed claims of one article as rows, for re-anchoring. */
    public List<ClaimRecord> placedRecords(long articleId) {
        return dsl.selectFrom(CLAIM)
                .where(CLAIM.ARTICLE_ID.eq(articleId), CLAIM.REMOVED.isFalse(), CLAIM.ORPHANED.isFalse())
                .orderBy(CLAIM.ID).forUpdate().fetch();
    }

    /** Id of a claim (not removed) on exactly the span [start, end) of the article, if there is one. */
    public Optional<Long> findSameSpan(long articleId, int start, int end) {
        return dsl.select(CLAIM.ID).from(CLAIM)
                .where(CLAIM.ARTICLE_ID.eq(articleId), CLAIM.REMOVED.isFalse(), CLAIM.ORPHANED.isFalse(),
                        CLAIM.START_CP.eq(start), CLAIM.END_CP.eq(end))
                .limit(1).fetchOptional(CLAIM.ID);
    }

    public int count(ClaimFilter filter) {
        return dsl.fetchCount(CLAIM, condition(filter));
    }

    /**
     * The number of claims matching the filter, exact up to {@link #EXACT_TOTAL_UP_TO} and estimated above
     * ({@link Total#of}: the rows are counted with a cap, then the planner's row estimate of the same query is
     * read with EXPLAIN), so a list's size costs at most ~1,000 rows read, whatever the archive's size (issue 18).
     */
    public Total total(ClaimFilter filter) {
        Condition c = condition(filter);
        int counted = dsl.fetchCount(dsl.selectOne().from(CLAIM).where(c).limit(EXACT_TOTAL_UP_TO + 1));
        if (counted <= EXACT_TOTAL_UP_TO) {
            return Total.exact(counted);
        }
        return Total.of(counted, EXACT_TOTAL_UP_TO, estimatedRows(dsl.selectOne().from(CLAIM).where(c)));
    }

    /** The planner's estimate of the rows {@code query} returns (EXPLAIN, the top plan node's "rows"). */
    private long estimatedRows(org.jooq.Select<?> query) {
        // plain SQL: EXPLAIN, with the query's values as bind values (PostgreSQL plans EXPLAIN with its parameters)
        String plan = String.valueOf(dsl.resultQuery("explain (format json) {0}", query).fetchOne(0));
        try {
            return JSON.readTree(plan).path(0).path("Plan").path("Plan Rows").asLong(0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable EXPLAIN output", e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Distinct tags in use, most used first. */
    public List<String> tags(int limit) {
        var unnested = DSL.unnest(CLAIM.TAGS).as("t", "tag");
        Field<String> tag = unnested.field("tag", String.class);
        return dsl.select(tag).from(CLAIM).crossJoin(unnested)
                .where(CLAIM.REMOVED.isFalse())
                .groupBy(tag).orderBy(DSL.count().desc(), tag).limit(limit)
                .fetch(tag);
    }

    static Condition condition(ClaimFilter f) {
        Condition c = CLAIM.REMOVED.isFalse();
        if (f.articleId() != null) {
            c = c.and(CLAIM.ARTICLE_ID.eq(f.articleId()));
        }
        if (f.status() != null) {
            c = c.and(CLAIM.STATUS.eq(f.status().stored()));
        }
        if (f.claimant() != null && !f.claimant().isBlank()) {
            c = c.and(CLAIM.CLAIMANT.likeIgnoreCase(LikePatterns.containing(f.claimant())));
        }
        if (f.tag() != null && !f.tag().isBlank()) {
            c = c.and(CLAIM.TAGS.contains(new String[]{f.tag().strip()}));
        }
        if (f.assigneeId() != null) {
            c = c.and(CLAIM.ASSIGNEE_ID.eq(f.assigneeId()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            c = c.and(CLAIM.STATEMENT.likeIgnoreCase(LikePatterns.containing(f.text())).or(CLAIM.QUOTE.likeIgnoreCase(LikePatterns.containing(f.text()))));
        }
        if (f.orphaned() != null) {
            c = c.and(CLAIM.ORPHANED.eq(f.orphaned()));
        }
        if (FullText.isQuery(f.query())) {
            c = c.and(FullText.matches(CLAIM.SEARCH_DOCUMENT, f.query()));
        }
        return c;
    }

    public long insert(ClaimRecord claim) {
        claim.changed(CLAIM.ID, false);
        return dsl.insertInto(CLAIM).set(claim).returning(CLAIM.ID).fetchSingle(CLAIM.ID);
    }

    /**
     * Stores the reviewer's fields when the version is still {@code expectedVersion}.
     *
     * @return false when someone else changed the claim first
     */
    public boolean updateFields(ClaimRecord r, int expectedVersion) {
        return dsl.update(CLAIM)
                .set(CLAIM.STATEMENT, r.getStatement())
                .set(CLAIM.CLAIMANT, r.getClaimant())
                .set(CLAIM.CLAIM_DATE, r.getClaimDate())
                .set(CLAIM.TAGS, r.getTags())
                .set(CLAIM.UPDATED_AT, OffsetDateTime.now())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(r.getId()), CLAIM.VERSION.eq(expectedVersion), CLAIM.REMOVED.isFalse())
                .execute() == 1;
    }

    /** Moves a claim's anchor (re-anchoring or re-attaching); bumps the version. */
    public boolean updateAnchor(long id, int expectedVersion, Anchor anchor, boolean orphaned) {
        return dsl.update(CLAIM)
                .set(CLAIM.QUOTE, anchor.quote().exact())
                .set(CLAIM.QUOTE_PREFIX, anchor.quote().prefix())
                .set(CLAIM.QUOTE_SUFFIX, anchor.quote().suffix())
                .set(CLAIM.START_CP, anchor.position().start())
                .set(CLAIM.END_CP, anchor.position().end())
                .set(CLAIM.ORPHANED, orphaned)
                .set(CLAIM.UPDATED_AT, OffsetDateTime.now())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(id), CLAIM.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /**
     * Sends an approved claim back to review: READY_FOR_REVIEW, approval cleared, version bumped. The verdict
     * and rationale stay as proposed, for the supervisor to approve again or send back.
     */
    public void returnToReview(long id) {
        dsl.update(CLAIM)
                .set(CLAIM.STATUS, ClaimStatus.READY_FOR_REVIEW)
                .setNull(CLAIM.APPROVED_BY)
                .setNull(CLAIM.APPROVED_AT)
                .set(CLAIM.UPDATED_AT, OffsetDateTime.now())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(id))
                .execute();
    }

    public boolean markOrphaned(long id, int expectedVersion) {
        return dsl.update(CLAIM)
                .set(CLAIM.ORPHANED, true)
                .set(CLAIM.UPDATED_AT, OffsetDateTime.now())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(id), CLAIM.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    public boolean markRemoved(long id, int expectedVersion) {
        return dsl.update(CLAIM)
                .set(CLAIM.REMOVED, true)
                .set(CLAIM.UPDATED_AT, OffsetDateTime.now())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(id), CLAIM.VERSION.eq(expectedVersion), CLAIM.REMOVED.isFalse())
                .execute() == 1;
    }

    /** Display name of the actor of the claim's newest history event, for conflict messages. */
    public Optional<String> lastActor(long claimId) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(io.claimdesk.db.Tables.CLAIM_EVENT)
                .join(APP_USER).on(APP_USER.ID.eq(io.claimdesk.db.Tables.CLAIM_EVENT.ACTOR_ID))
                .where(io.claimdesk.db.Tables.CLAIM_EVENT.CLAIM_ID.eq(claimId))
                .orderBy(io.claimdesk.db.Tables.CLAIM_EVENT.SEQ.desc()).limit(1)
                .fetchOptional(APP_USER.DISPLAY_NAME);
    }

    private static Claim toClaim(Record r) {
        ClaimRecord c = r.into(CLAIM);
        return new Claim(c.getId(), c.getArticleId(), r.get(ARTICLE_TITLE),
                r.get(ARTICLE.DIRECTION), c.getQuote(), c.getQuotePrefix(), c.getQuoteSuffix(), c.getStartCp(),
                c.getEndCp(), c.getStatement(), c.getClaimant(), c.getClaimDate(),
                c.getTags() == null ? List.of() : Arrays.asList(c.getTags()), c.getLanguage(),
                c.getCheckWorthiness(), WorkflowStatus.of(c.getStatus()), c.getVerdict(), c.getRationale(),
                c.getAssigneeId(), r.get(ASSIGNEE.DISPLAY_NAME), c.getOrphaned(), c.getCreatedBy(),
                r.get(CREATOR.DISPLAY_NAME), c.getCreatedAt(), c.getVersion(),
                new Claim.StanceCounts(r.get(SUPPORTS), r.get(REFUTES), r.get(CONTEXT)),
                c.getChangesRequestedAt() == null ? null : new Claim.ChangesRequested(
                        java.util.Objects.requireNonNullElse(c.getChangesRequestedReason(), ""),
                        java.util.Objects.requireNonNullElse(r.get(REQUESTER_NAME), ""),
                        c.getChangesRequestedAt()));
    }
}
