-- Sign-in throttling that holds under parallel guesses (issue 12). One row per throttled key:
--   'account:<username>@<client address>'  wrong passwords for one account from one address
--   'address:<client address>'             failed sign-ins from one address, whatever the name
-- An attempt is counted (atomically, by one upsert) before the password is checked, so parallel guesses cannot
-- pass the limit; a successful sign-in gives its attempt back. Rows expire at expires_at and are purged.
-- Unknown usernames get no row of their own (they count only against their address).
create table login_attempt (
    key        text primary key,
    attempts   integer     not null,
    expires_at timestamptz not null
);
create index login_attempt_expires_at on login_attempt (expires_at);

-- The former per-username table counted unknown names too and never shrank.
drop table login_throttle;
