-- Issue 18, "checked before" across languages: the figures a claim's statement cites, in one spelling whatever the
-- script, so an Arabic and an English claim about the same number can be found through it.
-- claim_figures(t): the distinct numbers of t, sorted as text: Arabic-Indic (U+0660..0669) and Extended
-- Arabic-Indic (U+06F0..06F9) digits become ASCII; a thousands separator (',' or U+066C) between a digit and a group
-- of exactly three digits is removed (1,200,000 and ١٬٢٠٠٬٠٠٠ are 1200000); the Arabic decimal separator U+066B
-- is '.'; leading zeros and a decimal part's trailing zeros are dropped (12.50 is 12.5, 07 is 7). Words for numbers
-- ("twelve", "اثنا عشر") and scales ("million") are not read.
create function claim_figures(t text) returns text[]
    language sql immutable strict parallel safe as
$$
select coalesce(array_agg(distinct f order by f), '{}')
from (select case when n like '%.%' then rtrim(rtrim(n, '0'), '.') else n end as f
      from (select regexp_replace(m[1], '^0+(\d)', '\1') as n
            from regexp_matches(
                         regexp_replace(
                                 translate(t, '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫', '01234567890123456789.'),
                                 '(\d)[,٬](?=\d{3}(\D|$))', '\1', 'g'),
                         '(\d+(\.\d+)?)', 'g') as m) as numbers) as figures
where f <> ''
$$;

-- Claims citing all of a set of figures (the @> operator) without reading the table.
-- "if not exists": on a large database the index may be built beforehand (create index concurrently), as V11's.
create index if not exists claim_figures_idx on claim using gin (claim_figures(statement));
