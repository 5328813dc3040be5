package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.ClaimOwnership;
import io.claimdesk.claim.domain.workflow.ClaimWorkflow;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.db.tables.AppUser;
import io.claimdesk.db.tables.records.ClaimRecord;
import io.claimdesk.user.domain.CurrentUser;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.EVIDENCE;

/**
 * What the workflow panel and the bulk bar show: a claim's workflow state with the actions the signed-in user may
 * take now, and the people claims can be assigned to. Read only: the changes themselves are asked of
 * {@code claim} ({@link ClaimWorkflowService}, {@link io.claimdesk.claim.domain.workflow.BulkTagging}), which
 * owns the claim row and its rules.
 */
@Service
public class ReviewService {

    private final DSLContext dsl;
    private final CurrentUser currentUser;

    public ReviewService(DSLContext dsl, CurrentUser currentUser) {
        this.dsl = dsl;
        this.currentUser = currentUser;
    }

    /**
     * The claim as the workflow panel shows it, with the actions the signed-in user may take now.
     *
     * @throws NotFoundException for an unknown or removed claim
     */
    @PreAuthorize("hasRole('CHECKER')")
    public ReviewState state(long claimId) {
        var me = currentUser.require();
        AppUser assignee = APP_USER.as("assignee");
        AppUser proposer = APP_USER.as("proposer");
        AppUser approver = APP_USER.as("approver");
        Record r = dsl.select(CLAIM.fields())
                .select(assignee.DISPLAY_NAME, proposer.DISPLAY_NAME, approver.DISPLAY_NAME, evidenceCountField())
                .from(CLAIM)
                .leftJoin(assignee).on(assignee.ID.eq(CLAIM.ASSIGNEE_ID))
                .leftJoin(proposer).on(proposer.ID.eq(CLAIM.PROPOSED_BY))
                .leftJoin(approver).on(approver.ID.eq(CLAIM.APPROVED_BY))
                .where(CLAIM.ID.eq(claimId), CLAIM.REMOVED.isFalse())
                .fetchOptional()
                .orElseThrow(() -> new NotFoundException("Claim", claimId));
        ClaimRecord c = r.into(CLAIM);
        WorkflowStatus status = ClaimWorkflowService.status(c);
        Set<WorkflowAction> actions = ClaimWorkflow.available(status, me.id(), me.role(), c.getProposedBy());
        if (!ClaimOwnership.mayChange(me, c.getCreatedBy(), c.getAssigneeId())) {
            // a colleague's claim: only starting it while nobody has it (claim refuses the rest)
            actions.removeIf(a -> !(a == WorkflowAction.START && c.getAssigneeId() == null));
        }
        return new ReviewState(ClaimWorkflowService.toSummary(c), c.getArticleId(), c.getStatement(),
                Arrays.asList(c.getTags()), r.get(assignee.DISPLAY_NAME), r.get(proposer.DISPLAY_NAME),
                r.get(approver.DISPLAY_NAME), r.get(evidenceCountField()), actions);
    }

    /** Active users who can be assigned claims (checkers and supervisors), by display name. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<Assignee> assignees() {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.ACTIVE.isTrue())
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new Assignee(r.value1(), r.value2()));
    }

    /** A person claims can be assigned to. */
    public record Assignee(long id, String displayName) {
    }

    static Field<Integer> evidenceCountField() {
        return DSL.field(DSL.selectCount().from(EVIDENCE).where(EVIDENCE.CLAIM_ID.eq(CLAIM.ID)))
                .as("evidence_count");
    }
}
