-- Verification workflow: indexes for the review queue, "my claims", the dashboard and the verdict-in-use check.
-- The workflow tables themselves (rating, claim status columns, comment, claim_event) come from V3.

-- Review queue: READY_FOR_REVIEW claims, oldest proposal first.
create index claim_review_queue_idx on claim (proposed_at, id) where status = 'READY_FOR_REVIEW' and not removed;

-- Dashboard: claims approved per day.
create index claim_approved_at_idx on claim (approved_at) where status = 'APPROVED';

-- "A verdict in use cannot vanish": finding claims that reference a rating code.
create index claim_verdict_idx on claim (verdict) where verdict is not null;

-- A rating's labels must not be blank, and its ClaimReview value must lie within its scale.
alter table rating
    add constraint rating_labels_present check (length(btrim(label_en)) > 0 and length(btrim(label_ar)) > 0),
    add constraint rating_value_in_scale check (worst_rating <= best_rating
        and rating_value between least(0, worst_rating) and best_rating);
