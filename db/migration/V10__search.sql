-- Search: Arabic-tolerant full-text search over claims and articles, and trigram similarity of claim statements.
-- The stored text is never changed: normalisation happens on the index side only (generated columns) and, with
-- the same function, on the query side (io.claimdesk.search.domain.FullText).

create extension if not exists pg_trgm;

-- Arabic search normalisation (DESIGN.md "Text handling"): alef variants (hamza above/below, madda, wasla) to bare
-- alef, alef maksura to yeh, teh marbuta to heh, hamza on waw/yeh to waw/yeh; tatweel and harakat
-- (U+064B..U+0652, superscript alef U+0670) removed. translate() deletes characters of the second argument that
-- have no counterpart in the third. Every change is one code point to one or to none, so a position in the
-- normalised text maps back to the original (io.claimdesk.search.domain.SearchNormalizer mirrors this exactly).
create function search_normalize(t text) returns text
    language sql immutable strict parallel safe as
$$
select translate(t,
    U&'\0623\0625\0622\0671\0649\0629\0624\0626\0640\064B\064C\064D\064E\064F\0650\0651\0652\0670',
    U&'\0627\0627\0627\0627\064A\0647\0648\064A')
$$;

-- Text-search configuration for a language code: arabic, english, or simple for anything else.
create function search_config(language text) returns regconfig
    language sql immutable parallel safe as
$$
select case language when 'ar' then 'pg_catalog.arabic'::regconfig
                     when 'en' then 'pg_catalog.english'::regconfig
                     else 'pg_catalog.simple'::regconfig end
$$;

-- The two document functions name search_config/search_normalize with their schema: pg_dump restores with an
-- empty search_path, and an unqualified call inside a generated column's function would not resolve there.

-- Search document of a claim: statement (weight A), claimant and tags (B), quote (C).
create function claim_search_document(language text, statement text, quote text, claimant text, tags text[])
    returns tsvector
    language sql immutable parallel safe as
$$
select setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(statement, ''))), 'A')
    || setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(claimant, ''))), 'B')
    || setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(array_to_string(tags, ' '), ''))), 'B')
    || setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(quote, ''))), 'C')
$$;

-- Search document of an article: title (A), body (B).
create function article_search_document(language text, title text, body text) returns tsvector
    language sql immutable parallel safe as
$$
select setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(title, ''))), 'A')
    || setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(body, ''))), 'B')
$$;

alter table claim
    add column search_document tsvector
        generated always as (claim_search_document(language, statement, quote, claimant, tags)) stored,
    add column statement_normalized text generated always as (search_normalize(statement)) stored;
create index claim_search_idx on claim using gin (search_document);
create index claim_statement_trgm_idx on claim using gin (statement_normalized gin_trgm_ops);
create index claim_group_idx on claim (group_id) where group_id is not null;

alter table article
    add column search_document tsvector generated always as (article_search_document(language, title, body)) stored;
create index article_search_idx on article using gin (search_document);
create index article_title_trgm_idx on article using gin (title gin_trgm_ops);
