-- Issue 17: the desk-wide priority list ("Worth checking now") reads stored, scored suggestions instead of segmenting
-- every article on each request. Owned by the claim feature (derived data: recomputed, never exported).
-- suggestion_source: which text and which model the stored suggestions of an article were computed from. An article
-- whose content_hash differs from article.content_hash, or whose model_key differs from the model in use, is stale
-- and recomputed (SuggestionStore); stale text is hidden from the list at once (its offsets no longer hold).
create table suggestion_source (
    article_id    bigint      primary key references article (id) on delete cascade,
    content_hash  text        not null,
    model_key     text        not null,
    computed_at   timestamptz not null default now()
);

-- One suggested span of an article (Segmenter): code points [start_cp, end_cp) of the body, its kind, score in
-- [0, 1], reason codes and the claimant found by Claimants.
create table suggestion (
    id          bigint generated always as identity primary key,
    article_id  bigint           not null references suggestion_source (article_id) on delete cascade,
    start_cp    integer          not null check (start_cp >= 0),
    end_cp      integer          not null,
    kind        text             not null check (kind in ('HEADLINE', 'SENTENCE', 'CLAUSE')),
    text        text             not null check (length(text) > 0),
    score       double precision not null check (score >= 0 and score <= 1),
    reasons     text[]           not null default '{}',
    claimant    text,
    constraint suggestion_span_order check (end_cp > start_cp),
    constraint suggestion_span_unique unique (article_id, start_cp, end_cp, kind)
);
-- the list reads in score order (keyset: score desc, id desc)
create index suggestion_score_idx on suggestion (score desc, id desc);
