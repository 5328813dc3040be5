package io.claimdesk.review;

import io.claimdesk.db.enums.Stance;
import io.claimdesk.support.Fixtures;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

import static io.claimdesk.db.Tables.EVIDENCE;
import static io.claimdesk.db.Tables.SOURCE;

/** Test data for the review feature: claims on the Arabic story, evidence rows linked to them. */
@Component
public class ReviewFixtures {

    private static final AtomicLong SOURCES = new AtomicLong(System.nanoTime());

    private final Fixtures fixtures;
    private final DSLContext dsl;

    public ReviewFixtures(Fixtures fixtures, DSLContext dsl) {
        this.fixtures = fixtures;
        this.dsl = dsl;
    }

    /** A NEW claim on a fresh copy of {@link Fixtures#ARABIC_STORY}. */
    public long claim(long createdBy) {
        long article = fixtures.article(createdBy, "Wheat harvest", Fixtures.ARABIC_STORY, "ar");
        return fixtures.claim(article, "ارتفع بنسبة 12 في المئة", createdBy);
    }

    /** Links a new source to the claim as supporting evidence. */
    public long evidence(long claimId, long addedBy) {
        String url = "https://example.org/report-" + SOURCES.incrementAndGet();
        long source = dsl.insertInto(SOURCE)
                .set(SOURCE.URL, url)
                .set(SOURCE.CANONICAL_URL, url)
                .set(SOURCE.PUBLISHER, "Ministry of Agriculture")
                .returning(SOURCE.ID).fetchSingle(SOURCE.ID);
        return dsl.insertInto(EVIDENCE)
                .set(EVIDENCE.CLAIM_ID, claimId)
                .set(EVIDENCE.SOURCE_ID, source)
                .set(EVIDENCE.STANCE, Stance.SUPPORTS)
                .set(EVIDENCE.EXCERPT, "production rose 12 per cent")
                .set(EVIDENCE.ADDED_BY, addedBy)
                .returning(EVIDENCE.ID).fetchSingle(EVIDENCE.ID);
    }
}
