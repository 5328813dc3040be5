-- Converts claim_event into a table partitioned by hash of claim_id (16 partitions), keeping every row, id, hash
-- and link, the append-only triggers and the hash chain. Part of the 10M plan (docs/operations.md, "Toward 10
-- million claims"); run on a COPY first (createdb -T), in one transaction, with the app stopped:
--
--   psql -h 127.0.0.1 -U postgres -c "create database claimdesk_part template claimdesk_bench"
--   psql -h 127.0.0.1 -U postgres -d claimdesk_part -v ON_ERROR_STOP=1 -f docs/bench/partition-claim-event.sql
--
-- Why hash of claim_id: a claim's chain stays in one partition, so the chain trigger's "newest event of this
-- claim" probe and a claim's history read touch one partition's index, and (claim_id, seq) stays unique. A
-- partitioned table's unique keys must contain the partition key, so the primary key becomes (claim_id, id) and
-- notification's reference to an event becomes (claim_id, claim_event_id) (notification already has claim_id).
\timing on
set maintenance_work_mem = '1GB';
begin;

alter table claim_event rename to claim_event_unpartitioned;
alter table claim_event_unpartitioned disable trigger claim_event_no_update;

create table claim_event (
    id          bigint generated always as identity,
    claim_id    bigint      not null references claim (id),
    actor_id    bigint references app_user (id),
    occurred_at timestamptz not null default now(),
    kind        text        not null,
    before      jsonb,
    after       jsonb,
    note        text,
    prev_hash   text        not null default '',
    hash        text        not null default '',
    seq         integer     not null,
    primary key (claim_id, id)
) partition by hash (claim_id);

do $$
begin
    for i in 0..15 loop
        execute format('create table claim_event_p%s partition of claim_event for values with (modulus 16, remainder %s)', i, i);
    end loop;
end
$$;

-- copy with the stored hashes and links (no trigger yet), then the indexes
insert into claim_event (id, claim_id, actor_id, occurred_at, kind, before, after, note, prev_hash, hash, seq)
    overriding system value
select id, claim_id, actor_id, occurred_at, kind, before, after, note, prev_hash, hash, seq
from claim_event_unpartitioned;
create unique index claim_event_claim_seq_p_idx on claim_event (claim_id, seq);
select setval(pg_get_serial_sequence('claim_event', 'id'), (select max(id) from claim_event));

-- the digest function's argument is the table's row type: re-create it for the new table (same body as V3)
drop function claim_event_digest(claim_event_unpartitioned) cascade;
create function claim_event_digest(e claim_event) returns text
    language sql immutable as
$$
select encode(sha256(convert_to(concat_ws(chr(31),
        e.claim_id::text,
        coalesce(e.actor_id::text, ''),
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.kind,
        coalesce(e.before::text, ''),
        coalesce(e.after::text, ''),
        coalesce(e.note, ''),
        e.prev_hash), 'UTF8')), 'hex')
$$;

-- the same triggers on the parent (row triggers on a partitioned table apply to every partition, PostgreSQL 13+)
create trigger claim_event_chain before insert on claim_event
    for each row execute function claim_event_chain();
create trigger claim_event_no_update before update or delete on claim_event
    for each row execute function claim_event_append_only();
create trigger claim_event_no_truncate before truncate on claim_event
    for each statement execute function claim_event_append_only();

-- notification points at an event through (claim_id, id)
alter table notification drop constraint notification_claim_event_id_fkey;
alter table notification add constraint notification_claim_event_fkey
    foreign key (claim_id, claim_event_id) references claim_event (claim_id, id);

drop table claim_event_unpartitioned;
commit;
analyze claim_event;
