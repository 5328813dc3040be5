--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: claim_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.claim_status AS ENUM (
    'NEW',
    'IN_PROGRESS',
    'READY_FOR_REVIEW',
    'APPROVED',
    'DISMISSED'
);


--
-- Name: source_reliability; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.source_reliability AS ENUM (
    'UNRATED',
    'RELIABLE',
    'MIXED',
    'UNRELIABLE'
);


--
-- Name: source_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.source_type AS ENUM (
    'OFFICIAL_DOCUMENT',
    'OFFICIAL_STATEMENT',
    'NEWS_REPORT',
    'WIRE',
    'SOCIAL_POST',
    'DATASET',
    'EXPERT',
    'OTHER'
);


--
-- Name: stance; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.stance AS ENUM (
    'SUPPORTS',
    'REFUTES',
    'CONTEXT'
);


--
-- Name: user_role; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.user_role AS ENUM (
    'CHECKER',
    'SUPERVISOR',
    'ADMIN'
);


--
-- Name: article_search_document(text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.article_search_document(language text, title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
select setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(title, ''))), 'A')
    || setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(body, ''))), 'B')
$$;


--
-- Name: claim_event_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_event_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    raise exception 'claim_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;


--
-- Name: claim_event_chain(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_event_chain() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    -- one writer per claim chain at a time
    perform pg_advisory_xact_lock(new.claim_id);
    new.occurred_at := coalesce(new.occurred_at, now());
    new.prev_hash := coalesce((select e.hash from claim_event e where e.claim_id = new.claim_id
                               order by e.id desc limit 1), repeat('0', 64));
    new.hash := claim_event_digest(new);
    return new;
end
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: claim_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_event (
    id bigint NOT NULL,
    claim_id bigint NOT NULL,
    actor_id bigint,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    kind text NOT NULL,
    before jsonb,
    after jsonb,
    note text,
    prev_hash text DEFAULT ''::text NOT NULL,
    hash text DEFAULT ''::text NOT NULL
);


--
-- Name: claim_event_digest(public.claim_event); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_event_digest(e public.claim_event) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$
select encode(sha256(convert_to(concat_ws(chr(31),
        e.claim_id::text,
        coalesce(e.actor_id::text, ''),
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.kind,
        coalesce(e.before::text, ''),
        coalesce(e.after::text, ''),
        coalesce(e.note, ''),
        e.prev_hash), 'UTF8')), 'hex')
$$;


--
-- Name: claim_search_document(text, text, text, text, text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_search_document(language text, statement text, quote text, claimant text, tags text[]) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
select setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(statement, ''))), 'A')
    || setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(claimant, ''))), 'B')
    || setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(array_to_string(tags, ' '), ''))), 'B')
    || setweight(to_tsvector(public.search_config(language), public.search_normalize(coalesce(quote, ''))), 'C')
$$;


--
-- Name: search_config(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
select case language when 'ar' then 'pg_catalog.arabic'::regconfig
                     when 'en' then 'pg_catalog.english'::regconfig
                     else 'pg_catalog.simple'::regconfig end
$$;


--
-- Name: search_normalize(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.search_normalize(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
select translate(t,
    U&'\0623\0625\0622\0671\0649\0629\0624\0626\0640\064B\064C\064D\064E\064F\0650\0651\0652\0670',
    U&'\0627\0627\0627\0627\064A\0647\0648\064A')
$$;


--
-- Name: app_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.app_user (
    id bigint NOT NULL,
    username text NOT NULL,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    role public.user_role NOT NULL,
    active boolean DEFAULT true NOT NULL,
    ui_language text DEFAULT 'en'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    CONSTRAINT app_user_ui_language_check CHECK ((ui_language = ANY (ARRAY['en'::text, 'ar'::text]))),
    CONSTRAINT app_user_username_format CHECK ((username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'::text))
);


--
-- Name: app_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.app_user ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.app_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: article; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article (
    id bigint NOT NULL,
    title text,
    url text,
    canonical_url text,
    publisher text,
    byline text,
    published_at timestamp with time zone,
    language text NOT NULL,
    direction text NOT NULL,
    body text NOT NULL,
    content_hash text NOT NULL,
    warnings jsonb DEFAULT '[]'::jsonb NOT NULL,
    charset text,
    created_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    search_document tsvector GENERATED ALWAYS AS (public.article_search_document(language, title, body)) STORED,
    CONSTRAINT article_body_check CHECK ((length(body) > 0)),
    CONSTRAINT article_direction_check CHECK ((direction = ANY (ARRAY['rtl'::text, 'ltr'::text])))
);


--
-- Name: article_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.article ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.article_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: article_revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article_revision (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    revision integer NOT NULL,
    body text NOT NULL,
    content_hash text NOT NULL,
    edited_by bigint NOT NULL,
    edited_at timestamp with time zone DEFAULT now() NOT NULL,
    note text
);


--
-- Name: article_revision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.article_revision ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.article_revision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: article_upload; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article_upload (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    file_name text,
    content_type text,
    byte_size integer NOT NULL,
    bytes bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: article_upload_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.article_upload ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.article_upload_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: claim; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    quote text NOT NULL,
    quote_prefix text DEFAULT ''::text NOT NULL,
    quote_suffix text DEFAULT ''::text NOT NULL,
    start_cp integer NOT NULL,
    end_cp integer NOT NULL,
    orphaned boolean DEFAULT false NOT NULL,
    statement text NOT NULL,
    claimant text,
    claim_date date,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    language text NOT NULL,
    check_worthiness real,
    status public.claim_status DEFAULT 'NEW'::public.claim_status NOT NULL,
    verdict text,
    rationale text,
    assignee_id bigint,
    proposed_by bigint,
    proposed_at timestamp with time zone,
    approved_by bigint,
    approved_at timestamp with time zone,
    group_id bigint,
    removed boolean DEFAULT false NOT NULL,
    created_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    search_document tsvector GENERATED ALWAYS AS (public.claim_search_document(language, statement, quote, claimant, tags)) STORED,
    statement_normalized text GENERATED ALWAYS AS (public.search_normalize(statement)) STORED,
    CONSTRAINT claim_quote_check CHECK ((length(quote) > 0)),
    CONSTRAINT claim_span_order CHECK ((end_cp > start_cp)),
    CONSTRAINT claim_start_cp_check CHECK ((start_cp >= 0))
);


--
-- Name: claim_event_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.claim_event ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.claim_event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: claim_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_group (
    id bigint NOT NULL,
    created_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: claim_group_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.claim_group ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.claim_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: claim_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.claim ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.claim_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: comment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comment (
    id bigint NOT NULL,
    claim_id bigint NOT NULL,
    author_id bigint NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    CONSTRAINT comment_body_check CHECK ((length(btrim(body)) > 0))
);


--
-- Name: comment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.comment ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.comment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evidence (
    id bigint NOT NULL,
    claim_id bigint NOT NULL,
    source_id bigint NOT NULL,
    stance public.stance NOT NULL,
    excerpt text,
    note text,
    added_by bigint NOT NULL,
    added_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    updated_by bigint
);


--
-- Name: evidence_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evidence ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.evidence_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: login_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_throttle (
    username text NOT NULL,
    failures integer DEFAULT 0 NOT NULL,
    last_failure_at timestamp with time zone DEFAULT now() NOT NULL,
    locked_until timestamp with time zone
);


--
-- Name: rating; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rating (
    code text NOT NULL,
    label_en text NOT NULL,
    label_ar text NOT NULL,
    ordinal integer NOT NULL,
    colour text NOT NULL,
    rating_value integer NOT NULL,
    best_rating integer NOT NULL,
    worst_rating integer NOT NULL,
    alternate_name text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    CONSTRAINT rating_code_check CHECK ((code ~ '^[A-Z][A-Z0-9_]{0,39}$'::text)),
    CONSTRAINT rating_colour_check CHECK ((colour ~ '^#[0-9a-fA-F]{6}$'::text)),
    CONSTRAINT rating_labels_present CHECK (((length(btrim(label_en)) > 0) AND (length(btrim(label_ar)) > 0))),
    CONSTRAINT rating_value_in_scale CHECK (((worst_rating <= best_rating) AND ((rating_value >= LEAST(0, worst_rating)) AND (rating_value <= best_rating))))
);


--
-- Name: source; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.source (
    id bigint NOT NULL,
    url text NOT NULL,
    canonical_url text NOT NULL,
    title text,
    publisher text,
    source_type public.source_type DEFAULT 'OTHER'::public.source_type NOT NULL,
    reliability public.source_reliability DEFAULT 'UNRATED'::public.source_reliability NOT NULL,
    reliability_note text,
    archive_url text,
    archived_at timestamp with time zone,
    first_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    last_accessed_at timestamp with time zone,
    created_by bigint,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    updated_by bigint,
    CONSTRAINT source_archive_url_check CHECK ((length(archive_url) <= 2048)),
    CONSTRAINT source_canonical_url_check CHECK ((length(canonical_url) <= 2048)),
    CONSTRAINT source_url_check CHECK ((length(url) <= 2048))
);


--
-- Name: source_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.source ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.source_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: app_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.app_user (id, username, display_name, password_hash, role, active, ui_language, created_at, updated_at, version) FROM stdin;
1	admin	Administrator	{bcrypt}$2a$10$SOCzXK9EZpr0MKFkWFh1Fe6TUJcXivoX03ORVPwViTmcba41zxLtu	ADMIN	t	en	2026-11-30 13:25:55.724601+00	2026-11-30 13:25:55.724601+00	0
2	layla.haddad	ليلى حداد	{bcrypt}$2a$10$uck/al2k5boUEIavilttCe2RDpSokFQ7RJ7eLVYXGd04HO45XdqRi	CHECKER	t	en	2026-11-30 13:26:12.173661+00	2026-11-30 13:26:12.173661+00	0
3	omar.checker	Omar Checker	{bcrypt}$2a$10$21NGj6V8pHJxt7xZZnZFAuaKr6Sr4I5RFMmeYUucZkB6tdNAm3laC	CHECKER	t	en	2026-11-30 13:26:13.333064+00	2026-11-30 13:26:13.333064+00	0
4	hana.supervisor	هناء المشرفة	{bcrypt}$2a$10$gZQgoww/XyGWZjBTjMLpS.lWb1uD5jjKRUu5y1bfs4RFEMvepfwS6	SUPERVISOR	t	en	2026-11-30 13:26:14.110966+00	2026-11-30 13:26:14.110966+00	0
5	former.checker	Former Checker	{bcrypt}$2a$10$1Tz1uncxHhNrM1XxLCi7yu8A7Qpq7SRwfG8.qsh15mXY1ZQ47fOkW	CHECKER	f	en	2026-11-30 13:26:14.729035+00	2026-11-30 13:26:15.94559+00	1
\.


--
-- Data for Name: article; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.article (id, title, url, canonical_url, publisher, byline, published_at, language, direction, body, content_hash, warnings, charset, created_by, created_at, updated_at, version) FROM stdin;
1	إنتاج القمح في الأردن	https://news.example.org/ar/wheat-2025?utm_source=feed	https://news.example.org/ar/wheat-2025	وكالة الأنباء	\N	\N	ar	rtl	أعلنت وزارة الزراعة الأردنية، الأحد، أن إنتاج القمح ارتفع بنسبة 12 في المئة هذا العام، فيما حذر خبراء من موجة جفاف في الصيف المقبل.\nوقال وزير الزراعة إن الحكومة ستوزع 40 ألف طن من البذور على المزارعين قبل نهاية تشرين الأول.\nوكانت الأمطار قد تراجعت العام الماضي إلى أدنى مستوى منذ عقدين.	e22a8a8f70ec9079a0407b915e5a1dc4bcba7a45bf382a3a77f8a5c7b0cc4164	[]	\N	2	2026-11-30 13:26:17.133343+00	2026-11-30 13:26:17.133343+00	0
3	أمطار عمّان	\N	\N	\N	\N	\N	ar	rtl	قالت هيئة الأرصاد إن كمية الأمطار في عمّان بلغت 180 مليمترا فقط هذا الموسم، وهي أقل من نصف المعدل السنوي.	969e7bd9c6ed105ec07bdb017e74979f17b0679aaf663adfd4c7dd3259aa4423	[{"args": {"charset": "windows-1256", "confidence": 71}, "code": "CHARSET_GUESSED", "message": "The text encoding was not declared; it was detected as windows-1256 (confidence 71%). Choose another if the text looks wrong."}]	windows-1256	2	2026-11-30 13:26:19.133768+00	2026-11-30 13:26:19.133768+00	0
2	Bike lanes and road deaths	https://news.example.org/en/bike-lanes	https://news.example.org/en/bike-lanes	\N	\N	\N	en	ltr	Updated. City hall said on Monday 🚲 that protected bike lanes cut cycling deaths by 30 per cent in 2025. The transport chief added that 12 new lanes will open before the summer. Critics said the figures ignore the 2024 spike in e-scooter injuries.	c79ccd71210171231e5e8663c72059b3097bfcffaf0c68580025b934ffb6a156	[]	\N	3	2026-11-30 13:26:18.574637+00	2026-11-30 13:26:25.461031+00	2
\.


--
-- Data for Name: article_revision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.article_revision (id, article_id, revision, body, content_hash, edited_by, edited_at, note) FROM stdin;
1	2	1	City hall said on Monday 🚲 that protected bike lanes cut cycling deaths by 30 per cent in 2025. The transport chief added that 12 new lanes will open before the summer. Critics said the figures ignore the 2024 spike in e-scooter injuries. Officials also claimed ridership doubled since 2020.	a597fba198a24d5f79e779dcd53cfb26439bebd431c0d259abe1688be2b58c54	3	2026-11-30 13:26:25.429812+00	Removed the unsourced last sentence
\.


--
-- Data for Name: article_upload; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.article_upload (id, article_id, file_name, content_type, byte_size, bytes, created_at) FROM stdin;
1	1	pasted.txt	text/plain; charset=UTF-8	514	\\xd8a3d8b9d984d986d8aa20d988d8b2d8a7d8b1d8a920d8a7d984d8b2d8b1d8a7d8b9d8a920d8a7d984d8a3d8b1d8afd986d98ad8a9d88c20d8a7d984d8a3d8add8afd88c20d8a3d98620d8a5d986d8aad8a7d8ac20d8a7d984d982d985d8ad20d8a7d8b1d8aad981d8b920d8a8d986d8b3d8a8d8a920313220d981d98a20d8a7d984d985d8a6d8a920d987d8b0d8a720d8a7d984d8b9d8a7d985d88c20d981d98ad985d8a720d8add8b0d8b120d8aed8a8d8b1d8a7d8a120d985d98620d985d988d8acd8a920d8acd981d8a7d98120d981d98a20d8a7d984d8b5d98ad98120d8a7d984d985d982d8a8d9842e0ad988d982d8a7d98420d988d8b2d98ad8b120d8a7d984d8b2d8b1d8a7d8b9d8a920d8a5d98620d8a7d984d8add983d988d985d8a920d8b3d8aad988d8b2d8b920343020d8a3d984d98120d8b7d98620d985d98620d8a7d984d8a8d8b0d988d8b120d8b9d984d98920d8a7d984d985d8b2d8a7d8b1d8b9d98ad98620d982d8a8d98420d986d987d8a7d98ad8a920d8aad8b4d8b1d98ad98620d8a7d984d8a3d988d9842e0ad988d983d8a7d986d8aa20d8a7d984d8a3d985d8b7d8a7d8b120d982d8af20d8aad8b1d8a7d8acd8b9d8aa20d8a7d984d8b9d8a7d98520d8a7d984d985d8a7d8b6d98a20d8a5d984d98920d8a3d8afd986d98920d985d8b3d8aad988d98920d985d986d8b020d8b9d982d8afd98ad9862e	2026-11-30 13:26:17.133343+00
2	2	pasted.txt	text/plain; charset=UTF-8	294	\\x436974792068616c6c2073616964206f6e204d6f6e64617920f09f9ab220746861742070726f7465637465642062696b65206c616e657320637574206379636c696e6720646561746873206279203330207065722063656e7420696e20323032352e20546865207472616e73706f72742063686965662061646465642074686174203132206e6577206c616e65732077696c6c206f70656e206265666f7265207468652073756d6d65722e204372697469637320736169642074686520666967757265732069676e6f7265207468652032303234207370696b6520696e20652d73636f6f74657220696e6a75726965732e204f6666696369616c7320616c736f20636c61696d65642072696465727368697020646f75626c65642073696e636520323032302e	2026-11-30 13:26:18.574637+00
3	3	rain-1256.txt	text/plain	105	\\xdec7e1ca20e5edc6c920c7e1c3d1d5c7cf20c5e420dfe3edc920c7e1c3e3d8c7d120dded20dae3f8c7e420c8e1dbca2031383020e3e1ede3cad1c720ddded820e5d0c720c7e1e3e6d3e3a120e6e5ed20c3dee120e3e420e4d5dd20c7e1e3dacfe120c7e1d3e4e6ed2e	2026-11-30 13:26:19.133768+00
\.


--
-- Data for Name: claim; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.claim (id, article_id, quote, quote_prefix, quote_suffix, start_cp, end_cp, orphaned, statement, claimant, claim_date, tags, language, check_worthiness, status, verdict, rationale, assignee_id, proposed_by, proposed_at, approved_by, approved_at, group_id, removed, created_by, created_at, updated_at, version) FROM stdin;
8	2	ridership doubled since 2020	njuries. Officials also claimed 	.	262	290	t	ridership doubled since 2020	Officials	\N	{}	en	0	NEW	\N	\N	\N	\N	\N	\N	\N	\N	f	3	2026-11-30 13:26:24.320978+00	2026-11-30 13:26:25.551749+00	1
1	1	إنتاج القمح ارتفع بنسبة 12 في المئة هذا العام	ارة الزراعة الأردنية، الأحد، أن 	، فيما حذر خبراء من موجة جفاف في	40	85	f	إنتاج القمح ارتفع بنسبة 12 في المئة هذا العام	وزارة الزراعة	2025-10-05	{زراعة,اقتصاد}	ar	0.4	APPROVED	MISLEADING	أرقام دائرة الإحصاءات تظهر ارتفاعا بنسبة 4 في المئة.	2	2	2026-11-30 13:26:29.028955+00	4	2026-11-30 13:26:29.751525+00	\N	f	2	2026-11-30 13:26:19.834805+00	2026-11-30 13:26:29.751525+00	3
2	1	ستوزع 40 ألف طن من البذور على المزارعين قبل نهاية تشرين الأول	ل.\nوقال وزير الزراعة إن الحكومة 	.\nوكانت الأمطار قد تراجعت العام 	161	222	f	ستوزع 40 ألف طن من البذور على المزارعين قبل نهاية تشرين الأول	وزير الزراعة	\N	{}	ar	0.75	READY_FOR_REVIEW	TRUE	The plan is published.	2	2	2026-11-30 13:26:31.311885+00	\N	\N	\N	f	2	2026-11-30 13:26:21.009162+00	2026-11-30 13:26:31.311885+00	2
3	1	تراجعت العام الماضي إلى أدنى مستوى منذ عقدين	ة تشرين الأول.\nوكانت الأمطار قد 	.	241	285	f	تراجعت العام الماضي إلى أدنى مستوى منذ عقدين	\N	\N	{}	ar	0.3	IN_PROGRESS	\N	\N	2	\N	\N	\N	\N	1	f	2	2026-11-30 13:26:22.072235+00	2026-11-30 13:26:32.211064+00	2
4	1	حذر خبراء من موجة جفاف في الصيف المقبل	سبة 12 في المئة هذا العام، فيما 	.\nوقال وزير الزراعة إن الحكومة س	92	130	f	حذر خبراء من موجة جفاف في الصيف المقبل	\N	\N	{مناخ}	ar	0.3	NEW	\N	\N	\N	\N	\N	\N	\N	1	f	3	2026-11-30 13:26:22.615884+00	2026-11-30 13:26:32.213889+00	1
5	2	protected bike lanes cut cycling deaths by 30 per cent in 2025	City hall said on Monday 🚲 that 	. The transport chief added that	41	103	f	protected bike lanes cut cycling deaths by 30 per cent in 2025	City hall	\N	{transport}	en	0.55	APPROVED	MOSTLY_TRUE	Both sources: 20 to 14, a fall of 30 per cent; 2024 was unusually high.	3	3	2026-11-30 13:26:35.116305+00	4	2026-11-30 13:26:35.59657+00	\N	f	3	2026-11-30 13:26:23.103642+00	2026-11-30 13:26:35.59657+00	6
6	2	12 new lanes will open before the summer	 The transport chief added that 	. Critics said the figures ignor	136	176	f	12 new lanes will open before the summer	\N	\N	{}	en	0.45	DISMISSED	\N	\N	\N	\N	\N	\N	\N	\N	f	3	2026-11-30 13:26:23.549158+00	2026-11-30 13:26:36.204669+00	2
7	2	the figures ignore the 2024 spike in e-scooter injuries	before the summer. Critics said 	.	191	246	f	the figures ignore the 2024 spike in e-scooter injuries	\N	\N	{}	en	0.4	NEW	\N	\N	\N	\N	\N	\N	\N	\N	t	3	2026-11-30 13:26:23.981454+00	2026-11-30 13:26:37.134927+00	2
9	3	بلغت 180 مليمترا فقط هذا الموسم	لأرصاد إن كمية الأمطار في عمّان 	، وهي أقل من نصف المعدل السنوي.	43	74	f	بلغت 180 مليمترا فقط هذا الموسم	هيئة الأرصاد	\N	{}	ar	0.25	NEW	\N	\N	3	\N	\N	\N	\N	\N	f	2	2026-11-30 13:26:24.590984+00	2026-11-30 13:26:38.062273+00	1
\.


--
-- Data for Name: claim_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.claim_event (id, claim_id, actor_id, occurred_at, kind, before, after, note, prev_hash, hash) FROM stdin;
1	1	2	2026-11-30 13:26:19.834805+00	claim.created	\N	{"end": 85, "tags": ["زراعة", "اقتصاد"], "quote": "إنتاج القمح ارتفع بنسبة 12 في المئة هذا العام", "start": 40, "claimant": "وزارة الزراعة", "claimDate": "2025-10-05", "statement": "إنتاج القمح ارتفع بنسبة 12 في المئة هذا العام"}	\N	0000000000000000000000000000000000000000000000000000000000000000	2b5bb09947b80bc5c909fedd5e00a63950ed7ecd8bf35165295d19ce62d26962
2	2	2	2026-11-30 13:26:21.009162+00	claim.created	\N	{"end": 222, "tags": [], "quote": "ستوزع 40 ألف طن من البذور على المزارعين قبل نهاية تشرين الأول", "start": 161, "claimant": "وزير الزراعة", "claimDate": null, "statement": "ستوزع 40 ألف طن من البذور على المزارعين قبل نهاية تشرين الأول"}	\N	0000000000000000000000000000000000000000000000000000000000000000	05aadd46afe109b6ae1f159d5711fdc9e5b82b6290e95dac4a640fdaa88d2bf5
3	3	2	2026-11-30 13:26:22.072235+00	claim.created	\N	{"end": 285, "tags": [], "quote": "تراجعت العام الماضي إلى أدنى مستوى منذ عقدين", "start": 241, "claimant": null, "claimDate": null, "statement": "تراجعت العام الماضي إلى أدنى مستوى منذ عقدين"}	\N	0000000000000000000000000000000000000000000000000000000000000000	c92a0dec073aeaad7b68399a710a68b54ab8fad959fc6c50c8c5111064d73935
4	4	3	2026-11-30 13:26:22.615884+00	claim.created	\N	{"end": 130, "tags": ["مناخ"], "quote": "حذر خبراء من موجة جفاف في الصيف المقبل", "start": 92, "claimant": null, "claimDate": null, "statement": "حذر خبراء من موجة جفاف في الصيف المقبل"}	\N	0000000000000000000000000000000000000000000000000000000000000000	19ab1d3ce80f2c804eba2f9fc0791622498011720eab30aad7fa6079ca57d797
5	5	3	2026-11-30 13:26:23.103642+00	claim.created	\N	{"end": 94, "tags": ["transport"], "quote": "protected bike lanes cut cycling deaths by 30 per cent in 2025", "start": 32, "claimant": "City hall", "claimDate": null, "statement": "protected bike lanes cut cycling deaths by 30 per cent in 2025"}	\N	0000000000000000000000000000000000000000000000000000000000000000	d45dc29c701ec835cbe4d7cee4b335aac0777996bb4910a4985bd2b88d9c788f
6	6	3	2026-11-30 13:26:23.549158+00	claim.created	\N	{"end": 167, "tags": [], "quote": "12 new lanes will open before the summer", "start": 127, "claimant": null, "claimDate": null, "statement": "12 new lanes will open before the summer"}	\N	0000000000000000000000000000000000000000000000000000000000000000	90e43b3490177cae5a8a5b8a72d4cf402fb427126f95369f538a977449da7fd4
7	7	3	2026-11-30 13:26:23.981454+00	claim.created	\N	{"end": 237, "tags": [], "quote": "the figures ignore the 2024 spike in e-scooter injuries", "start": 182, "claimant": null, "claimDate": null, "statement": "the figures ignore the 2024 spike in e-scooter injuries"}	\N	0000000000000000000000000000000000000000000000000000000000000000	2968ecee625033ea70f6da20ccb06721e191592ab755fa57652958376b763cd3
8	8	3	2026-11-30 13:26:24.320978+00	claim.created	\N	{"end": 290, "tags": [], "quote": "ridership doubled since 2020", "start": 262, "claimant": "Officials", "claimDate": null, "statement": "ridership doubled since 2020"}	\N	0000000000000000000000000000000000000000000000000000000000000000	fccde061c065d4489ae703884dd2896c103b9260cdff78df4364c20d23695283
9	9	2	2026-11-30 13:26:24.590984+00	claim.created	\N	{"end": 74, "tags": [], "quote": "بلغت 180 مليمترا فقط هذا الموسم", "start": 43, "claimant": "هيئة الأرصاد", "claimDate": null, "statement": "بلغت 180 مليمترا فقط هذا الموسم"}	\N	0000000000000000000000000000000000000000000000000000000000000000	39475ffce087f45a1cbf7ab6cee56356fd7d42617f1dcac9d53ee580962eaaf0
10	5	3	2026-11-30 13:26:25.429812+00	claim.reanchored	{"end": 94, "quote": "protected bike lanes cut cycling deaths by 30 per cent in 2025", "start": 32, "prefix": "City hall said on Monday 🚲 that ", "suffix": ". The transport chief added that"}	{"end": 103, "quote": "protected bike lanes cut cycling deaths by 30 per cent in 2025", "score": 0.996, "start": 41, "method": "EXACT_QUOTE", "prefix": "City hall said on Monday 🚲 that ", "suffix": ". The transport chief added that"}	\N	d45dc29c701ec835cbe4d7cee4b335aac0777996bb4910a4985bd2b88d9c788f	8e07b76e08efc64aacfe912394eadccfb372fedb2e6178087e9d995d8ee54c4d
11	6	3	2026-11-30 13:26:25.429812+00	claim.reanchored	{"end": 167, "quote": "12 new lanes will open before the summer", "start": 127, "prefix": " The transport chief added that ", "suffix": ". Critics said the figures ignor"}	{"end": 176, "quote": "12 new lanes will open before the summer", "score": 0.996, "start": 136, "method": "EXACT_QUOTE", "prefix": " The transport chief added that ", "suffix": ". Critics said the figures ignor"}	\N	90e43b3490177cae5a8a5b8a72d4cf402fb427126f95369f538a977449da7fd4	e3b570f0e24eb252c75b0f66da9a87f48770b66b6ab5f8987d4042d1b0bab88d
12	7	3	2026-11-30 13:26:25.429812+00	claim.reanchored	{"end": 237, "quote": "the figures ignore the 2024 spike in e-scooter injuries", "start": 182, "prefix": "before the summer. Critics said ", "suffix": ". Officials also claimed ridersh"}	{"end": 246, "quote": "the figures ignore the 2024 spike in e-scooter injuries", "score": 0.803, "start": 191, "method": "EXACT_QUOTE", "prefix": "before the summer. Critics said ", "suffix": "."}	\N	2968ecee625033ea70f6da20ccb06721e191592ab755fa57652958376b763cd3	9c55d540a501c50c0f71d3aafc2e0efb476db484ddce7bcdb24bf268d3fb58b9
13	8	3	2026-11-30 13:26:25.429812+00	claim.orphaned	{"end": 290, "quote": "ridership doubled since 2020", "start": 262, "prefix": "njuries. Officials also claimed ", "suffix": "."}	\N	the quote no longer occurs in the text, not even approximately	fccde061c065d4489ae703884dd2896c103b9260cdff78df4364c20d23695283	4dd5643c19b125bd87cd961c38862de0030186d4412572647ea14e9ed1dc2535
14	1	2	2026-11-30 13:26:26.296782+00	claim.assigned	{"assignee": null, "assigneeId": null}	{"assignee": "ليلى حداد", "assigneeId": 2}	taken on start	2b5bb09947b80bc5c909fedd5e00a63950ed7ecd8bf35165295d19ce62d26962	fe0c1a314d8fac90ca8b4d4b44d5e5e8a89ba440ffbbeafea536478fbfcdbb7a
15	1	2	2026-11-30 13:26:26.296782+00	status.changed	{"status": "NEW", "verdict": null}	{"action": "start", "status": "IN_PROGRESS", "verdict": null}	\N	fe0c1a314d8fac90ca8b4d4b44d5e5e8a89ba440ffbbeafea536478fbfcdbb7a	03367a693235668f329910e2613fbdef533092ede909ef572ab1d91f2f665276
16	1	2	2026-11-30 13:26:26.840222+00	evidence.added	\N	{"url": "https://stats.example.gov/jo/wheat-2025", "note": null, "title": "Wheat output 2025", "stance": "REFUTES", "excerpt": "ارتفع الإنتاج 4 في المئة فقط", "sourceId": 1, "evidenceId": 1, "canonicalUrl": "https://stats.example.gov/jo/wheat-2025"}	\N	03367a693235668f329910e2613fbdef533092ede909ef572ab1d91f2f665276	7067d7e70a5632f724503bb3858c42781c0bbe117c8f70653d191f53d79c2678
17	1	2	2026-11-30 13:26:27.611175+00	evidence.added	\N	{"url": "https://www.example.org/reports/fao-jordan", "note": null, "title": "FAO country brief", "stance": "CONTEXT", "excerpt": null, "sourceId": 2, "evidenceId": 2, "canonicalUrl": "https://example.org/reports/fao-jordan"}	\N	7067d7e70a5632f724503bb3858c42781c0bbe117c8f70653d191f53d79c2678	e02e3e847799b53fcdb4146eeda18a1e5201a97154386d08b197aaad0e61442a
18	1	2	2026-11-30 13:26:27.986824+00	comment.added	\N	{"commentId": 1}	الأرقام الرسمية تقول 4٪ فقط	e02e3e847799b53fcdb4146eeda18a1e5201a97154386d08b197aaad0e61442a	4dca123a2a5368201c999bec0e9127bd0af6d166b6d5948153e8f4655870a5fb
19	1	2	2026-11-30 13:26:29.028955+00	status.changed	{"status": "IN_PROGRESS", "verdict": null}	{"action": "propose", "status": "READY_FOR_REVIEW", "verdict": "MISLEADING", "rationale": "أرقام دائرة الإحصاءات تظهر ارتفاعا بنسبة 4 في المئة."}	\N	4dca123a2a5368201c999bec0e9127bd0af6d166b6d5948153e8f4655870a5fb	94b9608cfe1ba1f3f1180e63987acd84d9d2cf538a2fe71037ca5c9999fa1061
20	1	4	2026-11-30 13:26:29.751525+00	status.changed	{"status": "READY_FOR_REVIEW", "verdict": "MISLEADING"}	{"action": "approve", "status": "APPROVED", "verdict": "MISLEADING"}	\N	94b9608cfe1ba1f3f1180e63987acd84d9d2cf538a2fe71037ca5c9999fa1061	a29c34c91a9d578dc3356ecc742451fa881c89a2057f566c26cf8f6654912895
21	2	2	2026-11-30 13:26:30.671633+00	claim.assigned	{"assignee": null, "assigneeId": null}	{"assignee": "ليلى حداد", "assigneeId": 2}	taken on start	05aadd46afe109b6ae1f159d5711fdc9e5b82b6290e95dac4a640fdaa88d2bf5	8d3f0772d1e661c8c4cbecd2e35cfee6362d2a178c914227076c23797dbcd3de
22	2	2	2026-11-30 13:26:30.671633+00	status.changed	{"status": "NEW", "verdict": null}	{"action": "start", "status": "IN_PROGRESS", "verdict": null}	\N	8d3f0772d1e661c8c4cbecd2e35cfee6362d2a178c914227076c23797dbcd3de	d507ce7dfa8254a43a761b7ea81033977a6a4dd282ff9cf3e830508858eecdf2
23	2	2	2026-11-30 13:26:30.913288+00	evidence.added	\N	{"url": "https://agri.example.gov/jo/seeds", "note": null, "title": "Seed distribution plan", "stance": "SUPPORTS", "excerpt": null, "sourceId": 3, "evidenceId": 3, "canonicalUrl": "https://agri.example.gov/jo/seeds"}	\N	d507ce7dfa8254a43a761b7ea81033977a6a4dd282ff9cf3e830508858eecdf2	dd4fa088283036ccba0ccd7c644fb9604d73d26ced1ff8d7a9b4178e0a313f0b
24	2	2	2026-11-30 13:26:31.311885+00	status.changed	{"status": "IN_PROGRESS", "verdict": null}	{"action": "propose", "status": "READY_FOR_REVIEW", "verdict": "TRUE", "rationale": "The plan is published."}	\N	dd4fa088283036ccba0ccd7c644fb9604d73d26ced1ff8d7a9b4178e0a313f0b	12a8df12655abc6b612816735bd86281524cda106509ffb347e6c71335e65ae4
25	3	2	2026-11-30 13:26:31.679547+00	claim.assigned	{"assignee": null, "assigneeId": null}	{"assignee": "ليلى حداد", "assigneeId": 2}	taken on start	c92a0dec073aeaad7b68399a710a68b54ab8fad959fc6c50c8c5111064d73935	497409a5f8c085b5fa031fd1afc9fbe5b36a856a67fa9f004a6738ca7b497400
26	3	2	2026-11-30 13:26:31.679547+00	status.changed	{"status": "NEW", "verdict": null}	{"action": "start", "status": "IN_PROGRESS", "verdict": null}	\N	497409a5f8c085b5fa031fd1afc9fbe5b36a856a67fa9f004a6738ca7b497400	59e60299140de59e31cbe4b7005cc24d0f5a88a38854a221b75aa07fa79c4636
27	3	2	2026-11-30 13:26:31.93711+00	comment.added	\N	{"commentId": 2}	Waiting for the met office.	59e60299140de59e31cbe4b7005cc24d0f5a88a38854a221b75aa07fa79c4636	5a16881c06a61bb89967d901e07f52199108c9319e22643c068c6e19d02a359c
28	3	3	2026-11-30 13:26:32.190432+00	group.joined	{"groupId": null}	{"sameAs": 4, "groupId": 1}	\N	5a16881c06a61bb89967d901e07f52199108c9319e22643c068c6e19d02a359c	1da6dd857c90b36838a17026ce699a5b1e1f093d8eef3b9c8d83865f1744b0d6
29	4	3	2026-11-30 13:26:32.190432+00	group.joined	{"groupId": null}	{"sameAs": 3, "groupId": 1}	\N	19ab1d3ce80f2c804eba2f9fc0791622498011720eab30aad7fa6079ca57d797	499172fdfff898800cb070d5ccd438caede44ab5fb92cd16524400292017eeec
30	5	3	2026-11-30 13:26:32.924917+00	claim.assigned	{"assignee": null, "assigneeId": null}	{"assignee": "Omar Checker", "assigneeId": 3}	taken on start	8e07b76e08efc64aacfe912394eadccfb372fedb2e6178087e9d995d8ee54c4d	473473728e2ba94a8e58e43789658694b4055a8cb66e973a1f390f58ff6a9545
31	5	3	2026-11-30 13:26:32.924917+00	status.changed	{"status": "NEW", "verdict": null}	{"action": "start", "status": "IN_PROGRESS", "verdict": null}	\N	473473728e2ba94a8e58e43789658694b4055a8cb66e973a1f390f58ff6a9545	e3892d3588893b1072d9104dbd9b7079461c0b66b154026384a1900cb8401be6
32	5	3	2026-11-30 13:26:33.311578+00	evidence.added	\N	{"url": "https://transport.example.gov/road-safety-2025", "note": null, "title": "Road safety 2025", "stance": "SUPPORTS", "excerpt": "Cycling deaths fell from 20 to 14.", "sourceId": 4, "evidenceId": 4, "canonicalUrl": "https://transport.example.gov/road-safety-2025"}	\N	e3892d3588893b1072d9104dbd9b7079461c0b66b154026384a1900cb8401be6	d477e3311b4214b5ca91885f6a19efc4a4f2baf24dbdad6e26f8618963ce0dbe
33	5	3	2026-11-30 13:26:34.038633+00	status.changed	{"status": "IN_PROGRESS", "verdict": null}	{"action": "propose", "status": "READY_FOR_REVIEW", "verdict": "TRUE", "rationale": "20 to 14 is 30 per cent."}	\N	d477e3311b4214b5ca91885f6a19efc4a4f2baf24dbdad6e26f8618963ce0dbe	c0b390c5a284c2dca451bb751fbdb83505ddcc46ae11669e0e4edcd1ab87107a
34	5	4	2026-11-30 13:26:34.311251+00	status.changed	{"status": "READY_FOR_REVIEW", "verdict": "TRUE"}	{"action": "request_changes", "status": "IN_PROGRESS", "verdict": "TRUE"}	Cite the police figures too.	c0b390c5a284c2dca451bb751fbdb83505ddcc46ae11669e0e4edcd1ab87107a	5a4182a2b05f07e0717358d19b5635cf2a37eee6d22387002f6cea3bd1ede032
35	5	3	2026-11-30 13:26:34.537749+00	evidence.added	\N	{"url": "https://police.example.gov/stats/2025", "note": null, "title": "Police statistics", "stance": "CONTEXT", "excerpt": null, "sourceId": 5, "evidenceId": 5, "canonicalUrl": "https://police.example.gov/stats/2025"}	\N	5a4182a2b05f07e0717358d19b5635cf2a37eee6d22387002f6cea3bd1ede032	3339c95970d61f1cc0c45736b2a0863ad052325c90a8f3ec31fe535c6149585d
36	5	3	2026-11-30 13:26:35.116305+00	status.changed	{"status": "IN_PROGRESS", "verdict": "TRUE"}	{"action": "propose", "status": "READY_FOR_REVIEW", "verdict": "MOSTLY_TRUE", "rationale": "Both sources: 20 to 14, a fall of 30 per cent; 2024 was unusually high."}	\N	3339c95970d61f1cc0c45736b2a0863ad052325c90a8f3ec31fe535c6149585d	bb30d86c002a6c04da69d5b06f35abc29f77a9508a787302b716f8eeb62bdde3
37	5	4	2026-11-30 13:26:35.59657+00	status.changed	{"status": "READY_FOR_REVIEW", "verdict": "MOSTLY_TRUE"}	{"action": "approve", "status": "APPROVED", "verdict": "MOSTLY_TRUE"}	\N	bb30d86c002a6c04da69d5b06f35abc29f77a9508a787302b716f8eeb62bdde3	06f36f01f94bd7aa3f1c385595e6af208046edd0a6a56c7a8a7bb616259b3bdb
38	6	3	2026-11-30 13:26:36.204669+00	status.changed	{"status": "NEW", "verdict": null}	{"action": "dismiss", "status": "DISMISSED", "verdict": null}	A plan, not a checkable claim.	e3b570f0e24eb252c75b0f66da9a87f48770b66b6ab5f8987d4042d1b0bab88d	eb365fe102e40bccae0b766f182ed3accfbf5c37a1b343ca63035123bb615b87
39	7	3	2026-11-30 13:26:37.119382+00	claim.removed	{"end": 246, "tags": [], "quote": "the figures ignore the 2024 spike in e-scooter injuries", "start": 191, "claimant": null, "claimDate": null, "statement": "the figures ignore the 2024 spike in e-scooter injuries"}	\N	duplicate	9c55d540a501c50c0f71d3aafc2e0efb476db484ddce7bcdb24bf268d3fb58b9	cc9a8b92fadf3356d9388780acbb598bc5a2ed8da01bdc7bcab209a57e03b729
40	9	4	2026-11-30 13:26:38.062273+00	claim.assigned	{"assignee": null, "assigneeId": null}	{"assignee": "Omar Checker", "assigneeId": 3}	\N	39475ffce087f45a1cbf7ab6cee56356fd7d42617f1dcac9d53ee580962eaaf0	7b58b5c6ad8a111f7c19110e5c63d7c6dfdb11730532442c6f2fc8b3cbdea725
\.


--
-- Data for Name: claim_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.claim_group (id, created_by, created_at) FROM stdin;
1	3	2026-11-30 13:26:32.190432+00
\.


--
-- Data for Name: comment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.comment (id, claim_id, author_id, body, created_at, version) FROM stdin;
1	1	2	الأرقام الرسمية تقول 4٪ فقط	2026-11-30 13:26:27.986824+00	0
2	3	2	Waiting for the met office.	2026-11-30 13:26:31.93711+00	0
\.


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evidence (id, claim_id, source_id, stance, excerpt, note, added_by, added_at, updated_at, version, updated_by) FROM stdin;
1	1	1	REFUTES	ارتفع الإنتاج 4 في المئة فقط	\N	2	2026-11-30 13:26:26.840222+00	2026-11-30 13:26:26.840222+00	0	2
2	1	2	CONTEXT	\N	\N	2	2026-11-30 13:26:27.611175+00	2026-11-30 13:26:27.611175+00	0	2
3	2	3	SUPPORTS	\N	\N	2	2026-11-30 13:26:30.913288+00	2026-11-30 13:26:30.913288+00	0	2
4	5	4	SUPPORTS	Cycling deaths fell from 20 to 14.	\N	3	2026-11-30 13:26:33.311578+00	2026-11-30 13:26:33.311578+00	0	3
5	5	5	CONTEXT	\N	\N	3	2026-11-30 13:26:34.537749+00	2026-11-30 13:26:34.537749+00	0	3
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	1	accounts	SQL	V1__accounts.sql	-2125535321	postgres	2026-11-30 13:25:48.638274	18	t
2	2	articles	SQL	V2__articles.sql	-991861924	postgres	2026-11-30 13:25:48.711889	85	t
3	3	claims and history	SQL	V3__claims_and_history.sql	-1394007990	postgres	2026-11-30 13:25:48.829011	163	t
4	4	sources and evidence	SQL	V4__sources_and_evidence.sql	-915479443	postgres	2026-11-30 13:25:49.083834	33	t
5	7	evidence extras	SQL	V7__evidence_extras.sql	272046915	postgres	2026-11-30 13:25:49.138142	21	t
6	8	review	SQL	V8__review.sql	-767525239	postgres	2026-11-30 13:25:49.169443	14	t
7	10	search	SQL	V10__search.sql	-1695322059	postgres	2026-11-30 13:25:49.226695	122	t
8	11	similarity knn	SQL	V11__similarity_knn.sql	2084105386	postgres	2026-11-30 13:25:49.402569	7	t
\.


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_throttle (username, failures, last_failure_at, locked_until) FROM stdin;
\.


--
-- Data for Name: rating; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rating (code, label_en, label_ar, ordinal, colour, rating_value, best_rating, worst_rating, alternate_name, active, version) FROM stdin;
TRUE	True	صحيح	1	#1b7f3b	6	6	1	True	t	0
MOSTLY_TRUE	Mostly true	صحيح في معظمه	2	#5c9e31	5	6	1	Mostly true	t	0
HALF_TRUE	Half true	نصف صحيح	3	#b59b00	4	6	1	Half true	t	0
MISLEADING	Misleading	مضلل	4	#d9822b	3	6	1	Misleading	t	0
MOSTLY_FALSE	Mostly false	خاطئ في معظمه	5	#c4502a	2	6	1	Mostly false	t	0
FALSE	False	خاطئ	6	#b3261e	1	6	1	False	t	0
UNPROVEN	Unproven	غير مثبت	7	#6b6b6b	0	6	1	Unproven	t	0
SATIRE	Satire	ساخر	8	#5b4a9e	0	6	1	Satire	t	0
\.


--
-- Data for Name: source; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.source (id, url, canonical_url, title, publisher, source_type, reliability, reliability_note, archive_url, archived_at, first_seen_at, last_accessed_at, created_by, updated_at, version, updated_by) FROM stdin;
1	https://stats.example.gov/jo/wheat-2025	https://stats.example.gov/jo/wheat-2025	Wheat output 2025	\N	OFFICIAL_DOCUMENT	UNRATED	\N	\N	\N	2026-11-30 13:26:26.840222+00	\N	2	2026-11-30 13:26:26.840222+00	0	2
2	https://www.example.org/reports/fao-jordan	https://example.org/reports/fao-jordan	FAO country brief	\N	OFFICIAL_DOCUMENT	UNRATED	\N	\N	\N	2026-11-30 13:26:27.611175+00	\N	2	2026-11-30 13:26:27.611175+00	0	2
3	https://agri.example.gov/jo/seeds	https://agri.example.gov/jo/seeds	Seed distribution plan	\N	OFFICIAL_DOCUMENT	UNRATED	\N	\N	\N	2026-11-30 13:26:30.913288+00	\N	2	2026-11-30 13:26:30.913288+00	0	2
4	https://transport.example.gov/road-safety-2025	https://transport.example.gov/road-safety-2025	Road safety 2025	\N	OFFICIAL_DOCUMENT	UNRATED	\N	\N	\N	2026-11-30 13:26:33.311578+00	\N	3	2026-11-30 13:26:33.311578+00	0	3
5	https://police.example.gov/stats/2025	https://police.example.gov/stats/2025	Police statistics	\N	OFFICIAL_DOCUMENT	UNRATED	\N	\N	\N	2026-11-30 13:26:34.537749+00	\N	3	2026-11-30 13:26:34.537749+00	0	3
\.


--
-- Name: app_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.app_user_id_seq', 5, true);


--
-- Name: article_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.article_id_seq', 3, true);


--
-- Name: article_revision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.article_revision_id_seq', 1, true);


--
-- Name: article_upload_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.article_upload_id_seq', 3, true);


--
-- Name: claim_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.claim_event_id_seq', 40, true);


--
-- Name: claim_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.claim_group_id_seq', 1, true);


--
-- Name: claim_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.claim_id_seq', 9, true);


--
-- Name: comment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.comment_id_seq', 2, true);


--
-- Name: evidence_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evidence_id_seq', 5, true);


--
-- Name: source_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.source_id_seq', 5, true);


--
-- Name: app_user app_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_pkey PRIMARY KEY (id);


--
-- Name: article article_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article
    ADD CONSTRAINT article_pkey PRIMARY KEY (id);


--
-- Name: article_revision article_revision_article_id_revision_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_revision
    ADD CONSTRAINT article_revision_article_id_revision_key UNIQUE (article_id, revision);


--
-- Name: article_revision article_revision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_revision
    ADD CONSTRAINT article_revision_pkey PRIMARY KEY (id);


--
-- Name: article_upload article_upload_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_upload
    ADD CONSTRAINT article_upload_pkey PRIMARY KEY (id);


--
-- Name: claim_event claim_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_event
    ADD CONSTRAINT claim_event_pkey PRIMARY KEY (id);


--
-- Name: claim_group claim_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_group
    ADD CONSTRAINT claim_group_pkey PRIMARY KEY (id);


--
-- Name: claim claim_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_pkey PRIMARY KEY (id);


--
-- Name: comment comment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_pkey PRIMARY KEY (id);


--
-- Name: evidence evidence_claim_id_source_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_claim_id_source_id_key UNIQUE (claim_id, source_id);


--
-- Name: evidence evidence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_pkey PRIMARY KEY (id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: login_throttle login_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_throttle
    ADD CONSTRAINT login_throttle_pkey PRIMARY KEY (username);


--
-- Name: rating rating_ordinal_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rating
    ADD CONSTRAINT rating_ordinal_key UNIQUE (ordinal);


--
-- Name: rating rating_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rating
    ADD CONSTRAINT rating_pkey PRIMARY KEY (code);


--
-- Name: source source_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source
    ADD CONSTRAINT source_pkey PRIMARY KEY (id);


--
-- Name: app_user_username_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX app_user_username_key ON public.app_user USING btree (username);


--
-- Name: article_canonical_url_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX article_canonical_url_idx ON public.article USING btree (canonical_url);


--
-- Name: article_content_hash_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX article_content_hash_idx ON public.article USING btree (content_hash);


--
-- Name: article_created_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX article_created_at_idx ON public.article USING btree (created_at DESC, id DESC);


--
-- Name: article_search_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX article_search_idx ON public.article USING gin (search_document);


--
-- Name: article_title_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX article_title_trgm_idx ON public.article USING gin (title public.gin_trgm_ops);


--
-- Name: article_upload_article_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX article_upload_article_idx ON public.article_upload USING btree (article_id);


--
-- Name: claim_approved_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_approved_at_idx ON public.claim USING btree (approved_at) WHERE (status = 'APPROVED'::public.claim_status);


--
-- Name: claim_article_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_article_idx ON public.claim USING btree (article_id, start_cp);


--
-- Name: claim_assignee_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_assignee_idx ON public.claim USING btree (assignee_id, status);


--
-- Name: claim_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_created_idx ON public.claim USING btree (created_at DESC, id DESC);


--
-- Name: claim_event_claim_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_event_claim_idx ON public.claim_event USING btree (claim_id, id);


--
-- Name: claim_group_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_group_idx ON public.claim USING btree (group_id) WHERE (group_id IS NOT NULL);


--
-- Name: claim_review_queue_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_review_queue_idx ON public.claim USING btree (proposed_at, id) WHERE ((status = 'READY_FOR_REVIEW'::public.claim_status) AND (NOT removed));


--
-- Name: claim_search_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_search_idx ON public.claim USING gin (search_document);


--
-- Name: claim_statement_gist_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_statement_gist_idx ON public.claim USING gist (statement_normalized public.gist_trgm_ops (siglen='128'));


--
-- Name: claim_statement_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_statement_trgm_idx ON public.claim USING gin (statement_normalized public.gin_trgm_ops);


--
-- Name: claim_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_status_idx ON public.claim USING btree (status, created_at, id);


--
-- Name: claim_tags_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_tags_idx ON public.claim USING gin (tags);


--
-- Name: claim_verdict_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_verdict_idx ON public.claim USING btree (verdict) WHERE (verdict IS NOT NULL);


--
-- Name: comment_claim_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comment_claim_idx ON public.comment USING btree (claim_id, created_at);


--
-- Name: evidence_source_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evidence_source_idx ON public.evidence USING btree (source_id);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: source_canonical_url_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX source_canonical_url_key ON public.source USING btree (canonical_url);


--
-- Name: source_canonical_url_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX source_canonical_url_trgm_idx ON public.source USING gin (canonical_url public.gin_trgm_ops);


--
-- Name: source_first_seen_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX source_first_seen_idx ON public.source USING btree (first_seen_at DESC, id DESC);


--
-- Name: source_publisher_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX source_publisher_trgm_idx ON public.source USING gin (publisher public.gin_trgm_ops);


--
-- Name: source_title_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX source_title_trgm_idx ON public.source USING gin (title public.gin_trgm_ops);


--
-- Name: claim_event claim_event_chain; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER claim_event_chain BEFORE INSERT ON public.claim_event FOR EACH ROW EXECUTE FUNCTION public.claim_event_chain();


--
-- Name: claim_event claim_event_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER claim_event_no_truncate BEFORE TRUNCATE ON public.claim_event FOR EACH STATEMENT EXECUTE FUNCTION public.claim_event_append_only();


--
-- Name: claim_event claim_event_no_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER claim_event_no_update BEFORE DELETE OR UPDATE ON public.claim_event FOR EACH ROW EXECUTE FUNCTION public.claim_event_append_only();


--
-- Name: article article_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article
    ADD CONSTRAINT article_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.app_user(id);


--
-- Name: article_revision article_revision_article_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_revision
    ADD CONSTRAINT article_revision_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id) ON DELETE CASCADE;


--
-- Name: article_revision article_revision_edited_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_revision
    ADD CONSTRAINT article_revision_edited_by_fkey FOREIGN KEY (edited_by) REFERENCES public.app_user(id);


--
-- Name: article_upload article_upload_article_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_upload
    ADD CONSTRAINT article_upload_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id) ON DELETE CASCADE;


--
-- Name: claim claim_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.app_user(id);


--
-- Name: claim claim_article_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id);


--
-- Name: claim claim_assignee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_assignee_id_fkey FOREIGN KEY (assignee_id) REFERENCES public.app_user(id);


--
-- Name: claim claim_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.app_user(id);


--
-- Name: claim_event claim_event_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_event
    ADD CONSTRAINT claim_event_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.app_user(id);


--
-- Name: claim_event claim_event_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_event
    ADD CONSTRAINT claim_event_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id);


--
-- Name: claim_group claim_group_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_group
    ADD CONSTRAINT claim_group_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.app_user(id);


--
-- Name: claim claim_group_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_group_id_fkey FOREIGN KEY (group_id) REFERENCES public.claim_group(id);


--
-- Name: claim claim_proposed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_proposed_by_fkey FOREIGN KEY (proposed_by) REFERENCES public.app_user(id);


--
-- Name: claim claim_verdict_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_verdict_fkey FOREIGN KEY (verdict) REFERENCES public.rating(code);


--
-- Name: comment comment_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.app_user(id);


--
-- Name: comment comment_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id);


--
-- Name: evidence evidence_added_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_added_by_fkey FOREIGN KEY (added_by) REFERENCES public.app_user(id);


--
-- Name: evidence evidence_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id);


--
-- Name: evidence evidence_source_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_source_id_fkey FOREIGN KEY (source_id) REFERENCES public.source(id);


--
-- Name: evidence evidence_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.app_user(id);


--
-- Name: source source_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source
    ADD CONSTRAINT source_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.app_user(id);


--
-- Name: source source_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source
    ADD CONSTRAINT source_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.app_user(id);


--
-- PostgreSQL database dump complete
--


