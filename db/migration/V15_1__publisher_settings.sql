-- Publisher settings (issue 15): the fact-checking organisation as published outputs name it (ClaimReview
-- author, public check URLs). One row at most, edited by an ADMIN in the UI; while there is none the
-- CLAIMDESK_ORGANISATION_* settings apply, and the first save stores the row.
create table publisher_settings (
    id                boolean primary key default true check (id),
    organisation_name text        not null check (length(btrim(organisation_name)) between 1 and 200),
    logo_url          text check (logo_url ~ '^https?://' and length(logo_url) <= 2048),
    site_base_url     text        not null check (site_base_url ~ '^https?://.+/$' and length(site_base_url) <= 2048),
    default_language  text        not null check (default_language in ('ar', 'en')),
    updated_by        bigint references app_user (id),
    updated_at        timestamptz not null default now(),
    version           integer     not null default 0
);
