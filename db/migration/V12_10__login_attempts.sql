-- Sign-in throttling that holds under parallel guesses (issue 12). One row per throttled key:
--   'account:<username>@<client address>'  wrong passwords for one account from one address
--   'address:<client address>'             failed sign-ins from one address, whatever the name
-- attempts: failures counted; in_flight: account attempts being checked right now. An account attempt is let
-- through only while attempts + in_flight stays under the limit (decided under the row lock), so parallel guesses
-- cannot pass the limit; a successful sign-in resets attempts. Rows expire at expires_at and are purged.
-- Unknown usernames get no row of their own (they count only against their address).
create table login_attempt (
    key        text primary key,
    attempts   integer     not null,
    in_flight  integer     not null default 0,
    expires_at timestamptz not null
);
create index login_attempt_expires_at on login_attempt (expires_at);

-- The former per-username table counted unknown names too and never shrank.
drop table login_throttle;
