-- Issue 14, sources: the http and https forms of one address are one source (the canonical key says https), query
-- parameters keep the order they were written in (only tracking parameters are removed), and every evidence link
-- keeps the exact URL its user entered.

-- 1. The URL as entered, per link. Links made before this migration get the URL their source was registered with:
--    the best record there is (a later link to the same source may have been typed differently).
alter table evidence add column entered_url text check (length(entered_url) <= 2048);
update evidence e set entered_url = s.url from source s where s.id = e.source_id;

-- 2. The new key of every source: https, and the kept parameters in the order of the source's own URL (a parameter
--    whose name is not found there keeps its place after the found ones).
create temporary table source_rekey on commit drop as
with parts as (
    select s.id,
           s.url,
           split_part(s.canonical_url, '?', 1) as base,
           nullif(substr(s.canonical_url, strpos(s.canonical_url, '?') + 1), s.canonical_url) as query,
           '&' || split_part(split_part(s.url, '#', 1), '?', 2) || '&' as raw
    from source s
), reordered as (
    select p.id,
           string_agg(t.param, '&' order by (x.pos = 0), x.pos, t.n) as query
    from parts p
             cross join lateral regexp_split_to_table(p.query, '&') with ordinality as t(param, n)
             cross join lateral (select strpos(p.raw, '&' || split_part(t.param, '=', 1)
                 || case when strpos(t.param, '=') > 0 then '=' else '&' end)) as x(pos)
    where p.query is not null
    group by p.id
)
select p.id,
       p.url,
       regexp_replace(p.base, '^http://', 'https://') || coalesce('?' || r.query, '') as key
from parts p
         left join reordered r on r.id = p.id;

-- 3. Sources that now share a key are merged into one: the one whose URL is https, else the oldest.
create temporary table source_merge on commit drop as
select id, first_value(id) over w as keep
from source_rekey
window w as (partition by key order by (url like 'https:%') desc, id);
delete from source_merge where id = keep;

-- A claim that cited both forms keeps one link: the kept source's, with excerpt, note and archive data filled from
-- the other where it had none; the other link goes.
update evidence k
set excerpt = coalesce(k.excerpt, d.excerpt),
    note    = coalesce(k.note, d.note),
    version = k.version + 1
from evidence d
         join source_merge m on m.id = d.source_id
where k.source_id = m.keep
  and k.claim_id = d.claim_id;
delete from evidence d using source_merge m, evidence k
where d.source_id = m.id
  and k.source_id = m.keep
  and k.claim_id = d.claim_id;
update evidence d set source_id = m.keep from source_merge m where d.source_id = m.id;

update source k
set title       = coalesce(k.title, d.title),
    publisher   = coalesce(k.publisher, d.publisher),
    archive_url = coalesce(k.archive_url, d.archive_url),
    archived_at = coalesce(k.archived_at, d.archived_at),
    first_seen_at = least(k.first_seen_at, d.first_seen_at),
    version     = k.version + 1
from source d
         join source_merge m on m.id = d.id
where k.id = m.keep;
delete from source s using source_merge m where s.id = m.id;

-- 4. The new keys, through a placeholder so that no row meets another's old key on the way.
update source s set canonical_url = '#' || s.id
from source_rekey r where r.id = s.id and s.canonical_url <> r.key;
update source s set canonical_url = r.key
from source_rekey r where r.id = s.id and s.canonical_url = '#' || s.id;
