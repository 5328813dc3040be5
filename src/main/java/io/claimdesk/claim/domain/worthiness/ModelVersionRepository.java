package io.claimdesk.claim.domain.worthiness;

import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.tables.records.CheckworthinessModelRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CHECKWORTHINESS_MODEL;
import static io.claimdesk.db.Tables.CLAIM;

/** Model versions and the desk's decisions the model learns from (reads {@code claim}; writes only its own table). */
@Repository
public class ModelVersionRepository {

    private final DSLContext db;

    public ModelVersionRepository(DSLContext db) {
        this.db = db;
    }

    /** Every version, newest first, without the model bytes. */
    public List<ModelVersion> list() {
        var m = CHECKWORTHINESS_MODEL;
        return db.select(m.ID, m.ORIGIN, m.CREATED_AT, APP_USER.DISPLAY_NAME, m.PUBLIC_ROWS, m.PROJECT_ROWS,
                        m.DESK_POSITIVE, m.DESK_NEGATIVE, m.MAP_BEFORE_AR, m.MAP_AFTER_AR, m.MAP_BEFORE_EN,
                        m.MAP_AFTER_EN, m.SWAPPED, m.MODEL_BYTES, m.SHA256, m.ACTIVE)
                .from(m).leftJoin(APP_USER).on(APP_USER.ID.eq(m.CREATED_BY))
                .orderBy(m.ID.desc())
                .fetch(r -> new ModelVersion(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(),
                        r.value14(), r.value15(), r.value16()));
    }

    /** The active version's id and model bytes. */
    public Optional<CheckworthinessModelRecord> active() {
        return db.selectFrom(CHECKWORTHINESS_MODEL).where(CHECKWORTHINESS_MODEL.ACTIVE).fetchOptional();
    }

    public Optional<CheckworthinessModelRecord> find(long id) {
        return db.selectFrom(CHECKWORTHINESS_MODEL).where(CHECKWORTHINESS_MODEL.ID.eq(id)).fetchOptional();
    }

    /** The previously active version: the latest activated one that is not active now. */
    public Optional<Long> previouslyActive() {
        return db.select(CHECKWORTHINESS_MODEL.ID).from(CHECKWORTHINESS_MODEL)
                .where(CHECKWORTHINESS_MODEL.ACTIVATED_AT.isNotNull().and(CHECKWORTHINESS_MODEL.ACTIVE.isFalse()))
                .orderBy(CHECKWORTHINESS_MODEL.ACTIVATED_AT.desc(), CHECKWORTHINESS_MODEL.ID.desc())
                .limit(1).fetchOptional(CHECKWORTHINESS_MODEL.ID);
    }

    public boolean empty() {
        return !db.fetchExists(CHECKWORTHINESS_MODEL);
    }

    /** Inserts a version (not active); returns its id. */
    public long insert(CheckworthinessModelRecord r) {
        return db.insertInto(CHECKWORTHINESS_MODEL).set(r).returning(CHECKWORTHINESS_MODEL.ID).fetchOne()
                .getId();
    }

    /** Makes version {@code id} the only active one. */
    public void activate(long id, @Nullable Long userId) {
        db.update(CHECKWORTHINESS_MODEL).set(CHECKWORTHINESS_MODEL.ACTIVE, false)
                .where(CHECKWORTHINESS_MODEL.ACTIVE).execute();
        db.update(CHECKWORTHINESS_MODEL).set(CHECKWORTHINESS_MODEL.ACTIVE, true)
                .set(CHECKWORTHINESS_MODEL.ACTIVATED_AT, DSL.currentOffsetDateTime())
                .set(CHECKWORTHINESS_MODEL.ACTIVATED_BY, userId)
                .where(CHECKWORTHINESS_MODEL.ID.eq(id)).execute();
    }

    /**
     * The desk's claims as decisions: the claim's quote (the article text it was made from) and language, labelled
     * not check-worthy when the claim was dismissed (the workflow's "not check-worthy"), check-worthy otherwise.
     * Removed claims are left out.
     */
    public List<LabelledText> claimDecisions() {
        return db.select(CLAIM.QUOTE, CLAIM.LANGUAGE, CLAIM.STATUS).from(CLAIM).where(CLAIM.REMOVED.isFalse())
                .orderBy(CLAIM.ID)
                .fetch(r -> new LabelledText(WorthinessFeatures.modelLanguage(r.value2(), r.value1()), null,
                        r.value1(), r.value3() != ClaimStatus.DISMISSED, "desk"));
    }

    /** Articles with at least one claim (removed or not), most recently claimed first. */
    public List<Long> workedArticles(int limit) {
        return db.select(CLAIM.ARTICLE_ID).from(CLAIM).groupBy(CLAIM.ARTICLE_ID)
                .orderBy(DSL.max(CLAIM.CREATED_AT).desc(), CLAIM.ARTICLE_ID.desc()).limit(limit)
                .fetch(CLAIM.ARTICLE_ID);
    }

    /** Code-point spans {start, end} of every claim of an article, removed ones included. */
    public List<int[]> claimSpans(long articleId) {
        return db.select(CLAIM.START_CP, CLAIM.END_CP).from(CLAIM).where(CLAIM.ARTICLE_ID.eq(articleId))
                .fetch(r -> new int[] {r.value1(), r.value2()});
    }
}
