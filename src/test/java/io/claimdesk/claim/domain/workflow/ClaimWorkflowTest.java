package io.claimdesk.claim.domain.workflow;

import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.user.domain.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import java.util.EnumSet;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimWorkflowTest {

    private static final long CHECKER = 1;
    private static final long SUPERVISOR = 2;

    private static ClaimWorkflow.Attempt attempt(WorkflowStatus from, WorkflowAction action, long actor, Role role,
                                                 @Nullable Long proposedBy, @Nullable String reason) {
        return new ClaimWorkflow.Attempt(from, action, actor, role, proposedBy, "FALSE", true,
                "The figure is 4 per cent.", reason, 1);
    }

    @Test
    void the_happy_path_follows_design_md() {
        assertThat(ClaimWorkflow.decide(attempt(NEW, START, CHECKER, Role.CHECKER, null, null)))
                .isEqualTo(IN_PROGRESS);
        assertThat(ClaimWorkflow.decide(attempt(IN_PROGRESS, PROPOSE, CHECKER, Role.CHECKER, null, null)))
                .isEqualTo(READY_FOR_REVIEW);
        assertThat(ClaimWorkflow.decide(attempt(READY_FOR_REVIEW, APPROVE, SUPERVISOR, Role.SUPERVISOR, CHECKER,
                null))).isEqualTo(APPROVED);
    }

    @Test
    void sending_back_dismissing_and_reopening_need_a_reason() {
        assertThat(ClaimWorkflow.decide(attempt(READY_FOR_REVIEW, REQUEST_CHANGES, SUPERVISOR, Role.SUPERVISOR,
                CHECKER, "Cite the 2023 report"))).isEqualTo(IN_PROGRESS);
        assertThat(ClaimWorkflow.decide(attempt(NEW, DISMISS, CHECKER, Role.CHECKER, null, "Opinion")))
                .isEqualTo(DISMISSED);
        assertThat(ClaimWorkflow.decide(attempt(IN_PROGRESS, DISMISS, CHECKER, Role.CHECKER, null, "Opinion")))
                .isEqualTo(DISMISSED);
        assertThat(ClaimWorkflow.decide(attempt(APPROVED, REOPEN, SUPERVISOR, Role.SUPERVISOR, CHECKER, "New data")))
                .isEqualTo(IN_PROGRESS);
        assertThat(ClaimWorkflow.decide(attempt(DISMISSED, REOPEN, SUPERVISOR, Role.ADMIN, null, "Checkable")))
                .isEqualTo(IN_PROGRESS);
        for (WorkflowAction action : new WorkflowAction[]{REQUEST_CHANGES, DISMISS, REOPEN}) {
            WorkflowStatus from = action == DISMISS ? NEW : action == REOPEN ? APPROVED : READY_FOR_REVIEW;
            assertThatThrownBy(() -> ClaimWorkflow.decide(attempt(from, action, SUPERVISOR, Role.SUPERVISOR,
                    CHECKER, "  "))).isInstanceOf(ValidationException.class).hasMessageContaining("reason");
        }
    }

    @Test
    void approving_own_proposal_is_refused_even_for_a_supervisor() {
        assertThatThrownBy(() -> ClaimWorkflow.decide(attempt(READY_FOR_REVIEW, APPROVE, SUPERVISOR,
                Role.SUPERVISOR, SUPERVISOR, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("four-eyes");
    }

    @Test
    void checkers_may_not_approve_request_changes_or_reopen() {
        for (WorkflowAction action : new WorkflowAction[]{APPROVE, REQUEST_CHANGES, REOPEN}) {
            assertThat(ClaimWorkflow.roleMay(Role.CHECKER, action)).as(action.name()).isFalse();
            assertThat(ClaimWorkflow.roleMay(Role.SUPERVISOR, action)).as(action.name()).isTrue();
        }
        assertThatThrownBy(() -> ClaimWorkflow.decide(attempt(READY_FOR_REVIEW, APPROVE, 7, Role.CHECKER, CHECKER,
                null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_transition_not_in_the_table_is_a_conflict() {
        int allowed = 0;
        for (WorkflowStatus from : WorkflowStatus.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                ClaimWorkflow.Attempt a = attempt(from, action, SUPERVISOR, Role.ADMIN, CHECKER, "why");
                if (ClaimWorkflow.allowedFrom(from, action)) {
                    allowed++;
                    assertThat(ClaimWorkflow.decide(a)).isEqualTo(ClaimWorkflow.target(action));
                } else {
                    assertThatThrownBy(() -> ClaimWorkflow.decide(a)).as(from + " " + action)
                            .isInstanceOf(ConflictException.class);
                }
            }
        }
        assertThat(allowed).as("start, propose, approve, request_changes, dismiss x2, reopen x2").isEqualTo(8);
    }

    @Test
    void proposing_needs_an_active_verdict_a_rationale_and_evidence() {
        assertThatThrownBy(() -> ClaimWorkflow.decide(new ClaimWorkflow.Attempt(IN_PROGRESS, PROPOSE, CHECKER,
                Role.CHECKER, null, null, false, "r", null, 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("verdict");
        assertThatThrownBy(() -> ClaimWorkflow.decide(new ClaimWorkflow.Attempt(IN_PROGRESS, PROPOSE, CHECKER,
                Role.CHECKER, null, "OLD", false, "r", null, 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not an active verdict");
        assertThatThrownBy(() -> ClaimWorkflow.decide(new ClaimWorkflow.Attempt(IN_PROGRESS, PROPOSE, CHECKER,
                Role.CHECKER, null, "FALSE", true, " \t", null, 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("rationale");
        assertThatThrownBy(() -> ClaimWorkflow.decide(new ClaimWorkflow.Attempt(IN_PROGRESS, PROPOSE, CHECKER,
                Role.CHECKER, null, "FALSE", true, "r", null, 0))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("evidence");
    }

    @Test
    void available_actions_depend_on_role_status_and_who_proposed() {
        assertThat(ClaimWorkflow.available(READY_FOR_REVIEW, CHECKER, Role.CHECKER, CHECKER)).isEmpty();
        assertThat(ClaimWorkflow.available(READY_FOR_REVIEW, SUPERVISOR, Role.SUPERVISOR, CHECKER))
                .isEqualTo(EnumSet.of(APPROVE, REQUEST_CHANGES));
        assertThat(ClaimWorkflow.available(READY_FOR_REVIEW, SUPERVISOR, Role.SUPERVISOR, SUPERVISOR))
                .isEqualTo(EnumSet.of(REQUEST_CHANGES));
        assertThat(ClaimWorkflow.available(NEW, CHECKER, Role.CHECKER, null)).isEqualTo(EnumSet.of(START, DISMISS));
        assertThat(ClaimWorkflow.available(APPROVED, CHECKER, Role.CHECKER, CHECKER)).isEmpty();
        assertThat(ClaimWorkflow.available(APPROVED, SUPERVISOR, Role.SUPERVISOR, CHECKER))
                .isEqualTo(EnumSet.of(REOPEN));
    }

    @Test
    void action_names_parse_from_the_wire() {
        assertThat(WorkflowAction.parse(" request_changes ")).isEqualTo(REQUEST_CHANGES);
        assertThat(REQUEST_CHANGES.wireName()).isEqualTo("request_changes");
        assertThatThrownBy(() -> WorkflowAction.parse("publish")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("request_changes");
    }
}
