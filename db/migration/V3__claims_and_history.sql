-- Verdict scale, claims with their anchors, comments, and the append-only claim history.
create type claim_status as enum ('NEW', 'IN_PROGRESS', 'READY_FOR_REVIEW', 'APPROVED', 'DISMISSED');

create table rating (
    code           text primary key check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    label_en       text    not null,
    label_ar       text    not null,
    ordinal        integer not null unique,
    colour         text    not null check (colour ~ '^#[0-9a-fA-F]{6}$'),
    -- schema.org ClaimReview mapping (https://schema.org/ClaimReview, Rating)
    rating_value   integer not null,
    best_rating    integer not null,
    worst_rating   integer not null,
    alternate_name text    not null,
    active         boolean not null default true,
    version        integer not null default 0
);

insert into rating (code, label_en, label_ar, ordinal, colour, rating_value, best_rating, worst_rating, alternate_name)
values ('TRUE',         'True',         'صحيح',            1, '#1b7f3b', 6, 6, 1, 'True'),
       ('MOSTLY_TRUE',  'Mostly true',  'صحيح في معظمه',   2, '#5c9e31', 5, 6, 1, 'Mostly true'),
       ('HALF_TRUE',    'Half true',    'نصف صحيح',        3, '#b59b00', 4, 6, 1, 'Half true'),
       ('MISLEADING',   'Misleading',   'مضلل',            4, '#d9822b', 3, 6, 1, 'Misleading'),
       ('MOSTLY_FALSE', 'Mostly false', 'خاطئ في معظمه',   5, '#c4502a', 2, 6, 1, 'Mostly false'),
       ('FALSE',        'False',        'خاطئ',            6, '#b3261e', 1, 6, 1, 'False'),
       ('UNPROVEN',     'Unproven',     'غير مثبت',        7, '#6b6b6b', 0, 6, 1, 'Unproven');

create table claim_group (
    id         bigint generated always as identity primary key,
    created_by bigint      not null references app_user (id),
    created_at timestamptz not null default now()
);

create table claim (
    id                bigint generated always as identity primary key,
    article_id        bigint       not null references article (id),
    -- W3C Web Annotation anchors: TextQuoteSelector (exact, prefix, suffix) + TextPositionSelector,
    -- offsets in Unicode code points, end exclusive.
    quote             text         not null check (length(quote) > 0),
    quote_prefix      text         not null default '',
    quote_suffix      text         not null default '',
    start_cp          integer      not null check (start_cp >= 0),
    end_cp            integer      not null,
    orphaned          boolean      not null default false,
    statement         text         not null,
    claimant          text,
    claim_date        date,
    tags              text[]       not null default '{}',
    language          text         not null,
    check_worthiness  real,
    status            claim_status not null default 'NEW',
    verdict           text references rating (code),
    rationale         text,
    assignee_id       bigint references app_user (id),
    proposed_by       bigint references app_user (id),
    proposed_at       timestamptz,
    approved_by       bigint references app_user (id),
    approved_at       timestamptz,
    group_id          bigint references claim_group (id),
    removed           boolean      not null default false,
    created_by        bigint       not null references app_user (id),
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           integer      not null default 0,
    constraint claim_span_order check (end_cp > start_cp)
);
create index claim_article_idx on claim (article_id, start_cp);
create index claim_status_idx on claim (status, created_at, id);
create index claim_assignee_idx on claim (assignee_id, status);
create index claim_created_idx on claim (created_at desc, id desc);
create index claim_tags_idx on claim using gin (tags);

create table comment (
    id         bigint generated always as identity primary key,
    claim_id   bigint      not null references claim (id),
    author_id  bigint      not null references app_user (id),
    body       text        not null check (length(btrim(body)) > 0),
    created_at timestamptz not null default now(),
    version    integer     not null default 0
);
create index comment_claim_idx on comment (claim_id, created_at);

-- Append-only, hash-chained history of a claim. Each event's hash covers its content and the previous
-- event's hash of the same claim; the database computes both, and refuses UPDATE, DELETE and TRUNCATE.
create table claim_event (
    id          bigint generated always as identity primary key,
    claim_id    bigint      not null references claim (id),
    actor_id    bigint references app_user (id),
    occurred_at timestamptz not null default now(),
    kind        text        not null,
    before      jsonb,
    after       jsonb,
    note        text,
    prev_hash   text        not null default '',
    hash        text        not null default ''
);
create index claim_event_claim_idx on claim_event (claim_id, id);

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

create function claim_event_chain() returns trigger
    language plpgsql as
$$
begin
    -- one writer per claim chain at a time
    perform pg_advisory_xact_lock(new.claim_id);
    new.occurred_at := coalesce(new.occurred_at, now());
    new.prev_hash := coalesce((select e.hash from claim_event e where e.claim_id = new.claim_id
                               order by e.id desc limit 1), repeat('0', 64));
    new.hash := claim_event_digest(new);
    return new;
end
$$;

create function claim_event_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'claim_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger claim_event_chain before insert on claim_event
    for each row execute function claim_event_chain();
create trigger claim_event_no_update before update or delete on claim_event
    for each row execute function claim_event_append_only();
create trigger claim_event_no_truncate before truncate on claim_event
    for each statement execute function claim_event_append_only();
