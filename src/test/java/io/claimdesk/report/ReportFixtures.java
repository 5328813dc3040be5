package io.claimdesk.report;

import io.claimdesk.claim.domain.ClaimEventKind;
import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.ARTICLE_REVISION;
import static io.claimdesk.db.Tables.ARTICLE_UPLOAD;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_GROUP;
import static io.claimdesk.db.Tables.COMMENT;
import static io.claimdesk.db.Tables.EVIDENCE;
import static io.claimdesk.db.Tables.SOURCE;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.claim.domain.ClaimEvents;
import io.claimdesk.claim.domain.anchor.Anchor;
import io.claimdesk.claim.domain.anchor.Anchors;
import io.claimdesk.core.text.CodePoints;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * Report test data written straight into the tables of any database (the application's or a scratch one): users,
 * articles with uploads and revisions, claims in a given status with verdicts and approvals, sources, evidence,
 * comments, claim groups and history events (through {@link ClaimEvents}, so the trigger chains the hashes).
 */
public final class ReportFixtures {

    private final DSLContext dsl;
    private final ClaimEvents events;

    public ReportFixtures(DSLContext dsl) {
        this.dsl = dsl;
        this.events = new ClaimEvents(dsl, new ObjectMapper(), event -> { });
    }

    /** A user (created when missing) and its id. */
    public long user(String username, String displayName, UserRole role) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(APP_USER.ID)
                .orElseGet(() -> dsl.insertInto(APP_USER)
                        .set(APP_USER.USERNAME, username)
                        .set(APP_USER.DISPLAY_NAME, displayName)
                        .set(APP_USER.PASSWORD_HASH, "{noop}not-a-real-password")
                        .set(APP_USER.ROLE, role)
                        .returning(APP_USER.ID).fetchSingle(APP_USER.ID));
    }

    /** An article with a raw upload of its text. */
    public long article(long createdBy, String title, String url, String body, String language) {
        long id = dsl.insertInto(ARTICLE)
                .set(ARTICLE.TITLE, title)
                .set(ARTICLE.URL, url)
                .set(ARTICLE.CANONICAL_URL, url)
                .set(ARTICLE.PUBLISHER, "ar".equals(language) ? "وكالة الأنباء" : "Wire Agency")
                .set(ARTICLE.BYLINE, "ar".equals(language) ? "مراسلنا" : "Our correspondent")
                .set(ARTICLE.PUBLISHED_AT, OffsetDateTime.of(2024, 10, 6, 8, 30, 0, 0, ZoneOffset.UTC))
                .set(ARTICLE.BODY, body)
                .set(ARTICLE.LANGUAGE, language)
                .set(ARTICLE.DIRECTION, "ar".equals(language) ? "rtl" : "ltr")
                .set(ARTICLE.CONTENT_HASH, UUID.randomUUID().toString())
                .set(ARTICLE.WARNINGS, JSONB.valueOf("[{\"code\":\"repeated-block\",\"score\":0.95}]"))
                .set(ARTICLE.CHARSET, "UTF-8")
                .set(ARTICLE.CREATED_BY, createdBy)
                .returning(ARTICLE.ID).fetchSingle(ARTICLE.ID);
        dsl.insertInto(ARTICLE_UPLOAD)
                .set(ARTICLE_UPLOAD.ARTICLE_ID, id)
                .set(ARTICLE_UPLOAD.FILE_NAME, "story.txt")
                .set(ARTICLE_UPLOAD.CONTENT_TYPE, "text/plain")
                .set(ARTICLE_UPLOAD.BYTE_SIZE, body.getBytes(StandardCharsets.UTF_8).length + 3)
                .set(ARTICLE_UPLOAD.BYTES, withBom(body))
                .execute();
        return id;
    }

    /** An earlier body of an article. */
    public void revision(long articleId, int revision, String body, long editedBy) {
        dsl.insertInto(ARTICLE_REVISION)
                .set(ARTICLE_REVISION.ARTICLE_ID, articleId)
                .set(ARTICLE_REVISION.REVISION, revision)
                .set(ARTICLE_REVISION.BODY, body)
                .set(ARTICLE_REVISION.CONTENT_HASH, UUID.randomUUID().toString())
                .set(ARTICLE_REVISION.EDITED_BY, editedBy)
                .set(ARTICLE_REVISION.NOTE, "typo")
                .execute();
    }

    /** A claim on the first occurrence of {@code quote}, with a "created" history event. */
    public long claim(long articleId, String quote, String statement, String claimant, long createdBy) {
        String body = dsl.select(ARTICLE.BODY).from(ARTICLE).where(ARTICLE.ID.eq(articleId)).fetchSingle(ARTICLE.BODY);
        int utf16 = body.indexOf(quote);
        if (utf16 < 0) {
            throw new IllegalArgumentException("quote not in article: " + quote);
        }
        int start = CodePoints.toCodePointOffset(body, utf16);
        Anchor anchor = Anchors.create(body, start, start + CodePoints.length(quote));
        String language = dsl.select(ARTICLE.LANGUAGE).from(ARTICLE).where(ARTICLE.ID.eq(articleId))
                .fetchSingle(ARTICLE.LANGUAGE);
        long id = dsl.insertInto(CLAIM)
                .set(CLAIM.ARTICLE_ID, articleId)
                .set(CLAIM.QUOTE, anchor.quote().exact())
                .set(CLAIM.QUOTE_PREFIX, anchor.quote().prefix())
                .set(CLAIM.QUOTE_SUFFIX, anchor.quote().suffix())
                .set(CLAIM.START_CP, anchor.position().start())
                .set(CLAIM.END_CP, anchor.position().end())
                .set(CLAIM.STATEMENT, statement)
                .set(CLAIM.CLAIMANT, claimant)
                .set(CLAIM.CLAIM_DATE, LocalDate.of(2024, 10, 6))
                .set(CLAIM.TAGS, new String[] {"economy", "زراعة"})
                .set(CLAIM.LANGUAGE, language)
                .set(CLAIM.CHECK_WORTHINESS, 0.73f)
                .set(CLAIM.CREATED_BY, createdBy)
                .returning(CLAIM.ID).fetchSingle(CLAIM.ID);
        events.record(id, createdBy, ClaimEventKind.CLAIM_CREATED, null, Map.of("quote", quote, "score", 0.73), null);
        return id;
    }

    /** Moves a claim to {@code status} with a verdict; APPROVED also records proposer and approver. */
    public void decide(long claimId, ClaimStatus status, String verdict, String rationale, long proposer,
                       long approver) {
        OffsetDateTime proposedAt = OffsetDateTime.of(2024, 10, 7, 9, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime approvedAt = OffsetDateTime.of(2024, 10, 8, 23, 30, 15, 123456000, ZoneOffset.UTC);
        var update = dsl.update(CLAIM)
                .set(CLAIM.STATUS, status)
                .set(CLAIM.VERDICT, verdict)
                .set(CLAIM.RATIONALE, rationale)
                .set(CLAIM.PROPOSED_BY, proposer)
                .set(CLAIM.PROPOSED_AT, proposedAt);
        if (status == ClaimStatus.APPROVED) {
            update.set(CLAIM.APPROVED_BY, approver).set(CLAIM.APPROVED_AT, approvedAt)
                    .where(CLAIM.ID.eq(claimId)).execute();
        } else {
            update.where(CLAIM.ID.eq(claimId)).execute();
        }
        events.record(claimId, proposer, ClaimEventKind.STATUS_CHANGED, Map.of("status", "IN_PROGRESS"),
                Map.of("status", status.getLiteral(), "verdict", verdict), "decided: " + rationale);
    }

    /** Sets a plain status (no verdict). */
    public void status(long claimId, ClaimStatus status, long actor) {
        dsl.update(CLAIM).set(CLAIM.STATUS, status).where(CLAIM.ID.eq(claimId)).execute();
        events.record(claimId, actor, ClaimEventKind.STATUS_CHANGED, null, Map.of("status", status.getLiteral()), "moved");
    }

    /** A source (reused by canonical URL) linked to the claim with a stance. */
    public long evidence(long claimId, String url, String title, Stance stance, long addedBy) {
        return evidence(claimId, url, url, title, stance, addedBy);
    }

    /** A source given as {@code url} whose canonical form is {@code canonical}, linked to the claim. */
    public long evidence(long claimId, String url, String canonical, String title, Stance stance, long addedBy) {
        long sourceId = dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.CANONICAL_URL.eq(canonical))
                .fetchOptional(SOURCE.ID)
                .orElseGet(() -> dsl.insertInto(SOURCE)
                        .set(SOURCE.URL, url)
                        .set(SOURCE.CANONICAL_URL, canonical)
                        .set(SOURCE.TITLE, title)
                        .set(SOURCE.PUBLISHER, "Ministry")
                        .set(SOURCE.ARCHIVE_URL, "https://web.archive.org/web/2024/" + canonical)
                        .set(SOURCE.CREATED_BY, addedBy)
                        .returning(SOURCE.ID).fetchSingle(SOURCE.ID));
        long id = dsl.insertInto(EVIDENCE)
                .set(EVIDENCE.CLAIM_ID, claimId)
                .set(EVIDENCE.SOURCE_ID, sourceId)
                .set(EVIDENCE.STANCE, stance)
                .set(EVIDENCE.EXCERPT, "Production rose by 12 percent")
                .set(EVIDENCE.ADDED_BY, addedBy)
                .returning(EVIDENCE.ID).fetchSingle(EVIDENCE.ID);
        events.record(claimId, addedBy, ClaimEventKind.EVIDENCE_ADDED, null, Map.of("source", url, "stance", stance.getLiteral()),
                null);
        return id;
    }

    /** A comment on a claim. */
    public void comment(long claimId, long author, String body) {
        dsl.insertInto(COMMENT).set(COMMENT.CLAIM_ID, claimId).set(COMMENT.AUTHOR_ID, author).set(COMMENT.BODY, body)
                .execute();
        events.record(claimId, author, ClaimEventKind.COMMENT_ADDED, null, null, body);
    }

    /** Puts claims in one new group. */
    public long group(long createdBy, long... claimIds) {
        long group = dsl.insertInto(CLAIM_GROUP).set(CLAIM_GROUP.CREATED_BY, createdBy)
                .returning(CLAIM_GROUP.ID).fetchSingle(CLAIM_GROUP.ID);
        for (long claimId : claimIds) {
            dsl.update(CLAIM).set(CLAIM.GROUP_ID, group).where(CLAIM.ID.eq(claimId)).execute();
            events.record(claimId, createdBy, ClaimEventKind.GROUP_JOINED, null, Map.of("group", group), null);
        }
        return group;
    }

    /** Marks a claim removed. */
    public void remove(long claimId, long actor) {
        dsl.update(CLAIM).set(CLAIM.REMOVED, true).where(CLAIM.ID.eq(claimId)).execute();
        events.record(claimId, actor, ClaimEventKind.CLAIM_REMOVED, null, null, "duplicate");
    }

    private static byte[] withBom(String body) {
        byte[] text = body.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        return bytes;
    }
}
