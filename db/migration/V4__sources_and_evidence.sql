-- Source registry and claim-source links (evidence) with stance.
create type source_type as enum ('OFFICIAL_DOCUMENT', 'OFFICIAL_STATEMENT', 'NEWS_REPORT', 'WIRE', 'SOCIAL_POST',
    'DATASET', 'EXPERT', 'OTHER');
create type source_reliability as enum ('UNRATED', 'RELIABLE', 'MIXED', 'UNRELIABLE');
create type stance as enum ('SUPPORTS', 'REFUTES', 'CONTEXT');

create table source (
    id               bigint generated always as identity primary key,
    url              text               not null check (length(url) <= 2048),
    canonical_url    text               not null check (length(canonical_url) <= 2048),
    title            text,
    publisher        text,
    source_type      source_type        not null default 'OTHER',
    reliability      source_reliability not null default 'UNRATED',
    reliability_note text,
    archive_url      text check (length(archive_url) <= 2048),
    archived_at      timestamptz,
    first_seen_at    timestamptz        not null default now(),
    last_accessed_at timestamptz,
    created_by       bigint references app_user (id),
    updated_at       timestamptz        not null default now(),
    version          integer            not null default 0
);
create unique index source_canonical_url_key on source (canonical_url);

create table evidence (
    id         bigint generated always as identity primary key,
    claim_id   bigint      not null references claim (id),
    source_id  bigint      not null references source (id),
    stance     stance      not null,
    excerpt    text,
    note       text,
    added_by   bigint      not null references app_user (id),
    added_at   timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    integer     not null default 0,
    unique (claim_id, source_id)
);
create index evidence_source_idx on evidence (source_id);
