-- Accounts, roles and login throttling.
create type user_role as enum ('CHECKER', 'SUPERVISOR', 'ADMIN');

create table app_user (
    id            bigint generated always as identity primary key,
    username      text        not null,
    display_name  text        not null,
    password_hash text        not null,
    role          user_role   not null,
    active        boolean     not null default true,
    ui_language   text        not null default 'en' check (ui_language in ('en', 'ar')),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0,
    constraint app_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$')
);
create unique index app_user_username_key on app_user (username);

-- Failed-login bookkeeping shared by every app node (so throttling holds behind a load balancer).
-- Keyed by the attempted username, whether or not such an account exists.
create table login_throttle (
    username        text primary key,
    failures        integer     not null default 0,
    last_failure_at timestamptz not null default now(),
    locked_until    timestamptz
);
