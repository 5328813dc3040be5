-- Evidence extras: who last changed a source or an evidence link (so a version conflict can name them), and
-- trigram indexes so the source registry's text filter stays indexed as the registry grows.
alter table source add column updated_by bigint references app_user (id);
alter table evidence add column updated_by bigint references app_user (id);

create extension if not exists pg_trgm;
create index source_title_trgm_idx on source using gin (title gin_trgm_ops);
create index source_publisher_trgm_idx on source using gin (publisher gin_trgm_ops);
create index source_canonical_url_trgm_idx on source using gin (canonical_url gin_trgm_ops);
create index source_first_seen_idx on source (first_seen_at desc, id desc);
