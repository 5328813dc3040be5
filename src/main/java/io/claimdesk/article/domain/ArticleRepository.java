package io.claimdesk.article.domain;

import io.claimdesk.core.db.StableOrder;
import io.claimdesk.core.domain.LikePatterns;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.tables.AppUser;
import io.claimdesk.db.tables.records.ArticleRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import io.claimdesk.search.domain.FullText;
import io.claimdesk.search.domain.Highlighter;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.ARTICLE_LINK;
import static io.claimdesk.db.Tables.ARTICLE_REVISION;
import static io.claimdesk.db.Tables.ARTICLE_UPLOAD;
import static io.claimdesk.db.Tables.CLAIM;

/** jOOQ access to {@code article}, {@code article_upload} and {@code article_revision}. */
@Repository
public class ArticleRepository {

    private static final TypeReference<List<Article.StoredWarning>> WARNINGS = new TypeReference<>() {
    };
    private static final AppUser CREATOR = APP_USER.as("creator");

    private final DSLContext dsl;
    private final ObjectMapper json;

    public ArticleRepository(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    public Optional<Article> find(long id) {
        return dsl.select(ARTICLE.asterisk(), CREATOR.DISPLAY_NAME)
                .from(ARTICLE).join(CREATOR).on(CREATOR.ID.eq(ARTICLE.CREATED_BY))
                .where(ARTICLE.ID.eq(id))
                .fetchOptional(this::toArticle);
    }

    /** Oldest article whose canonical text has this hash. */
    public Optional<ArticleRecord> findByContentHash(String hash) {
        return dsl.selectFrom(ARTICLE).where(ARTICLE.CONTENT_HASH.eq(hash)).orderBy(ARTICLE.ID).limit(1)
                .fetchOptional();
    }

    public Optional<Long> findIdByCanonicalUrl(String canonicalUrl) {
        return dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.CANONICAL_URL.eq(canonicalUrl))
                .orderBy(ARTICLE.ID).limit(1).fetchOptional(ARTICLE.ID);
    }

    public List<ArticleSummary> find(ArticleFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        return search(filter, offset, limit, sort).stream().map(ArticleHit::article).toList();
    }

    /**
     * Articles of the filter with the matches of its text in their titles. With a text and no sort, the order is
     * by relevance ({@code ts_rank_cd} over title and body), best first.
     */
    public List<ArticleHit> search(ArticleFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        Field<Integer> claims = DSL.field(DSL.selectCount().from(CLAIM)
                .where(CLAIM.ARTICLE_ID.eq(ARTICLE.ID), CLAIM.REMOVED.isFalse()));
        Field<Integer> approved = DSL.field(DSL.selectCount().from(CLAIM)
                .where(CLAIM.ARTICLE_ID.eq(ARTICLE.ID), CLAIM.REMOVED.isFalse(),
                        CLAIM.STATUS.eq(ClaimStatus.APPROVED)));
        boolean query = FullText.isQuery(filter.text());
        Field<String> headline = query ? FullText.headline(ARTICLE.LANGUAGE, ARTICLE.TITLE, filter.text())
                .as("title_headline") : DSL.inline((String) null).as("title_headline");
        List<? extends SortField<?>> order = !sort.isEmpty() ? StableOrder.by(sort, ARTICLE.ID) : query
                ? List.of(FullText.rank(ARTICLE.SEARCH_DOCUMENT, filter.text()).desc(), ARTICLE.CREATED_AT.desc(),
                ARTICLE.ID.desc())
                : List.of(ARTICLE.CREATED_AT.desc(), ARTICLE.ID.desc());
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.BODY, ARTICLE.PUBLISHER, ARTICLE.LANGUAGE,
                        ARTICLE.DIRECTION, ARTICLE.PUBLISHED_AT, claims, approved, CREATOR.DISPLAY_NAME,
                        ARTICLE.CREATED_AT, headline)
                .from(ARTICLE).join(CREATOR).on(CREATOR.ID.eq(ARTICLE.CREATED_BY))
                .where(condition(filter))
                .orderBy(order)
                .offset(offset).limit(limit)
                .fetch(r -> {
                    String title = titleOf(r.value2(), r.value3());
                    ArticleSummary a = new ArticleSummary(r.value1(), title, r.value4(), r.value5(),
                            r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11());
                    String h = r.value12();
                    boolean ownTitle = r.value2() != null && !r.value2().isBlank();
                    return new ArticleHit(a, h == null || !ownTitle ? List.of() : Highlighter.ranges(title, h));
                });
    }

    public int count(ArticleFilter filter) {
        return dsl.fetchCount(ARTICLE, condition(filter));
    }

    /** Full-text match over title and body, or a substring of title, publisher or URL. */
    private static Condition condition(ArticleFilter filter) {
        Condition c = DSL.noCondition();
        if (!filter.text().isBlank()) {
            String like = LikePatterns.containing(filter.text());
            c = c.and(FullText.matches(ARTICLE.SEARCH_DOCUMENT, filter.text())
                    .or(ARTICLE.TITLE.likeIgnoreCase(like)).or(ARTICLE.PUBLISHER.likeIgnoreCase(like))
                    .or(ARTICLE.URL.likeIgnoreCase(like)));
        }
        if (filter.language() != null) {
            c = c.and(ARTICLE.LANGUAGE.eq(filter.language()));
        }
        return c;
    }

    private static String titleOf(String title, String body) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String first = body.lines().findFirst().orElse("");
        return first.codePointCount(0, first.length()) > 80
                ? first.substring(0, first.offsetByCodePoints(0, 77)) + "…" : first;
    }

    public long insert(ArticleRecord article) {
        article.changed(ARTICLE.ID, false);
        return dsl.insertInto(ARTICLE).set(article).returning(ARTICLE.ID).fetchSingle(ARTICLE.ID);
    }

    public void insertUpload(long articleId, String fileName, String contentType, byte[] bytes) {
        dsl.insertInto(ARTICLE_UPLOAD)
                .set(ARTICLE_UPLOAD.ARTICLE_ID, articleId)
                .set(ARTICLE_UPLOAD.FILE_NAME, fileName)
                .set(ARTICLE_UPLOAD.CONTENT_TYPE, contentType)
                .set(ARTICLE_UPLOAD.BYTE_SIZE, bytes.length)
                .set(ARTICLE_UPLOAD.BYTES, bytes)
                .execute();
    }

    /** Stores the links of an imported page in their order. */
    public void insertLinks(long articleId, List<io.claimdesk.article.domain.intake.BodyLink> links) {
        for (int i = 0; i < links.size(); i++) {
            var l = links.get(i);
            dsl.insertInto(ARTICLE_LINK)
                    .set(ARTICLE_LINK.ARTICLE_ID, articleId)
                    .set(ARTICLE_LINK.POSITION, i)
                    .set(ARTICLE_LINK.URL, l.url())
                    .set(ARTICLE_LINK.ANCHOR_TEXT, l.anchorText())
                    .set(ARTICLE_LINK.PARAGRAPH, l.paragraph())
                    .execute();
        }
    }

    /** The links of an article in page order. */
    public List<ArticleLink> links(long articleId) {
        return dsl.selectFrom(ARTICLE_LINK).where(ARTICLE_LINK.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_LINK.POSITION.asc(), ARTICLE_LINK.ID.asc())
                .fetch(r -> new ArticleLink(r.getId(), r.getArticleId(), r.getPosition(), r.getUrl(),
                        r.getAnchorText(), r.getParagraph()));
    }

    public void insertRevision(long articleId, String body, String hash, long editedBy, String note) {
        int next = dsl.select(DSL.coalesce(DSL.max(ARTICLE_REVISION.REVISION), 0).plus(1))
                .from(ARTICLE_REVISION).where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId))
                .fetchSingle().value1();
        dsl.insertInto(ARTICLE_REVISION)
                .set(ARTICLE_REVISION.ARTICLE_ID, articleId)
                .set(ARTICLE_REVISION.REVISION, next)
                .set(ARTICLE_REVISION.BODY, body)
                .set(ARTICLE_REVISION.CONTENT_HASH, hash)
                .set(ARTICLE_REVISION.EDITED_BY, editedBy)
                .set(ARTICLE_REVISION.NOTE, note)
                .execute();
    }

    /** Revisions of the body, newest first: (revision, edited at UTC, editor, note). */
    public List<Revision> revisions(long articleId) {
        return dsl.select(ARTICLE_REVISION.REVISION, ARTICLE_REVISION.EDITED_AT, APP_USER.DISPLAY_NAME,
                        ARTICLE_REVISION.NOTE, ARTICLE_REVISION.BODY)
                .from(ARTICLE_REVISION).join(APP_USER).on(APP_USER.ID.eq(ARTICLE_REVISION.EDITED_BY))
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_REVISION.REVISION.desc())
                .fetch(r -> new Revision(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** One stored body of an article. */
    public record Revision(int revision, OffsetDateTime editedAt, String editor, String note, String body) {
    }

    /**
     * Updates the row when its version is still {@code expectedVersion}.
     *
     * @return false when someone else changed it first
     */
    public boolean update(ArticleRecord changed, int expectedVersion) {
        return dsl.update(ARTICLE)
                .set(ARTICLE.TITLE, changed.getTitle())
                .set(ARTICLE.URL, changed.getUrl())
                .set(ARTICLE.CANONICAL_URL, changed.getCanonicalUrl())
                .set(ARTICLE.PUBLISHER, changed.getPublisher())
                .set(ARTICLE.BYLINE, changed.getByline())
                .set(ARTICLE.PUBLISHED_AT, changed.getPublishedAt())
                .set(ARTICLE.LANGUAGE, changed.getLanguage())
                .set(ARTICLE.DIRECTION, changed.getDirection())
                .set(ARTICLE.BODY, changed.getBody())
                .set(ARTICLE.CONTENT_HASH, changed.getContentHash())
                .set(ARTICLE.UPDATED_AT, OffsetDateTime.now())
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .where(ARTICLE.ID.eq(changed.getId()), ARTICLE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    public Optional<ArticleRecord> record(long id) {
        return dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOptional();
    }

    /** Display name of whoever edited the article last (from its newest revision), when known. */
    public Optional<String> lastEditor(long articleId) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(ARTICLE_REVISION)
                .join(APP_USER).on(APP_USER.ID.eq(ARTICLE_REVISION.EDITED_BY))
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_REVISION.REVISION.desc()).limit(1)
                .fetchOptional(APP_USER.DISPLAY_NAME);
    }

    public JSONB warningsJson(List<Article.StoredWarning> warnings) {
        try {
            return JSONB.valueOf(json.writeValueAsString(warnings));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Article toArticle(Record r) {
        ArticleRecord a = r.into(ARTICLE);
        List<Article.StoredWarning> warnings;
        try {
            warnings = json.readValue(a.getWarnings().data(), WARNINGS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable warnings of article " + a.getId(), e);
        }
        return new Article(a.getId(), a.getTitle(), a.getUrl(), a.getCanonicalUrl(), a.getPublisher(),
                a.getByline(), a.getPublishedAt(), a.getLanguage(), a.getDirection(), a.getBody(),
                a.getContentHash(), warnings, a.getCharset(), a.getCreatedBy(), r.get(CREATOR.DISPLAY_NAME),
                a.getCreatedAt(), a.getVersion());
    }
}
