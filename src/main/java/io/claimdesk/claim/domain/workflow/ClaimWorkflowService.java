package io.claimdesk.claim.domain.workflow;

import io.claimdesk.claim.domain.ClaimEventKind;
import io.claimdesk.claim.domain.ClaimEvents;
import io.claimdesk.claim.domain.ClaimOwnership;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotAllowedException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.tables.records.ClaimRecord;
import io.claimdesk.user.domain.CurrentUser;
import io.claimdesk.core.text.InvalidTextException;
import io.claimdesk.core.text.UserText;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The published API through which other features move a claim through the verification workflow
 * ({@link ClaimWorkflow}) and assign it: transitions, taking, assigning, bulk dismissal. Every change checks
 * ownership ({@link ClaimOwnership}) and the version, bumps the version by one and appends a history event in the
 * same transaction ({@link ClaimEvents}). The wording of history and the work lists stay with {@code review}.
 */
@Service
public class ClaimWorkflowService {

    /** Most characters (code points) of a reason or a rationale, as the API's default text limit. */
    public static final int MAX_TEXT_LENGTH = UserText.DEFAULT_MAX_CODE_POINTS;

    /** History note of the {@code claim.assigned} event when starting an unassigned claim takes it. */
    public static final String NOTE_TAKEN_ON_START = "taken on start";
    /** History note of the {@code claim.assigned} event of a take. */
    public static final String NOTE_TAKEN = "taken";

    private final ClaimWorkflowRepository claims;
    private final ClaimEvents events;
    private final CurrentUser currentUser;
    private final VerdictScale verdicts;
    private final WorkflowConflicts conflicts;

    public ClaimWorkflowService(ClaimWorkflowRepository claims, ClaimEvents events, CurrentUser currentUser,
                                VerdictScale verdicts, WorkflowConflicts conflicts) {
        this.claims = claims;
        this.events = events;
        this.currentUser = currentUser;
        this.verdicts = verdicts;
        this.conflicts = conflicts;
    }

    /**
     * Moves a claim through the workflow. Starting an unassigned claim also assigns it to the one who starts it
     * (a {@code claim.assigned} event before the {@code status.changed} one); every step bumps the version by one.
     *
     * @param verdict         verdict code to propose (propose only; null or blank keeps the stored one)
     * @param rationale       rationale to propose (propose only; null or blank keeps the stored one)
     * @param reason          why (required for request_changes, dismiss and reopen); stored as the event's note
     * @param expectedVersion the claim version the caller read
     * @return the claim's workflow fields after the change
     * @throws NotFoundException   for an unknown or removed claim
     * @throws NotAllowedException when the role does not allow it, the approver proposed it (four-eyes), or a
     *                             checker acts on a colleague's claim (starting an unassigned one is open)
     * @throws ConflictException   when the version is stale (naming who changed it) or the action is not possible
     *                             in the claim's status
     * @throws ValidationException when verdict, rationale, evidence or reason are missing (a reason of white space
     *                             and bidi marks only is missing), or reason or rationale is longer than
     *                             {@value #MAX_TEXT_LENGTH} ({@code workflow.reason.tooLong},
     *                             {@code workflow.rationale.tooLong})
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public ClaimSummary transition(long claimId, WorkflowAction action, @Nullable String verdict,
                                   @Nullable String rationale, @Nullable String reason, int expectedVersion) {
        reason = text("reason", reason);
        rationale = text("rationale", rationale);
        var me = currentUser.require();
        if (!ClaimWorkflow.roleMay(me.role(), action)) {
            throw NotAllowedException.of("workflow.supervisorOnly." + action.wireName());
        }
        ClaimRecord c = claims.load(claimId);
        boolean takeOnStart = action == WorkflowAction.START && c.getAssigneeId() == null;
        // a checker starts an unassigned claim (taking it), or acts on one they created or are assigned to
        if (!takeOnStart) {
            ClaimOwnership.requireClaim(me, claimId, c.getCreatedBy(), c.getAssigneeId(), action.wireName());
        }
        if (c.getVersion() != expectedVersion) {
            throw conflicts.stale(claimId, expectedVersion, c.getVersion());
        }
        String effectiveVerdict = action == WorkflowAction.PROPOSE && !blank(verdict) ? verdict.strip()
                : c.getVerdict();
        String effectiveRationale = action == WorkflowAction.PROPOSE && !blank(rationale) ? rationale.strip()
                : c.getRationale();
        int evidence = action == WorkflowAction.PROPOSE ? claims.evidenceCount(claimId) : 0;
        WorkflowStatus from = status(c);
        WorkflowStatus to = ClaimWorkflow.decide(new ClaimWorkflow.Attempt(from, action, me.id(), me.role(),
                c.getProposedBy(), effectiveVerdict,
                effectiveVerdict != null && verdicts.isActive(effectiveVerdict), effectiveRationale,
                reason, evidence));
        if (!claims.applyTransition(claimId, expectedVersion, action, to, me.id(), effectiveVerdict,
                effectiveRationale, takeOnStart, blank(reason) ? null : reason.strip())) {
            // another transaction committed a change between our read and our write
            throw conflicts.stale(claimId, expectedVersion, claims.load(claimId).getVersion());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", from.name());
        before.put("verdict", c.getVerdict());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("action", action.wireName());
        after.put("status", to.name());
        after.put("verdict", effectiveVerdict);
        if (action == WorkflowAction.PROPOSE) {
            after.put("rationale", effectiveRationale);
        }
        if (takeOnStart) {
            Map<String, Object> unassigned = new LinkedHashMap<>();
            unassigned.put("assigneeId", null);
            unassigned.put("assignee", null);
            events.record(claimId, me.id(), ClaimEventKind.CLAIM_ASSIGNED, unassigned,
                    Map.of("assigneeId", me.id(), "assignee", me.displayName()), NOTE_TAKEN_ON_START);
        }
        events.record(claimId, me.id(), ClaimEventKind.STATUS_CHANGED, before, after,
                blank(reason) ? null : reason.strip());
        return summary(claimId);
    }

    /** The workflow fields of a claim. @throws NotFoundException for an unknown or removed claim */
    public ClaimSummary summary(long claimId) {
        return toSummary(claims.load(claimId));
    }

    /**
     * Assigns claims to a person (SUPERVISOR), one {@code claim.assigned} event each; claims already assigned to
     * that person are left alone. All or nothing.
     *
     * @return how many claims changed
     * @throws NotFoundException   for an unknown claim or person
     * @throws ValidationException for an empty list, too many claims or an inactive assignee
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public int assign(Collection<Long> claimIds, long assigneeId) {
        var me = currentUser.require();
        var assignee = claims.person(assigneeId).orElseThrow(() -> new NotFoundException("User", assigneeId));
        if (!assignee.active()) {
            throw ValidationException.of("review.assignee.deactivated", assignee.displayName());
        }
        int changed = 0;
        for (ClaimRecord c : claims.lockAll(claimIds)) {
            if (c.getAssigneeId() != null && c.getAssigneeId() == assigneeId) {
                continue;
            }
            setAssignee(c, assigneeId, assignee.displayName(), me.id(), null);
            changed++;
        }
        return changed;
    }

    /**
     * The signed-in checker takes a NEW claim that nobody else has.
     *
     * @throws ConflictException when the claim is not NEW or is assigned to someone else
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public ClaimSummary take(long claimId) {
        var me = currentUser.require();
        ClaimRecord c = claims.lockAll(List.of(claimId)).get(0);
        if (status(c) != WorkflowStatus.NEW) {
            throw ConflictException.of("review.take.notNew", status(c));
        }
        if (c.getAssigneeId() != null && c.getAssigneeId() != me.id()) {
            String assignee = currentUser.displayName(c.getAssigneeId());
            throw ConflictException.stale("review.take.assigned", c.getVersion(), assignee, assignee);
        }
        if (c.getAssigneeId() == null) {
            setAssignee(c, me.id(), me.displayName(), me.id(), NOTE_TAKEN);
        }
        return summary(claimId);
    }

    /**
     * "Take and start" in one step (issue 16): the signed-in checker takes a NEW claim (when nobody has it) and
     * starts it (NEW → IN_PROGRESS), in one transaction: one {@code claim.assigned} event (note
     * {@link #NOTE_TAKEN_ON_START}) when it was unassigned, then one {@code status.changed} event. A claim already
     * assigned to the caller is only started.
     *
     * @param expectedVersion the claim version the caller read
     * @return the claim's workflow fields after the change
     * @throws NotFoundException for an unknown or removed claim
     * @throws ConflictException when the claim is not NEW ({@code review.take.notNew}), is assigned to someone
     *                           else ({@code review.take.assigned}, naming them), or the version is stale (naming
     *                           who changed it)
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public ClaimSummary takeAndStart(long claimId, int expectedVersion) {
        var me = currentUser.require();
        ClaimRecord c = claims.lockAll(List.of(claimId)).get(0);
        if (c.getVersion() != expectedVersion) {
            throw conflicts.stale(claimId, expectedVersion, c.getVersion());
        }
        if (status(c) != WorkflowStatus.NEW) {
            throw ConflictException.of("review.take.notNew", status(c));
        }
        if (c.getAssigneeId() != null && c.getAssigneeId() != me.id()) {
            String assignee = currentUser.displayName(c.getAssigneeId());
            throw ConflictException.stale("review.take.assigned", c.getVersion(), assignee, assignee);
        }
        // START on an unassigned claim takes it (claim.assigned, then status.changed), under the row lock above
        return transition(claimId, WorkflowAction.START, null, null, null, expectedVersion);
    }

    /**
     * Dismisses several claims with one reason (not check-worthy), one {@code status.changed} event each. All or
     * nothing: when any claim cannot be dismissed, none is.
     *
     * @return how many claims were dismissed
     * @throws ConflictException   naming the claims that are not NEW or IN_PROGRESS
     * @throws ValidationException without a reason
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public int dismissAll(Collection<Long> claimIds, String reason) {
        List<ClaimRecord> locked = claims.lockAll(claimIds);
        List<Long> refused = locked.stream()
                .filter(c -> !ClaimWorkflow.allowedFrom(status(c), WorkflowAction.DISMISS))
                .map(ClaimRecord::getId).toList();
        if (!refused.isEmpty()) {
            throw ConflictException.of("review.dismiss.refused",
                    refused.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        for (ClaimRecord c : locked) {
            transition(c.getId(), WorkflowAction.DISMISS, null, null, reason, c.getVersion());
        }
        return locked.size();
    }

    private void setAssignee(ClaimRecord c, long assigneeId, String assigneeName, long actorId,
                             @Nullable String note) {
        Long previous = c.getAssigneeId();
        claims.setAssignee(c.getId(), assigneeId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("assigneeId", previous);
        before.put("assignee", previous == null ? null : currentUser.displayName(previous));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("assigneeId", assigneeId);
        after.put("assignee", assigneeName);
        events.record(c.getId(), actorId, ClaimEventKind.CLAIM_ASSIGNED, before, after, note);
    }

    /** The workflow status of a claim row. */
    public static WorkflowStatus status(ClaimRecord c) {
        return WorkflowStatus.of(c.getStatus());
    }

    /** The workflow fields of a claim row, times in UTC. */
    public static ClaimSummary toSummary(ClaimRecord c) {
        return new ClaimSummary(c.getId(), status(c), c.getVerdict(), c.getRationale(), c.getAssigneeId(),
                c.getProposedBy(), utc(c.getProposedAt()), c.getApprovedBy(), utc(c.getApprovedAt()),
                c.getVersion());
    }

    private static @Nullable OffsetDateTime utc(@Nullable OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    /**
     * A reason or rationale as the API would take it ({@link UserText}: controls removed, NFC), from whichever caller
     * (the review view and the claim page pass their text areas' values as typed): null when nothing visible is left
     * (white space and format characters such as bidi marks only), so that it counts as missing.
     *
     * @throws ValidationException {@code workflow.<field>.tooLong} above {@value #MAX_TEXT_LENGTH} characters (the
     *                             history and the notifications keep it whole)
     */
    private static @Nullable String text(String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        String clean;
        try {
            clean = UserText.canonical(field, value, MAX_TEXT_LENGTH);
        } catch (InvalidTextException e) {
            if (e.reason() == InvalidTextException.Reason.TOO_LONG) {
                throw ValidationException.of("workflow." + field + ".tooLong", e.length(), MAX_TEXT_LENGTH);
            }
            throw e;
        }
        boolean visible = clean.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT);
        return visible ? clean : null;
    }
}
