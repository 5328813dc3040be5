-- Issue 17: versions of the learned check-worthiness model. The model shipped in the jar is recorded as the first
-- version (origin SHIPPED) by the first retrain; each retrain from the desk's decisions records a version (origin
-- RETRAIN) with its figures whether or not it was swapped in; exactly one version is active (or none: the shipped
-- model is used). Rollback activates a previous version.
create table checkworthiness_model (
    id             bigint generated always as identity primary key,
    origin         text        not null check (origin in ('SHIPPED', 'RETRAIN')),
    created_at     timestamptz not null default now(),
    created_by     bigint references app_user (id),          -- null for the shipped model
    -- data sizes (rows): public CheckThat! train splits, the project's sentences, the desk's decisions
    public_rows    integer     not null default 0,
    project_rows   integer     not null default 0,
    desk_positive  integer     not null default 0,
    desk_negative  integer     not null default 0,
    -- cross-validated MAP (WorthinessTrainer): of the model active before, and of this model, per language
    map_before_ar  double precision,
    map_after_ar   double precision,
    map_before_en  double precision,
    map_after_en   double precision,
    swapped        boolean     not null default false,       -- became active when trained (not worse)
    model_bytes    integer     not null check (model_bytes > 0),
    sha256         text        not null,
    model          bytea       not null,
    active         boolean     not null default false,
    activated_at   timestamptz,
    activated_by   bigint references app_user (id)
);
create unique index checkworthiness_model_active_idx on checkworthiness_model (active) where active;
