package io.claimdesk.review.api;

import io.claimdesk.claim.domain.ClaimTags;
import io.claimdesk.claim.domain.workflow.BulkTagging;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.core.text.TextLimit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.review.domain.BulkAction;
import io.claimdesk.review.domain.ChainCheck;
import io.claimdesk.claim.domain.workflow.ClaimSummary;
import io.claimdesk.review.domain.Comment;
import io.claimdesk.review.domain.CommentService;
import io.claimdesk.review.domain.HistoryEntry;
import io.claimdesk.review.domain.HistoryService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * The verification workflow over HTTP: transitions, assignment, bulk actions, comments and the hash-chained
 * history with its check. Rules live in the services: a refused step answers 403 (not allowed for you), 409
 * (not allowed now, or a stale version) or 422 (missing fields), each with a {@code detail}.
 */
@RestController
@RequestMapping("/api/v1")
public class ReviewController {

    private final ClaimWorkflowService workflow;
    private final BulkTagging tagging;
    private final CommentService comments;
    private final HistoryService history;
    private final ObjectMapper json;

    public ReviewController(ClaimWorkflowService workflow, BulkTagging tagging, CommentService comments,
                            HistoryService history, ObjectMapper json) {
        this.workflow = workflow;
        this.tagging = tagging;
        this.comments = comments;
        this.history = history;
        this.json = json;
    }

    /**
     * A workflow step.
     *
     * @param action  start | propose | approve | request_changes | dismiss | reopen
     * @param version the claim version read
     */
    public record TransitionRequest(@NotBlank String action, @Nullable String verdict, @Nullable String rationale,
                                    @Nullable String reason, @NotNull Integer version) {
    }

    /** A claim's workflow fields; times in UTC. */
    public record ClaimSummaryDto(long id, String status, @Nullable String verdict, @Nullable String rationale,
                                  @Nullable Long assigneeId, @Nullable Long proposedBy, @Nullable Long approvedBy,
                                  @Nullable Instant approvedAt, int version) {
        static ClaimSummaryDto of(ClaimSummary s) {
            return new ClaimSummaryDto(s.id(), s.status().name(), s.verdict(), s.rationale(), s.assigneeId(),
                    s.proposedBy(), s.approvedBy(), s.approvedAt() == null ? null : s.approvedAt().toInstant(),
                    s.version());
        }
    }

    /**
     * One history event; {@code seq} is its place in the claim's chain (1 first); {@code at} is UTC ISO-8601;
     * {@code actor} a display name (null for the system).
     */
    public record HistoryDto(long id, int seq, Instant at, @Nullable String actor, String kind, @Nullable JsonNode before,
                             @Nullable JsonNode after, @Nullable String note, String hash, String prevHash) {
    }

    public record VerifyDto(boolean intact, int checked, List<Long> broken) {
        static VerifyDto of(ChainCheck c) {
            return new VerifyDto(c.intact(), c.checked(), c.broken());
        }
    }

    public record CommentRequest(@TextLimit(CommentService.MAX_LENGTH) @NotBlank String body) {
    }

    public record CommentDto(long id, long authorId, String author, String body, Instant createdAt) {
        static CommentDto of(Comment c) {
            return new CommentDto(c.id(), c.authorId(), c.author(), c.body(), c.createdAt().toInstant());
        }
    }

    public record AssignRequest(@NotEmpty List<Long> claimIds, @NotNull Long assigneeId) {
    }

    /**
     * A bulk action.
     *
     * @param action dismiss (needs {@code reason}) | add_tags | remove_tags (need {@code tags})
     */
    public record BulkRequest(@NotEmpty List<Long> claimIds, @NotBlank String action, @Nullable String reason,
                              @TextLimit(ClaimTags.MAX_LENGTH) @Nullable List<String> tags) {
    }

    /** How many claims a call changed. */
    public record Changed(int changed) {
    }

    @Operation(summary = "Move a claim through the workflow (start, propose, approve, request_changes, dismiss, "
            + "reopen)")
    @PostMapping("/claims/{id}/transitions")
    public ClaimSummaryDto transition(@PathVariable long id, @Valid @RequestBody TransitionRequest body) {
        return ClaimSummaryDto.of(workflow.transition(id, WorkflowAction.parse(body.action()), body.verdict(),
                body.rationale(), body.reason(), body.version()));
    }

    @Operation(summary = "The history of a claim, oldest first, with its hash chain")
    @GetMapping("/claims/{id}/history")
    public List<HistoryDto> history(@PathVariable long id) {
        return history.list(id).stream().map(this::toDto).toList();
    }

    @Operation(summary = "Check the hash chain of one claim's history")
    @GetMapping("/claims/{id}/history/verify")
    public VerifyDto verify(@PathVariable long id) {
        return VerifyDto.of(history.verify(id));
    }

    @Operation(summary = "Check the hash chains of the whole history table")
    @GetMapping("/history/verify")
    public VerifyDto verifyAll() {
        return VerifyDto.of(history.verifyAll());
    }

    @Operation(summary = "Comment on a claim")
    @PostMapping("/claims/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    public CommentDto comment(@PathVariable long id, @Valid @RequestBody CommentRequest body) {
        return CommentDto.of(comments.add(id, body.body()));
    }

    @Operation(summary = "The comments on a claim, oldest first")
    @GetMapping("/claims/{id}/comments")
    public List<CommentDto> comments(@PathVariable long id) {
        return comments.list(id).stream().map(CommentDto::of).toList();
    }

    @Operation(summary = "Assign claims to a person (SUPERVISOR)")
    @PostMapping("/claims/assign")
    public Changed assign(@Valid @RequestBody AssignRequest body) {
        return new Changed(workflow.assign(body.claimIds(), body.assigneeId()));
    }

    @Operation(summary = "Take a NEW, unassigned claim yourself")
    @PostMapping("/claims/{id}/take")
    public ClaimSummaryDto take(@PathVariable long id) {
        return ClaimSummaryDto.of(workflow.take(id));
    }

    @Operation(summary = "Bulk action over claims: dismiss with one reason, add or remove tags")
    @PostMapping("/claims/bulk")
    public Changed bulk(@Valid @RequestBody BulkRequest body) {
        return new Changed(switch (BulkAction.parse(body.action())) {
            case DISMISS -> workflow.dismissAll(body.claimIds(), body.reason() == null ? "" : body.reason());
            case ADD_TAGS -> tagging.addTags(body.claimIds(), tags(body));
            case REMOVE_TAGS -> tagging.removeTags(body.claimIds(), tags(body));
        });
    }

    private static List<String> tags(BulkRequest body) {
        if (body.tags() == null || body.tags().isEmpty()) {
            throw ValidationException.of("review.bulk.tagsMissing");
        }
        return body.tags();
    }

    private HistoryDto toDto(HistoryEntry e) {
        return new HistoryDto(e.id(), e.seq(), e.at().toInstant(), e.actor(), e.kind(), tree(e.before()), tree(e.after()),
                e.note(), e.hash(), e.prevHash());
    }

    private @Nullable JsonNode tree(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim_event holds invalid JSON", e);
        }
    }
}
