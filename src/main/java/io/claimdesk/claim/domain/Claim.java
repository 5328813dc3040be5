package io.claimdesk.claim.domain;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A claim: a span of an article (anchored by quote and code-point position) and what a reviewer made of it.
 *
 * @param quote     the exact text of the span (the anchor; never edited)
 * @param start     first code point of the span in the article body
 * @param end       code point after the span (exclusive)
 * @param statement the checkable restatement (editable)
 * @param claimDate the date the claim was made (not when it was recorded)
 * @param orphaned  the span could no longer be placed after an edit of the article; {@link #quote} is the old text
 * @param status    where the claim stands in the workflow
 * @param verdict   code of the rating, when one was proposed or approved
 * @param changesRequested the pinned reason of a supervisor's request for changes, or null
 */
public record Claim(long id, long articleId, String articleTitle, String articleDirection, String quote,
                    String prefix, String suffix, int start, int end, String statement, @Nullable String claimant,
                    @Nullable LocalDate claimDate, List<String> tags, String language,
                    @Nullable Float checkWorthiness, WorkflowStatus status, @Nullable String verdict,
                    @Nullable String rationale, @Nullable Long assigneeId, @Nullable String assigneeName,
                    boolean orphaned, long createdBy, String createdByName, OffsetDateTime createdAt,
                    int version, StanceCounts evidence, @Nullable ChangesRequested changesRequested) {

    /**
     * A supervisor's request for changes, pinned on the claim (status IN_PROGRESS) until it is proposed again
     * (issue 16).
     *
     * @param at when, UTC
     */
    public record ChangesRequested(String reason, String byName, OffsetDateTime at) {
    }

    /** Evidence links of a claim by stance. */
    public record StanceCounts(int supports, int refutes, int context) {
        public static final StanceCounts NONE = new StanceCounts(0, 0, 0);

        public int total() {
            return supports + refutes + context;
        }
    }
}
