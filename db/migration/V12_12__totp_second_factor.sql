-- Optional TOTP second factor per account (issue 12; RFC 6238, 30-second steps, 6 digits, SHA-1).
-- The shared secret (Base32) must be readable to compute codes, so it is stored as is: protect the database and
-- its backups like the password hashes. confirmed_at is null while an enrolment waits for its first code.
-- last_used_step is the newest time step (Unix seconds / 30) whose code was accepted: a code is accepted only for a
-- later step, so a code seen once cannot be replayed.
create table user_totp (
    user_id        bigint primary key references app_user (id) on delete cascade,
    secret         text        not null check (secret ~ '^[A-Z2-7]{16,128}$'),
    created_at     timestamptz not null default now(),
    confirmed_at   timestamptz,
    last_used_step bigint      not null default 0
);
