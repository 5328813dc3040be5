-- Similar claims at archive scale (issue 8, benchmark 3): a GiST trigram index on the normalised statement lets
-- pg_trgm answer "the k nearest statements" with an index-ordered scan (order by statement_normalized <-> :q
-- limit k) that stops after k rows, instead of scoring every candidate the GIN index returns for the % operator.
-- The GIN index of V10 stays: it serves % and like/ilike searches, which GiST answers more slowly.
-- "if not exists": the index may have been built beforehand on a large database (docs/benchmarks.md) so that
-- this migration does not hold the table lock for the minutes a build of a million rows takes.
create index if not exists claim_statement_gist_idx on claim using gist (statement_normalized gist_trgm_ops);
