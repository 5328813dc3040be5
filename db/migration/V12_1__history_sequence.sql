-- Issue 12: a claim's history is ordered by a per-claim sequence number drawn under the same per-claim lock that
-- links and hashes the event. Before this, the order was the event id, drawn before the lock was taken: two
-- writers of one claim could commit in the opposite order of their ids, and verification (by id) saw a broken
-- chain although every event linked to the one committed before it.
alter table claim_event add column seq integer;

-- Existing histories get their sequence from their own hash links, never rewritten: starting at the genesis
-- (64 zeros), the next event is the one whose prev_hash is the current event's hash (the lowest id when two
-- claim the same predecessor); when no event links on, the lowest remaining id continues, and verification
-- reports that link as broken, as it was.
create index claim_event_prev_tmp on claim_event (claim_id, prev_hash);
alter table claim_event disable trigger claim_event_no_update;
do
$$
    declare
        chain   bigint;
        cur     text;
        n       integer;
        next_id bigint;
    begin
        for chain in select distinct e.claim_id from claim_event e order by 1
            loop
                cur := repeat('0', 64);
                n := 0;
                loop
                    select e.id into next_id from claim_event e
                    where e.claim_id = chain and e.seq is null and e.prev_hash = cur
                    order by e.id limit 1;
                    if next_id is null then
                        select e.id into next_id from claim_event e
                        where e.claim_id = chain and e.seq is null
                        order by e.id limit 1;
                        exit when next_id is null;
                    end if;
                    n := n + 1;
                    update claim_event set seq = n where id = next_id returning hash into cur;
                end loop;
            end loop;
    end
$$;
alter table claim_event enable trigger claim_event_no_update;
drop index claim_event_prev_tmp;

alter table claim_event alter column seq set not null;
create unique index claim_event_claim_seq_idx on claim_event (claim_id, seq);
drop index claim_event_claim_idx;

-- The lock is taken first; then the claim's newest event (by seq) gives both the sequence number and the link.
-- The hash covers the same content as before (claim_event_digest, V3), so every stored hash stays valid.
-- A restore passes the exported prev_hash so histories restore link for link (including links that an older
-- version broke); any other insert leaves it empty and gets the newest event's hash.
create or replace function claim_event_chain() returns trigger
    language plpgsql as
$$
declare
    newest claim_event;
begin
    -- one writer per claim chain at a time, until its transaction ends
    perform pg_advisory_xact_lock(new.claim_id);
    -- a fresh snapshot (READ COMMITTED): sees every event committed by the lock's previous holders
    select e.* into newest from claim_event e where e.claim_id = new.claim_id order by e.seq desc limit 1;
    new.seq := coalesce(newest.seq, 0) + 1;
    new.occurred_at := coalesce(new.occurred_at, now());
    if new.prev_hash is null or new.prev_hash = '' then
        new.prev_hash := coalesce(newest.hash, repeat('0', 64));
    end if;
    new.hash := claim_event_digest(new);
    return new;
end
$$;
