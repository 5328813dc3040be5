package io.claimdesk.review.domain;

/** Where a claim stands in the verification workflow (DESIGN.md, "Workflow"). */
public enum WorkflowStatus {
    NEW, IN_PROGRESS, READY_FOR_REVIEW, APPROVED, DISMISSED
}
