package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.ClaimSummary;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;

/**
 * What the workflow panel shows for a claim: its workflow fields, the people involved by display name, the
 * evidence count and the actions the signed-in user may take now.
 */
public record ReviewState(ClaimSummary claim, long articleId, String statement, List<String> tags,
                          @Nullable String assigneeName, @Nullable String proposerName,
                          @Nullable String approverName, int evidenceCount, Set<WorkflowAction> actions) {
}
