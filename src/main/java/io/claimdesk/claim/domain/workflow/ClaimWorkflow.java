package io.claimdesk.claim.domain.workflow;

import io.claimdesk.core.domain.NotAllowedException;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.user.domain.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.claimdesk.claim.domain.workflow.WorkflowAction.APPROVE;
import static io.claimdesk.claim.domain.workflow.WorkflowAction.DISMISS;
import static io.claimdesk.claim.domain.workflow.WorkflowAction.PROPOSE;
import static io.claimdesk.claim.domain.workflow.WorkflowAction.REOPEN;
import static io.claimdesk.claim.domain.workflow.WorkflowAction.REQUEST_CHANGES;
import static io.claimdesk.claim.domain.workflow.WorkflowAction.START;
import static io.claimdesk.claim.domain.workflow.WorkflowStatus.APPROVED;
import static io.claimdesk.claim.domain.workflow.WorkflowStatus.DISMISSED;
import static io.claimdesk.claim.domain.workflow.WorkflowStatus.IN_PROGRESS;
import static io.claimdesk.claim.domain.workflow.WorkflowStatus.NEW;
import static io.claimdesk.claim.domain.workflow.WorkflowStatus.READY_FOR_REVIEW;

/**
 * The verification workflow as a pure state machine (DESIGN.md, "Workflow"; issue 6):
 * <pre>
 * NEW              --start-----------&gt; IN_PROGRESS
 * IN_PROGRESS      --propose---------&gt; READY_FOR_REVIEW   verdict, rationale, at least one evidence link
 * READY_FOR_REVIEW --approve---------&gt; APPROVED           SUPERVISOR, not the proposer (four-eyes)
 * READY_FOR_REVIEW --request_changes-&gt; IN_PROGRESS        reason
 * NEW, IN_PROGRESS --dismiss---------&gt; DISMISSED          reason (not check-worthy)
 * APPROVED, DISMISSED --reopen-------&gt; IN_PROGRESS        SUPERVISOR, reason
 * </pre>
 * Checks run in this order: the actor's right (403), whether the action is possible now (409), the fields (422).
 */
public final class ClaimWorkflow {

    private static final Map<WorkflowAction, Set<WorkflowStatus>> FROM = Map.of(
            START, EnumSet.of(NEW),
            PROPOSE, EnumSet.of(IN_PROGRESS),
            APPROVE, EnumSet.of(READY_FOR_REVIEW),
            REQUEST_CHANGES, EnumSet.of(READY_FOR_REVIEW),
            DISMISS, EnumSet.of(NEW, IN_PROGRESS),
            REOPEN, EnumSet.of(APPROVED, DISMISSED));

    private static final Map<WorkflowAction, WorkflowStatus> TO = Map.of(
            START, IN_PROGRESS,
            PROPOSE, READY_FOR_REVIEW,
            APPROVE, APPROVED,
            REQUEST_CHANGES, IN_PROGRESS,
            DISMISS, DISMISSED,
            REOPEN, IN_PROGRESS);

    private ClaimWorkflow() {
    }

    /**
     * Everything a decision needs, already read from the database.
     *
     * @param actorId       who asks
     * @param actorRole     the asker's role (roles include the ones below them)
     * @param proposedBy    who proposed the current verdict, or null
     * @param verdict       the verdict to propose (the stored one when the request names none), or null
     * @param verdictActive whether {@code verdict} is an active code of the verdict scale
     * @param rationale     the rationale to propose, or null
     * @param reason        the reason given, or null
     * @param evidenceCount evidence links of the claim
     */
    public record Attempt(WorkflowStatus from, WorkflowAction action, long actorId, Role actorRole,
                          @Nullable Long proposedBy, @Nullable String verdict, boolean verdictActive,
                          @Nullable String rationale, @Nullable String reason, int evidenceCount) {
    }

    /** The status {@code action} leads to. */
    public static WorkflowStatus target(WorkflowAction action) {
        return TO.get(action);
    }

    /** Whether {@code action} is possible from {@code from}, regardless of who asks. */
    public static boolean allowedFrom(WorkflowStatus from, WorkflowAction action) {
        return FROM.get(action).contains(from);
    }

    /** Whether {@code role} may ever take {@code action} (approve and reopen need SUPERVISOR). */
    public static boolean roleMay(Role role, WorkflowAction action) {
        return switch (action) {
            case APPROVE, REOPEN, REQUEST_CHANGES -> includes(role, Role.SUPERVISOR);
            case START, PROPOSE, DISMISS -> includes(role, Role.CHECKER);
        };
    }

    /**
     * The actions a user may offer from {@code from}: possible now and allowed for the role; approve is left
     * out for the proposer (four-eyes).
     */
    public static Set<WorkflowAction> available(WorkflowStatus from, long actorId, Role role,
                                                @Nullable Long proposedBy) {
        Set<WorkflowAction> actions = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction a : WorkflowAction.values()) {
            if (allowedFrom(from, a) && roleMay(role, a)
                    && !(a == APPROVE && proposedBy != null && proposedBy == actorId)) {
                actions.add(a);
            }
        }
        return actions;
    }

    /**
     * Decides an attempt.
     *
     * @return the status the claim moves to
     * @throws AccessDeniedException when the role does not allow the action, or the approver proposed the verdict
     * @throws ConflictException     when the action is not possible from the current status
     * @throws ValidationException   when a required field is missing (verdict, rationale, evidence, reason)
     */
    public static WorkflowStatus decide(Attempt a) {
        WorkflowAction action = a.action();
        if (!roleMay(a.actorRole(), action)) {
            throw NotAllowedException.of("workflow.supervisorOnly." + action.wireName());
        }
        if (action == APPROVE && a.proposedBy() != null && a.proposedBy() == a.actorId()) {
            throw NotAllowedException.of("workflow.fourEyes");
        }
        if (!allowedFrom(a.from(), action)) {
            throw ConflictException.of("workflow.notPossible", a.from(), pastTense(action), FROM.get(action));
        }
        switch (action) {
            case PROPOSE -> {
                if (blank(a.verdict())) {
                    throw ValidationException.of("workflow.verdict.missing");
                }
                if (!a.verdictActive()) {
                    throw ValidationException.of("workflow.verdict.inactive", a.verdict());
                }
                if (blank(a.rationale())) {
                    throw ValidationException.of("workflow.rationale.missing");
                }
                if (a.evidenceCount() < 1) {
                    throw ValidationException.of("workflow.evidence.missing");
                }
            }
            case REQUEST_CHANGES, DISMISS, REOPEN -> {
                if (blank(a.reason())) {
                    throw ValidationException.of("workflow.reason.missing." + action.wireName());
                }
            }
            case START, APPROVE -> {
                // nothing to fill in
            }
        }
        return TO.get(action);
    }

    private static boolean includes(Role role, Role needed) {
        return role.ordinal() >= needed.ordinal();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String describe(WorkflowAction action) {
        return switch (action) {
            case START -> "start";
            case PROPOSE -> "propose a verdict for";
            case APPROVE -> "approve";
            case REQUEST_CHANGES -> "request changes to";
            case DISMISS -> "dismiss";
            case REOPEN -> "reopen";
        };
    }

    private static String pastTense(WorkflowAction action) {
        return switch (action) {
            case START -> "started";
            case PROPOSE -> "proposed for review";
            case APPROVE -> "approved";
            case REQUEST_CHANGES -> "sent back with changes requested";
            case DISMISS -> "dismissed";
            case REOPEN -> "reopened";
        };
    }
}
