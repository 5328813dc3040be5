-- Issue 16: "changes requested" as a visible state. A supervisor's request for changes sends the claim back to
-- IN_PROGRESS (the status, the history, exports and ClaimReview stay as they were) and pins its reason on the claim
-- until the checker proposes it again (or it is dismissed or reopened).
alter table claim
    add column changes_requested_reason text,
    add column changes_requested_by     bigint references app_user (id),
    add column changes_requested_at     timestamptz;
