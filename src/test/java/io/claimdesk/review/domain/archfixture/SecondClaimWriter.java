package io.claimdesk.review.domain.archfixture;

import io.claimdesk.db.tables.Claim;
import io.claimdesk.db.tables.records.ClaimRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_GROUP;
import static io.claimdesk.db.Tables.COMMENT;

/**
 * Deliberate violations of "only claim.domain writes claim" for {@code TableOwnershipTest}: a class of the review
 * feature writing claim tables in each way the rule must see. Never a bean (not under the scanned main classes).
 */
public class SecondClaimWriter {

    private static final Claim C = CLAIM.as("c");

    private final DSLContext dsl;

    public SecondClaimWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The "known exception" of old: review writing workflow columns with its own SQL. */
    public void setVerdict(long claimId, String verdict) {
        dsl.update(CLAIM).set(CLAIM.VERDICT, verdict).where(CLAIM.ID.eq(claimId)).execute();
    }

    /** Through an alias held in a field. */
    public void clearRationale() {
        dsl.update(C).setNull(C.RATIONALE).execute();
    }

    /** Through a generated record. */
    public void store(ClaimRecord r) {
        r.store();
    }

    /** Inside a lambda. */
    public void dropGroups() {
        dsl.transaction(c -> DSL.using(c).deleteFrom(CLAIM_GROUP).execute());
    }

    /** Plain SQL, which no rule can trace to a table. */
    public void plainSql() {
        dsl.execute("update claim set verdict = null");
    }

    /** Allowed: review writes its own table; reading claim elsewhere is fine. */
    public void comment(long claimId, long authorId, String body) {
        dsl.insertInto(COMMENT).set(COMMENT.CLAIM_ID, claimId).set(COMMENT.AUTHOR_ID, authorId)
                .set(COMMENT.BODY, body).execute();
    }

    /** Allowed: a read of claim. */
    public int claims() {
        return dsl.fetchCount(CLAIM);
    }
}
