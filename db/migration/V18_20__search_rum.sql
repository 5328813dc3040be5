-- Issue 18, search within 100 ms at a million claims: a RUM index (https://github.com/postgrespro/rum, the
-- distribution's postgresql-15-rum package) on the claim search document. RUM keeps the positions of each lexeme in
-- the index, so "order by search_document <=> query limit n" returns the best-ranked matches straight from the
-- index without reading the heap row of every match (docs/benchmarks.md, (2): 23,600 buffers read by the GIN plan
-- of a broad query at 1M, ~180 with RUM).
--
-- Created only where the server has the extension: the embedded PostgreSQL of the tests and of the embedded mode has
-- no RUM, and a server without the package (or an account that may not create it) must still migrate. Without the
-- index the application keeps the GIN plan of V10 and logs a warning at start (ClaimSearchPlan).
-- "if not exists": on a large database the index can be built beforehand (create index concurrently, ~10 s at 1M)
-- so that this migration does not hold the table lock meanwhile.
do $$
begin
    if exists (select 1 from pg_available_extensions where name = 'rum') then
        begin
            create extension if not exists rum;
            create index if not exists claim_search_rum_idx on claim using rum (search_document rum_tsvector_ops);
        exception when others then
            raise warning 'RUM index not created (%): search uses the GIN index', sqlerrm;
        end;
    else
        raise notice 'extension rum not available: search uses the GIN index';
    end if;
end
$$;
