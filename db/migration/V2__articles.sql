-- Articles: canonical text plus the raw upload it came from, and the history of the text.
create table article (
    id            bigint generated always as identity primary key,
    title         text,
    url           text,
    canonical_url text,
    publisher     text,
    byline        text,
    published_at  timestamptz,
    language      text        not null,
    direction     text        not null check (direction in ('rtl', 'ltr')),
    body          text        not null check (length(body) > 0),
    content_hash  text        not null,
    warnings      jsonb       not null default '[]'::jsonb,
    charset       text,
    created_by    bigint      not null references app_user (id),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0
);
create index article_content_hash_idx on article (content_hash);
create index article_canonical_url_idx on article (canonical_url);
create index article_created_at_idx on article (created_at desc, id desc);

-- What the user actually gave, kept for provenance (nothing the user gave is lost).
create table article_upload (
    id           bigint generated always as identity primary key,
    article_id   bigint      not null references article (id) on delete cascade,
    file_name    text,
    content_type text,
    byte_size    integer     not null,
    bytes        bytea       not null,
    created_at   timestamptz not null default now()
);
create index article_upload_article_idx on article_upload (article_id);

-- Every earlier body of an article, so an edit never loses text.
create table article_revision (
    id           bigint generated always as identity primary key,
    article_id   bigint      not null references article (id) on delete cascade,
    revision     integer     not null,
    body         text        not null,
    content_hash text        not null,
    edited_by    bigint      not null references app_user (id),
    edited_at    timestamptz not null default now(),
    note         text,
    unique (article_id, revision)
);
