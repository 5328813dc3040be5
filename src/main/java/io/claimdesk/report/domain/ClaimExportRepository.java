package io.claimdesk.report.domain;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static io.claimdesk.db.Tables.EVIDENCE;
import static io.claimdesk.db.Tables.RATING;
import static io.claimdesk.db.Tables.SOURCE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.tables.AppUser;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads claims for exports and reports straight from the tables (claim, article, rating, evidence, source,
 * app_user), one query per export. {@link #forEach} streams: rows come from a server-side cursor
 * ({@link #FETCH_SIZE} rows at a time, inside a transaction so PostgreSQL's JDBC driver really uses a cursor), so
 * memory stays constant however many claims match.
 */
@Repository
public class ClaimExportRepository {

    /** Rows fetched per round trip when streaming. */
    public static final int FETCH_SIZE = 500;

    private static final AppUser APPROVER = APP_USER.as("approver");

    private final DSLContext dsl;

    public ClaimExportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Calls {@code action} for every claim matching {@code filter}, in claim id order, streaming.
     *
     * @throws RuntimeException whatever {@code action} throws (the cursor is closed first)
     */
    public void forEach(ClaimFilter filter, Consumer<ExportedClaim> action) {
        dsl.transaction(tx -> {
            try (Stream<? extends Record> rows = query(tx.dsl(), condition(filter), CLAIM.ID.asc())
                    .fetchSize(FETCH_SIZE).fetchStream()) {
                rows.map(ClaimExportRepository::toClaim).forEach(action);
            }
        });
    }

    /** How many claims match {@code filter}. */
    public int count(ClaimFilter filter) {
        return dsl.fetchCount(CLAIM, condition(filter));
    }

    /**
     * The article of a report.
     *
     * @throws NotFoundException when there is no such article
     */
    public ReportArticle article(long articleId) {
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.URL, ARTICLE.PUBLISHER, ARTICLE.BYLINE,
                        ARTICLE.PUBLISHED_AT, ARTICLE.LANGUAGE, ARTICLE.DIRECTION, ARTICLE.BODY)
                .from(ARTICLE).where(ARTICLE.ID.eq(articleId))
                .fetchOptional(r -> new ReportArticle(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()))
                .orElseThrow(() -> new NotFoundException("Article", articleId));
    }

    /** The claims of an article that are not removed, in text order (start offset, then id). */
    public List<ExportedClaim> claimsOfArticle(long articleId) {
        List<ExportedClaim> claims = new ArrayList<>();
        Condition c = CLAIM.ARTICLE_ID.eq(articleId).and(CLAIM.REMOVED.isFalse());
        for (Record r : query(dsl, c, CLAIM.START_CP.asc(), CLAIM.ID.asc()).fetch()) {
            claims.add(toClaim(r));
        }
        return claims;
    }

    /**
     * One claim when it is APPROVED and not removed: the claim as its public page shows it.
     *
     * @return empty for an unknown, removed or unapproved claim
     */
    public java.util.Optional<ExportedClaim> approved(long claimId) {
        return query(dsl, CLAIM.ID.eq(claimId).and(approvedCondition(null, null)), CLAIM.ID.asc())
                .fetchOptional().map(ClaimExportRepository::toClaim);
    }

    /**
     * A page of the APPROVED, not removed claims, the latest (re-)approval first (then the higher id).
     *
     * @param language only claims in this language (a language tag such as {@code ar}), or null for all
     * @param verdict  only claims with this verdict code, or null for all
     * @param offset   claims to skip, {@code >= 0}
     * @param limit    most claims to return, {@code >= 1}
     */
    public List<ExportedClaim> approvedPage(@org.jspecify.annotations.Nullable String language,
                                            @org.jspecify.annotations.Nullable String verdict, int offset, int limit) {
        List<ExportedClaim> claims = new ArrayList<>();
        for (Record r : query(dsl, approvedCondition(language, verdict), CLAIM.APPROVED_AT.desc(), CLAIM.ID.desc())
                .offset(offset).limit(limit).fetch()) {
            claims.add(toClaim(r));
        }
        return claims;
    }

    /** How many claims {@link #approvedPage} can return for these filters. */
    public int countApproved(@org.jspecify.annotations.Nullable String language,
                             @org.jspecify.annotations.Nullable String verdict) {
        return dsl.fetchCount(CLAIM, approvedCondition(language, verdict));
    }

    private static Condition approvedCondition(@org.jspecify.annotations.Nullable String language,
                                               @org.jspecify.annotations.Nullable String verdict) {
        Condition c = CLAIM.REMOVED.isFalse().and(CLAIM.STATUS.eq(ClaimStatus.APPROVED))
                .and(CLAIM.VERDICT.isNotNull()).and(CLAIM.APPROVED_AT.isNotNull());
        if (language != null) {
            c = c.and(CLAIM.LANGUAGE.eq(language));
        }
        if (verdict != null) {
            c = c.and(CLAIM.VERDICT.eq(verdict));
        }
        return c;
    }

    private static final Field<String> BEFORE_STATUS =
            DSL.field("{0} ->> 'status'", String.class, CLAIM_EVENT.BEFORE);
    private static final Field<String> AFTER_STATUS =
            DSL.field("{0} ->> 'status'", String.class, CLAIM_EVENT.AFTER);

    /**
     * The corrections of a claim from its history: each {@code status.changed} event that left APPROVED (a reopen,
     * with its reason as note) followed by a later one back to APPROVED. A reopening not (yet) approved again is
     * no correction.
     */
    public List<PublicCheck.Correction> corrections(long claimId) {
        List<PublicCheck.Correction> corrections = new ArrayList<>();
        java.time.OffsetDateTime reopenedAt = null;
        String reason = null;
        for (org.jooq.Record4<Long, java.time.OffsetDateTime, String, String> e : dsl
                .select(CLAIM_EVENT.ID, CLAIM_EVENT.OCCURRED_AT, BEFORE_STATUS, CLAIM_EVENT.NOTE)
                .from(CLAIM_EVENT)
                .where(CLAIM_EVENT.CLAIM_ID.eq(claimId), CLAIM_EVENT.KIND.eq("status.changed"),
                        BEFORE_STATUS.eq("APPROVED").or(AFTER_STATUS.eq("APPROVED")))
                .orderBy(CLAIM_EVENT.ID)
                .fetch()) {
            if ("APPROVED".equals(e.value3())) {
                // leaves APPROVED: a reopen (the only way out of APPROVED)
                reopenedAt = e.value2();
                reason = e.value4() == null ? "" : e.value4().strip();
            } else if (reopenedAt != null) {
                corrections.add(new PublicCheck.Correction(reopenedAt, reason, e.value2()));
                reopenedAt = null;
                reason = null;
            }
        }
        return List.copyOf(corrections);
    }

    /** Titles of articles whose title contains {@code text} (case-insensitive), newest first, for pickers. */
    public List<ArticleChoice> findArticles(String text, int offset, int limit) {
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE).from(ARTICLE)
                .where(text.isBlank() ? DSL.noCondition() : ARTICLE.TITLE.containsIgnoreCase(text))
                .orderBy(ARTICLE.CREATED_AT.desc(), ARTICLE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new ArticleChoice(r.value1(), r.value2()));
    }

    /** How many articles {@link #findArticles} can return. */
    public int countArticles(String text) {
        return dsl.fetchCount(ARTICLE, text.isBlank() ? DSL.noCondition() : ARTICLE.TITLE.containsIgnoreCase(text));
    }

    /** An article in a picker. */
    public record ArticleChoice(long id, @org.jspecify.annotations.Nullable String title) {
    }

    /** Rating codes of the verdict scale, in scale order. */
    public List<String> ratingCodes() {
        return dsl.select(RATING.CODE).from(RATING).orderBy(RATING.ORDINAL).fetch(RATING.CODE);
    }

    /**
     * The first approval of the current claim row: the earliest {@code status.changed} event to APPROVED in its
     * history (null for claims not approved, whose history is not read).
     */
    private static final Field<java.time.OffsetDateTime> FIRST_APPROVED_AT = DSL.when(
            CLAIM.STATUS.eq(ClaimStatus.APPROVED),
            DSL.field(select(DSL.min(CLAIM_EVENT.OCCURRED_AT)).from(CLAIM_EVENT)
                    .where(CLAIM_EVENT.CLAIM_ID.eq(CLAIM.ID), CLAIM_EVENT.KIND.eq("status.changed"),
                            DSL.field("{0} ->> 'status'", String.class, CLAIM_EVENT.AFTER).eq("APPROVED"))))
            .as("first_approved_at");

    /**
     * The evidence of the current claim row, as a nested result (jOOQ MULTISET, JSON on PostgreSQL); the link is the
     * source's canonical URL (tracking parameters removed, {@code UrlCanonicalizer}).
     */
    private static final Field<Result<Record6<String, String, String, Stance, String, String>>> EVIDENCE_LINKS =
            multiset(select(SOURCE.CANONICAL_URL, SOURCE.TITLE, SOURCE.PUBLISHER, EVIDENCE.STANCE, EVIDENCE.EXCERPT,
                    SOURCE.ARCHIVE_URL)
                    .from(EVIDENCE).join(SOURCE).on(SOURCE.ID.eq(EVIDENCE.SOURCE_ID))
                    .where(EVIDENCE.CLAIM_ID.eq(CLAIM.ID))
                    .orderBy(EVIDENCE.ADDED_AT, EVIDENCE.ID)).as("evidence");

    private static org.jooq.SelectLimitStep<Record> query(DSLContext ctx, Condition condition,
                                                         SortField<?>... order) {
        List<SelectField<?>> fields = new ArrayList<>(List.of(CLAIM.ID, CLAIM.ARTICLE_ID, ARTICLE.TITLE, ARTICLE.URL,
                CLAIM.QUOTE, CLAIM.QUOTE_PREFIX, CLAIM.QUOTE_SUFFIX, CLAIM.START_CP, CLAIM.END_CP, CLAIM.ORPHANED,
                CLAIM.STATEMENT, CLAIM.CLAIMANT, CLAIM.CLAIM_DATE, CLAIM.LANGUAGE, CLAIM.STATUS, CLAIM.VERDICT,
                RATING.LABEL_EN, RATING.LABEL_AR, RATING.RATING_VALUE, RATING.BEST_RATING, RATING.WORST_RATING,
                RATING.ALTERNATE_NAME, CLAIM.RATIONALE, APPROVER.DISPLAY_NAME, CLAIM.APPROVED_AT, FIRST_APPROVED_AT,
                CLAIM.CREATED_AT));
        fields.add(EVIDENCE_LINKS);
        return ctx.select(fields)
                .from(CLAIM)
                .join(ARTICLE).on(ARTICLE.ID.eq(CLAIM.ARTICLE_ID))
                .leftJoin(RATING).on(RATING.CODE.eq(CLAIM.VERDICT))
                .leftJoin(APPROVER).on(APPROVER.ID.eq(CLAIM.APPROVED_BY))
                .where(condition)
                .orderBy(order);
    }

    private static Condition condition(ClaimFilter f) {
        Condition c = CLAIM.REMOVED.isFalse();
        if (f.articleId() != null) {
            c = c.and(CLAIM.ARTICLE_ID.eq(f.articleId()));
        }
        if (f.status() != null) {
            c = c.and(CLAIM.STATUS.eq(ClaimStatus.valueOf(f.status())));
        }
        if (f.verdict() != null) {
            c = c.and(CLAIM.VERDICT.eq(f.verdict()));
        }
        if (f.dateField() == ClaimFilter.DateField.CLAIM_DATE) {
            if (f.from() != null) {
                c = c.and(CLAIM.CLAIM_DATE.ge(f.from()));
            }
            if (f.to() != null) {
                c = c.and(CLAIM.CLAIM_DATE.le(f.to()));
            }
        } else {
            if (f.from() != null) {
                c = c.and(CLAIM.CREATED_AT.ge(startOfDay(f.from())));
            }
            if (f.to() != null) {
                c = c.and(CLAIM.CREATED_AT.lt(startOfDay(f.to().plusDays(1))));
            }
        }
        return c;
    }

    private static java.time.OffsetDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static ExportedClaim toClaim(Record r) {
        String verdictCode = r.get(CLAIM.VERDICT);
        ExportedClaim.Verdict verdict = verdictCode == null || r.get(RATING.LABEL_EN) == null ? null
                : new ExportedClaim.Verdict(verdictCode, r.get(RATING.LABEL_EN), r.get(RATING.LABEL_AR),
                r.get(RATING.RATING_VALUE), r.get(RATING.BEST_RATING), r.get(RATING.WORST_RATING),
                r.get(RATING.ALTERNATE_NAME));
        List<ExportedClaim.EvidenceLink> evidence = new ArrayList<>();
        Result<Record6<String, String, String, Stance, String, String>> links = r.get(EVIDENCE_LINKS);
        if (links != null) {
            for (Record6<String, String, String, Stance, String, String> e : links) {
                evidence.add(new ExportedClaim.EvidenceLink(e.value1(), e.value2(), e.value3(),
                        e.value4().getLiteral(), e.value5(), e.value6()));
            }
        }
        return new ExportedClaim(r.get(CLAIM.ID), r.get(CLAIM.ARTICLE_ID), r.get(ARTICLE.TITLE), r.get(ARTICLE.URL),
                r.get(CLAIM.QUOTE), r.get(CLAIM.QUOTE_PREFIX), r.get(CLAIM.QUOTE_SUFFIX), r.get(CLAIM.START_CP),
                r.get(CLAIM.END_CP), r.get(CLAIM.ORPHANED), r.get(CLAIM.STATEMENT), r.get(CLAIM.CLAIMANT),
                r.get(CLAIM.CLAIM_DATE), r.get(CLAIM.LANGUAGE), r.get(CLAIM.STATUS).getLiteral(), verdict,
                r.get(CLAIM.RATIONALE), r.get(APPROVER.DISPLAY_NAME), r.get(CLAIM.APPROVED_AT),
                firstApproval(r.get(FIRST_APPROVED_AT), r.get(CLAIM.APPROVED_AT)), r.get(CLAIM.CREATED_AT),
                List.copyOf(evidence));
    }

    /**
     * The first approval: the earliest approval event, never later than the current approval (a claim approved
     * outside the workflow, e.g. restored from a backup, may have no such event or only a later one).
     */
    private static java.time.@org.jspecify.annotations.Nullable OffsetDateTime firstApproval(
            java.time.@org.jspecify.annotations.Nullable OffsetDateTime event,
            java.time.@org.jspecify.annotations.Nullable OffsetDateTime approvedAt) {
        if (approvedAt == null) {
            return null;
        }
        return event == null || event.isAfter(approvedAt) ? approvedAt : event;
    }
}
