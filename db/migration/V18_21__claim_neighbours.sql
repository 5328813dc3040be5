-- Issue 18, "checked before" within 100 ms at a million claims: each claim's nearest statements, stored.
--
-- The live lookup is a GiST nearest-neighbour scan (V11) that reads thousands of index pages at 1M claims
-- (docs/benchmarks.md, "Archive scale"). claim_neighbours keeps, per claim, the nearest claims of other articles
-- found by that scan, with their similarity, the time before which the list saw every change, and a floor: no claim
-- outside the list and unchanged since that time is more similar than the floor. Reading it never gives another
-- answer than the live scan (NeighbourLists): claims whose statement changed, or that were created, removed or
-- restored, after that time are compared live (few, through the index below), the stored neighbours that changed
-- since are dropped, and a list answers only when its claim's statement is the one it was computed for and the
-- answer's last place is at or above the floor; otherwise the live scan answers and the list is stored again.

-- When the statement (and so statement_normalized) was last written, or the claim created, removed or restored;
-- null for claims untouched since this migration (older than every stored list).
alter table claim add column statement_changed_at timestamptz;

create function claim_statement_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' or new.statement is distinct from old.statement or new.removed is distinct from old.removed
        or new.article_id is distinct from old.article_id then
        new.statement_changed_at := clock_timestamp();
    end if;
    return new;
end
$$;

create trigger claim_statement_changed
    before insert or update of statement, removed, article_id on claim
    for each row execute function claim_statement_changed();

-- The claims changed after a list's time, in order (the rows with null are never asked for).
create index claim_statement_changed_idx on claim (statement_changed_at) where statement_changed_at is not null;

create table claim_neighbours (
    claim_id       bigint primary key references claim (id) on delete cascade,
    -- md5 of the claim's statement_normalized the list was computed for
    statement_hash text        not null,
    -- every change before this time is in the list (the computing transaction's start, less a margin for
    -- transactions that wrote a claim before it and committed after its snapshot)
    complete_until timestamptz not null,
    -- the nearest claims of other articles, nearest first, and their trigram similarity (same length)
    neighbour_ids  bigint[]    not null,
    similarities   real[]      not null,
    -- every claim not in the list and unchanged since complete_until is at most this similar (-1: there is none)
    floor          real        not null,
    computed_at    timestamptz not null default now(),
    check (cardinality(neighbour_ids) = cardinality(similarities))
);

-- The lists that saw the fewest changes first (the background pass folds the newer changes into them).
create index claim_neighbours_complete_until_idx on claim_neighbours (complete_until);
