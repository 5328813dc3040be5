-- Evidence extras: who last changed a source or an evidence link (so a version conflict can name them), and
-- trigram indexes so the source registry's text filter stays indexed as the registry grows.
alter table source add column updated_by bigint references app_user (id);
alter table evidence add column updated_by bigint references app_user (id);

create extension if not exists pg_trgm;
create index source_title_trgm_idx on source using gin (title gin_trgm_ops);
create index source_publisher_trgm_idx on source using gin (publisher gin_trgm_ops);
create index source_canonical_url_trgm_idx on source using gin (canonical_url gin_trgm_ops);
create index source_first_seen_idx on source (first_seen_at desc, id desc);

-- Fix of V3's history trigger as committed: PostgreSQL has pg_advisory_xact_lock(bigint) and (int, int), not
-- (bigint, bigint), so every insert into claim_event failed. The body is the same as the corrected V3 (one writer
-- per claim chain at a time), so this is a no-op where V3 already has the fix.
create or replace function claim_event_chain() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock(new.claim_id);
    new.occurred_at := coalesce(new.occurred_at, now());
    new.prev_hash := coalesce((select e.hash from claim_event e where e.claim_id = new.claim_id
                               order by e.id desc limit 1), repeat('0', 64));
    new.hash := claim_event_digest(new);
    return new;
end
$$;
