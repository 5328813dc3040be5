package io.claimdesk.support;

import io.claimdesk.claim.domain.anchor.Anchor;
import io.claimdesk.claim.domain.anchor.Anchors;
import io.claimdesk.core.text.CodePoints;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.CLAIM;

/**
 * Test data written straight into the tables (for tests of features that sit on top of articles and claims).
 * Feature behaviour itself is tested through the services.
 */
@Component
public class Fixtures {

    /** A short Arabic wire story of our own. */
    public static final String ARABIC_STORY = """
            أعلنت وزارة الزراعة الأردنية، الأحد، أن إنتاج القمح ارتفع بنسبة 12 في المئة هذا العام، فيما حذر خبراء من موجة جفاف في الصيف المقبل.
            وقال وزير الزراعة إن الحكومة ستوزع 40 ألف طن من البذور على المزارعين قبل نهاية تشرين الأول.
            وكانت الأمطار قد تراجعت العام الماضي إلى أدنى مستوى منذ عقدين.""";

    private final DSLContext dsl;

    public Fixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts an article with {@code body} (already canonical) and returns its id. */
    public long article(long createdBy, String title, String body, String language) {
        return dsl.insertInto(ARTICLE)
                .set(ARTICLE.TITLE, title)
                .set(ARTICLE.BODY, body)
                .set(ARTICLE.LANGUAGE, language)
                .set(ARTICLE.DIRECTION, "ar".equals(language) ? "rtl" : "ltr")
                .set(ARTICLE.CONTENT_HASH, sha256(body + System.nanoTime()))
                .set(ARTICLE.CREATED_BY, createdBy)
                .returning(ARTICLE.ID).fetchSingle(ARTICLE.ID);
    }

    /** Inserts a claim on the first occurrence of {@code quote} in the article and returns its id. */
    public long claim(long articleId, String quote, long createdBy) {
        String body = dsl.select(ARTICLE.BODY).from(ARTICLE).where(ARTICLE.ID.eq(articleId)).fetchSingle(ARTICLE.BODY);
        int utf16 = body.indexOf(quote);
        if (utf16 < 0) {
            throw new IllegalArgumentException("quote not in article: " + quote);
        }
        int start = CodePoints.toCodePointOffset(body, utf16);
        Anchor anchor = Anchors.create(body, start, start + CodePoints.length(quote));
        String language = dsl.select(ARTICLE.LANGUAGE).from(ARTICLE).where(ARTICLE.ID.eq(articleId))
                .fetchSingle(ARTICLE.LANGUAGE);
        return dsl.insertInto(CLAIM)
                .set(CLAIM.ARTICLE_ID, articleId)
                .set(CLAIM.QUOTE, anchor.quote().exact())
                .set(CLAIM.QUOTE_PREFIX, anchor.quote().prefix())
                .set(CLAIM.QUOTE_SUFFIX, anchor.quote().suffix())
                .set(CLAIM.START_CP, anchor.position().start())
                .set(CLAIM.END_CP, anchor.position().end())
                .set(CLAIM.STATEMENT, quote)
                .set(CLAIM.LANGUAGE, language)
                .set(CLAIM.CREATED_BY, createdBy)
                .returning(CLAIM.ID).fetchSingle(CLAIM.ID);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
