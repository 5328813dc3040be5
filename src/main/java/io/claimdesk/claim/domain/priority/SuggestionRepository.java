package io.claimdesk.claim.domain.priority;

import io.claimdesk.claim.domain.segment.Segment;
import io.claimdesk.db.tables.records.SuggestionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.SUGGESTION;
import static io.claimdesk.db.Tables.SUGGESTION_SOURCE;

/**
 * Stored suggestions ({@code suggestion}, {@code suggestion_source}; writes only those) and the reads of the priority
 * list. Reads {@code article} (language, date, text, content hash) and {@code claim} (taken spans).
 */
@Repository
public class SuggestionRepository {

    /** An article's text as the suggestions are computed from it. */
    public record ArticleText(long id, String language, String body, String contentHash) {
    }

    /** Rows per insert statement (8 bind values each, well under PostgreSQL's 32,767). */
    private static final int INSERT_CHUNK = 1000;

    private final DSLContext db;

    public SuggestionRepository(DSLContext db) {
        this.db = db;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // reads

    /** The article's date: publication time, else import time. */
    private static Field<OffsetDateTime> articleDate() {
        return DSL.coalesce(ARTICLE.PUBLISHED_AT, ARTICLE.CREATED_AT);
    }

    /**
     * The visible suggestions: of articles whose stored suggestions were computed from their current text, matching
     * the filter, overlapping no claim that is not removed (a claimed sentence takes its clauses with it, and a
     * claimed clause its sentence).
     */
    private static Condition visible(PriorityFilter filter) {
        var c = CLAIM;
        Condition cond = SUGGESTION_SOURCE.CONTENT_HASH.eq(ARTICLE.CONTENT_HASH)
                .andNotExists(DSL.selectOne().from(c).where(c.ARTICLE_ID.eq(SUGGESTION.ARTICLE_ID)
                        .and(c.REMOVED.isFalse())
                        .and(c.START_CP.lt(SUGGESTION.END_CP)).and(SUGGESTION.START_CP.lt(c.END_CP))));
        if (filter.language() != null) {
            String lang = filter.language().toLowerCase(java.util.Locale.ROOT);
            cond = cond.and(DSL.lower(ARTICLE.LANGUAGE).eq(lang).or(DSL.lower(ARTICLE.LANGUAGE).startsWith(lang + "-")));
        }
        if (filter.from() != null) {
            cond = cond.and(articleDate().ge(startOfDay(filter.from())));
        }
        if (filter.to() != null) {
            cond = cond.and(articleDate().lt(startOfDay(filter.to().plusDays(1))));
        }
        return cond;
    }

    private static OffsetDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /**
     * Visible suggestions in score order (score descending, id descending), after {@code after} when given, skipping
     * {@code offset} of them, at most {@code limit}.
     */
    public List<PriorityItem> page(PriorityFilter filter, @Nullable PriorityCursor after, int offset, int limit) {
        Condition cond = visible(filter);
        if (after != null) {
            cond = cond.and(DSL.row(SUGGESTION.SCORE, SUGGESTION.ID).lt(after.score(), after.id()));
        }
        return db.select(SUGGESTION.ID, SUGGESTION.ARTICLE_ID, ARTICLE.TITLE, ARTICLE.LANGUAGE, articleDate(),
                        SUGGESTION.START_CP, SUGGESTION.END_CP, SUGGESTION.KIND, SUGGESTION.TEXT, SUGGESTION.SCORE,
                        SUGGESTION.REASONS, SUGGESTION.CLAIMANT)
                .from(SUGGESTION)
                .join(SUGGESTION_SOURCE).on(SUGGESTION_SOURCE.ARTICLE_ID.eq(SUGGESTION.ARTICLE_ID))
                .join(ARTICLE).on(ARTICLE.ID.eq(SUGGESTION.ARTICLE_ID))
                .where(cond)
                .orderBy(SUGGESTION.SCORE.desc(), SUGGESTION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(SuggestionRepository::item);
    }

    /** How many suggestions are visible. */
    public int count(PriorityFilter filter) {
        return db.selectCount().from(SUGGESTION)
                .join(SUGGESTION_SOURCE).on(SUGGESTION_SOURCE.ARTICLE_ID.eq(SUGGESTION.ARTICLE_ID))
                .join(ARTICLE).on(ARTICLE.ID.eq(SUGGESTION.ARTICLE_ID))
                .where(visible(filter))
                .fetchOne(0, int.class);
    }

    /**
     * Locks the stored suggestions of the article of suggestion {@code id} (its {@code suggestion_source} row) until
     * the transaction ends, so that one-click claims of one article run one after the other and each sees the claims
     * made before it. False when the suggestion is no longer stored.
     */
    public boolean lockArticleOf(long id) {
        return db.selectOne().from(SUGGESTION_SOURCE)
                .where(SUGGESTION_SOURCE.ARTICLE_ID.eq(
                        DSL.select(SUGGESTION.ARTICLE_ID).from(SUGGESTION).where(SUGGESTION.ID.eq(id))))
                .forUpdate()
                .fetchOptional().isPresent();
    }

    /** One visible suggestion (any filter), or empty when it is gone, claimed or its article's text changed. */
    public Optional<PriorityItem> find(long id) {
        return db.select(SUGGESTION.ID, SUGGESTION.ARTICLE_ID, ARTICLE.TITLE, ARTICLE.LANGUAGE, articleDate(),
                        SUGGESTION.START_CP, SUGGESTION.END_CP, SUGGESTION.KIND, SUGGESTION.TEXT, SUGGESTION.SCORE,
                        SUGGESTION.REASONS, SUGGESTION.CLAIMANT)
                .from(SUGGESTION)
                .join(SUGGESTION_SOURCE).on(SUGGESTION_SOURCE.ARTICLE_ID.eq(SUGGESTION.ARTICLE_ID))
                .join(ARTICLE).on(ARTICLE.ID.eq(SUGGESTION.ARTICLE_ID))
                .where(SUGGESTION.ID.eq(id).and(visible(PriorityFilter.ALL)))
                .fetchOptional(SuggestionRepository::item);
    }

    private static PriorityItem item(Record r) {
        String[] reasons = r.get(SUGGESTION.REASONS);
        return new PriorityItem(r.get(SUGGESTION.ID), r.get(SUGGESTION.ARTICLE_ID), r.get(ARTICLE.TITLE),
                r.get(ARTICLE.LANGUAGE), r.get(4, OffsetDateTime.class), r.get(SUGGESTION.START_CP),
                r.get(SUGGESTION.END_CP), Segment.Kind.valueOf(r.get(SUGGESTION.KIND)), r.get(SUGGESTION.TEXT),
                r.get(SUGGESTION.SCORE), reasons == null ? List.of() : Arrays.asList(reasons),
                r.get(SUGGESTION.CLAIMANT));
    }

    /**
     * Articles whose stored suggestions are missing or stale (another text, another model), newest first (by
     * article date), at most {@code limit}.
     */
    public List<Long> stale(String modelKey, int limit) {
        return db.select(ARTICLE.ID).from(ARTICLE)
                .leftJoin(SUGGESTION_SOURCE).on(SUGGESTION_SOURCE.ARTICLE_ID.eq(ARTICLE.ID))
                .where(SUGGESTION_SOURCE.ARTICLE_ID.isNull()
                        .or(SUGGESTION_SOURCE.CONTENT_HASH.ne(ARTICLE.CONTENT_HASH))
                        .or(SUGGESTION_SOURCE.MODEL_KEY.ne(modelKey)))
                .orderBy(articleDate().desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch(ARTICLE.ID);
    }

    /** How many articles {@link #stale} would name without a limit. */
    public int staleCount(String modelKey) {
        return db.selectCount().from(ARTICLE)
                .leftJoin(SUGGESTION_SOURCE).on(SUGGESTION_SOURCE.ARTICLE_ID.eq(ARTICLE.ID))
                .where(SUGGESTION_SOURCE.ARTICLE_ID.isNull()
                        .or(SUGGESTION_SOURCE.CONTENT_HASH.ne(ARTICLE.CONTENT_HASH))
                        .or(SUGGESTION_SOURCE.MODEL_KEY.ne(modelKey)))
                .fetchOne(0, int.class);
    }

    /** The article's current text, or empty when it no longer exists. */
    public Optional<ArticleText> articleText(long articleId) {
        return db.select(ARTICLE.ID, ARTICLE.LANGUAGE, ARTICLE.BODY, ARTICLE.CONTENT_HASH).from(ARTICLE)
                .where(ARTICLE.ID.eq(articleId))
                .fetchOptional(r -> new ArticleText(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // writes (own tables only)

    /**
     * Replaces the stored suggestions of an article by {@code segments}, computed from the text with
     * {@code contentHash} by the model {@code modelKey}. The source row is written first (insert or update), so two
     * nodes refreshing the same article wait for each other instead of mixing their rows.
     */
    public void replace(long articleId, String contentHash, String modelKey, List<Segment> segments) {
        db.insertInto(SUGGESTION_SOURCE)
                .set(SUGGESTION_SOURCE.ARTICLE_ID, articleId)
                .set(SUGGESTION_SOURCE.CONTENT_HASH, contentHash)
                .set(SUGGESTION_SOURCE.MODEL_KEY, modelKey)
                .onConflict(SUGGESTION_SOURCE.ARTICLE_ID).doUpdate()
                .set(SUGGESTION_SOURCE.CONTENT_HASH, contentHash)
                .set(SUGGESTION_SOURCE.MODEL_KEY, modelKey)
                .set(SUGGESTION_SOURCE.COMPUTED_AT, DSL.currentOffsetDateTime())
                .execute();
        db.deleteFrom(SUGGESTION).where(SUGGESTION.ARTICLE_ID.eq(articleId)).execute();
        List<SuggestionRecord> rows = segments.stream()
                .map(s -> new SuggestionRecord().setArticleId(articleId).setStartCp(s.start()).setEndCp(s.end())
                        .setKind(s.kind().name()).setText(s.text()).setScore(Math.max(0, Math.min(1, s.score())))
                        .setReasons(s.reasons().toArray(String[]::new)).setClaimant(s.claimant()))
                .toList();
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            var insert = db.insertInto(SUGGESTION, SUGGESTION.ARTICLE_ID, SUGGESTION.START_CP, SUGGESTION.END_CP,
                    SUGGESTION.KIND, SUGGESTION.TEXT, SUGGESTION.SCORE, SUGGESTION.REASONS, SUGGESTION.CLAIMANT);
            for (SuggestionRecord r : rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK))) {
                insert = insert.values(r.getArticleId(), r.getStartCp(), r.getEndCp(), r.getKind(), r.getText(),
                        r.getScore(), r.getReasons(), r.getClaimant());
            }
            insert.onConflictDoNothing().execute();
        }
    }

    /** Forgets the stored suggestions of an article (its text changed; they are computed again). */
    public void forget(long articleId) {
        db.deleteFrom(SUGGESTION_SOURCE).where(SUGGESTION_SOURCE.ARTICLE_ID.eq(articleId)).execute();
    }
}
