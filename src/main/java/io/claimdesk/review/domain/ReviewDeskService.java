package io.claimdesk.review.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimEventKind;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.core.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the supervisor's review view reads besides the workflow state (issue 16): the claim's quote in its
 * paragraph, and what changed since changes were last requested, both read only. The changes come from the
 * claim's history ({@link HistoryService}): the newest {@code status.changed} event whose action is
 * {@code request_changes} marks the request; a field's value then is the {@code before} of its first change after
 * the request (the statement from {@code claim.edited}), the verdict then is the request event's own
 * {@code before}, the rationale then is the one the proposal before the request carried; evidence added and
 * removed are the {@code evidence.added} / {@code evidence.removed} events after the request, an addition that was
 * removed again (or the reverse) cancelling out.
 */
@Service
public class ReviewDeskService {

    private final HistoryService history;
    private final ClaimService claims;
    private final ArticleService articles;
    private final ObjectMapper json;

    public ReviewDeskService(HistoryService history, ClaimService claims, ArticleService articles,
                             ObjectMapper json) {
        this.history = history;
        this.claims = claims;
        this.articles = articles;
        this.json = json;
    }

    /**
     * The paragraph of the claim's article that holds its quote, the quote's place in it.
     *
     * @throws NotFoundException for an unknown or removed claim
     */
    @PreAuthorize("hasRole('CHECKER')")
    public QuoteContext context(Claim claim) {
        if (claim.orphaned()) {
            // the span no longer stands in the text: the quote with the context stored with it
            String text = claim.prefix() + claim.quote() + claim.suffix();
            int start = io.claimdesk.core.text.CodePoints.length(claim.prefix());
            return new QuoteContext(text, start, start + io.claimdesk.core.text.CodePoints.length(claim.quote()));
        }
        return QuoteContext.of(articles.get(claim.articleId()).body(), claim.start(), claim.end());
    }

    /**
     * What changed since changes were last requested; empty when they never were.
     *
     * @throws NotFoundException for an unknown or removed claim
     */
    @PreAuthorize("hasRole('CHECKER')")
    public Optional<ReviewChanges> sinceLastRequest(long claimId) {
        Claim now = claims.get(claimId);
        List<HistoryEntry> events = history.list(claimId);
        int request = -1;
        for (int i = events.size() - 1; i >= 0; i--) {
            HistoryEntry e = events.get(i);
            if (isTransition(e, WorkflowAction.REQUEST_CHANGES)) {
                request = i;
                break;
            }
        }
        if (request < 0) {
            return Optional.empty();
        }
        HistoryEntry req = events.get(request);
        String verdictThen = text(tree(req.before()), "verdict");
        String rationaleThen = null;
        for (int i = request - 1; i >= 0; i--) {
            if (isTransition(events.get(i), WorkflowAction.PROPOSE)) {
                rationaleThen = text(tree(events.get(i).after()), "rationale");
                break;
            }
        }
        String statementThen = now.statement();
        boolean statementFound = false;
        Map<Long, ReviewChanges.EvidenceChange> added = new LinkedHashMap<>();
        Map<Long, ReviewChanges.EvidenceChange> removed = new LinkedHashMap<>();
        for (HistoryEntry e : events.subList(request + 1, events.size())) {
            if (!statementFound && ClaimEventKind.CLAIM_EDITED.wireName().equals(e.kind())) {
                JsonNode before = tree(e.before());
                if (before != null && before.has("statement")) {
                    statementThen = text(before, "statement");
                    statementFound = true;
                }
            } else if (ClaimEventKind.EVIDENCE_ADDED.wireName().equals(e.kind())) {
                ReviewChanges.EvidenceChange link = evidence(tree(e.after()));
                if (link != null && removed.remove(link.evidenceId()) == null) {
                    added.put(link.evidenceId(), link);
                }
            } else if (ClaimEventKind.EVIDENCE_REMOVED.wireName().equals(e.kind())) {
                ReviewChanges.EvidenceChange link = evidence(tree(e.before()));
                if (link != null && added.remove(link.evidenceId()) == null) {
                    removed.put(link.evidenceId(), link);
                }
            }
        }
        return Optional.of(new ReviewChanges(req.at(), req.actor(), req.note() == null ? "" : req.note(),
                new ReviewChanges.Change(statementThen, now.statement()),
                new ReviewChanges.Change(verdictThen, now.verdict()),
                new ReviewChanges.Change(rationaleThen, now.rationale()),
                new ArrayList<>(added.values()), new ArrayList<>(removed.values())));
    }

    private boolean isTransition(HistoryEntry e, WorkflowAction action) {
        return ClaimEventKind.STATUS_CHANGED.wireName().equals(e.kind())
                && action.wireName().equals(text(tree(e.after()), "action"));
    }

    private static ReviewChanges.@Nullable EvidenceChange evidence(@Nullable JsonNode node) {
        if (node == null || !node.hasNonNull("evidenceId")) {
            return null;
        }
        String canonical = text(node, "canonicalUrl");
        return new ReviewChanges.EvidenceChange(node.get("evidenceId").asLong(), text(node, "title"),
                canonical == null ? "" : canonical, String.valueOf(text(node, "stance")), text(node, "excerpt"));
    }

    private @Nullable JsonNode tree(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
