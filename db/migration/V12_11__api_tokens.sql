-- Personal access tokens for the REST API (issue 12), sent as "Authorization: Bearer <token>".
-- Only the SHA-256 of a token is stored (hex); the token itself is shown once when it is created.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         text        not null check (char_length(name) between 1 and 100),
    token_hash   text        not null check (token_hash ~ '^[0-9a-f]{64}$'),
    token_prefix text        not null,
    scope        text        not null check (scope in ('READ', 'WRITE', 'ADMIN')),
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_token_hash_key on api_token (token_hash);
create index api_token_user_id on api_token (user_id);
