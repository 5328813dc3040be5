-- Issue 14: re-anchoring never lands on a lookalike. When an article edit leaves a claim's quote only in a similar
-- passage that differs in what it says (a name, number, date or other word), the claim becomes an orphan and that
-- passage is kept here for a person to confirm (offsets are code points into the article body at the time of the
-- edit; a later edit of the body deletes the candidates of that article, since their offsets no longer hold).
create table orphan_candidate (
    claim_id    bigint primary key references claim (id) on delete cascade,
    start_cp    integer not null,
    end_cp      integer not null,
    quote       text    not null,
    differences text[]  not null default '{}',
    created_at  timestamptz not null default now(),
    check (start_cp >= 0 and end_cp > start_cp)
);
