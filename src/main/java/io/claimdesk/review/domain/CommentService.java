package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.ClaimEventKind;
import io.claimdesk.claim.domain.ClaimEvents;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.COMMENT;

/** Comments on claims; each new comment is also a {@code comment.added} history event. */
@Service
public class CommentService {

    /** Longest comment, in code points. */
    public static final int MAX_LENGTH = 10_000;

    private final DSLContext dsl;
    private final ClaimEvents events;
    private final io.claimdesk.user.domain.CurrentUser currentUser;

    public CommentService(DSLContext dsl, ClaimEvents events, io.claimdesk.user.domain.CurrentUser currentUser) {
        this.dsl = dsl;
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * Adds a comment by the signed-in user.
     *
     * @throws NotFoundException   for an unknown claim
     * @throws ValidationException for a blank or too long comment
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Comment add(long claimId, String body) {
        var me = currentUser.require();
        String text = body.strip();
        if (text.isEmpty()) {
            throw ValidationException.of("comment.empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw ValidationException.of("comment.tooLong", MAX_LENGTH);
        }
        requireLiveClaim(claimId);
        long id = dsl.insertInto(COMMENT)
                .set(COMMENT.CLAIM_ID, claimId)
                .set(COMMENT.AUTHOR_ID, me.id())
                .set(COMMENT.BODY, text)
                .returning(COMMENT.ID).fetchSingle(COMMENT.ID);
        events.record(claimId, me.id(), ClaimEventKind.COMMENT_ADDED, null, Map.of("commentId", id), text);
        return list(claimId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** A read of {@code claim}, kept apart from the write of {@code comment} (ArchitectureTest, table ownership). */
    private void requireLiveClaim(long claimId) {
        if (!dsl.fetchExists(CLAIM, CLAIM.ID.eq(claimId), CLAIM.REMOVED.isFalse())) {
            throw new NotFoundException("Claim", claimId);
        }
    }

    /** The comments of a claim, oldest first. @throws NotFoundException for an unknown claim */
    @PreAuthorize("hasRole('CHECKER')")
    public List<Comment> list(long claimId) {
        if (!dsl.fetchExists(CLAIM, CLAIM.ID.eq(claimId))) {
            throw new NotFoundException("Claim", claimId);
        }
        return dsl.select(COMMENT.ID, COMMENT.CLAIM_ID, COMMENT.AUTHOR_ID, APP_USER.DISPLAY_NAME, COMMENT.BODY,
                        COMMENT.CREATED_AT)
                .from(COMMENT).join(APP_USER).on(APP_USER.ID.eq(COMMENT.AUTHOR_ID))
                .where(COMMENT.CLAIM_ID.eq(claimId))
                .orderBy(COMMENT.CREATED_AT, COMMENT.ID)
                .fetch(r -> new Comment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6().withOffsetSameInstant(ZoneOffset.UTC)));
    }
}
