-- Notifications (issue 16), stored per user: made from the claims' history events after they commit, read in
-- the bell and the notification list, marked read one by one or all at once.
create table notification (
    id             bigint generated always as identity primary key,
    recipient_id   bigint      not null references app_user (id),
    kind           text        not null check (kind in ('assigned', 'review_requested', 'changes_requested',
                                                         'approved', 'dismissed', 'mentioned')),
    claim_id       bigint      not null references claim (id),
    -- the history event it was made from; one notification of a kind per recipient and event
    claim_event_id bigint      not null references claim_event (id),
    actor_id       bigint references app_user (id),
    note           text check (length(note) <= 20000),
    created_at     timestamptz not null default now(),
    read_at        timestamptz
);
create unique index notification_once on notification (recipient_id, claim_event_id, kind);
create index notification_of_recipient on notification (recipient_id, id desc);
create index notification_unread on notification (recipient_id) where read_at is null;

-- Per-user e-mail preference: the address and the kinds that also go out by e-mail (none by default).
create table notification_setting (
    user_id     bigint primary key references app_user (id),
    email       text check (email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 254),
    email_kinds text[]      not null default '{}',
    updated_at  timestamptz not null default now(),
    version     integer     not null default 0
);
