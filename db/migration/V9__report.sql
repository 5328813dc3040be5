-- Report feature: no tables of its own.
-- Fix of V3's history trigger (the same fix as in V7 and V8, repeated so this branch works on its own; the
-- function bodies are identical, so the order in which the migrations run does not matter): PostgreSQL has
-- pg_advisory_xact_lock(bigint) and (int, int), not (bigint, bigint), so every insert into claim_event failed.
create or replace function claim_event_chain() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock(hashtextextended('claim_event', new.claim_id));
    new.occurred_at := coalesce(new.occurred_at, now());
    new.prev_hash := coalesce((select e.hash from claim_event e where e.claim_id = new.claim_id
                               order by e.id desc limit 1), repeat('0', 64));
    new.hash := claim_event_digest(new);
    return new;
end
$$;
