package io.claimdesk.search.domain;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * PostgreSQL full-text search expressions over the generated {@code search_document} columns (migration V10).
 *
 * <p>The user's query is normalised like the documents ({@link SearchNormalizer}) and parsed with
 * {@code websearch_to_tsquery} (quotes for phrases, {@code or}, {@code -word}) in each configuration a row may use
 * (arabic, english, simple); the three queries are OR-ed, so one GIN-indexed {@code @@} finds Arabic rows by Arabic
 * stems, English rows by English stems and other rows by plain words, whatever the language of the query.
 * Ranking is {@code ts_rank_cd} (cover density; PostgreSQL manual, "Ranking Search Results").
 *
 * <p>jOOQ has no DSL for text search, so the operators are plain-SQL templates; every user value is a bind value.
 */
public final class FullText {

    /** Longest query, in characters; longer input is cut (a query is a few words, not a document). */
    public static final int MAX_QUERY_LENGTH = 200;

    private FullText() {
    }

    /** Whether {@code q} holds anything to search for. */
    public static boolean isQuery(@org.jspecify.annotations.Nullable String q) {
        return q != null && !q.isBlank();
    }

    /** The normalised query text: NFC (a quote sent decomposed finds its text), cut to {@link #MAX_QUERY_LENGTH}. */
    public static String normalizedQuery(String q) {
        String s = com.ibm.icu.text.Normalizer2.getNFCInstance().normalize(q).strip();
        if (s.length() > MAX_QUERY_LENGTH) {
            s = s.substring(0, s.offsetByCodePoints(0, s.codePointCount(0, MAX_QUERY_LENGTH)));
        }
        return SearchNormalizer.normalize(s);
    }

    /** The tsquery of {@code q}: arabic, english and simple parses OR-ed together. */
    public static Field<Object> query(String q) {
        Field<String> n = DSL.val(normalizedQuery(q));
        // plain SQL: websearch_to_tsquery and the tsquery || operator have no jOOQ DSL
        return DSL.field("(websearch_to_tsquery('pg_catalog.arabic'::regconfig, {0})"
                + " || websearch_to_tsquery('pg_catalog.english'::regconfig, {0})"
                + " || websearch_to_tsquery('pg_catalog.simple'::regconfig, {0}))", SQLDataType.OTHER, n);
    }

    /** {@code document @@ query(q)}: indexable by the GIN index on the document column. */
    public static Condition matches(Field<?> document, String q) {
        // plain SQL: the @@ operator
        return DSL.condition("{0} @@ {1}", document, query(q));
    }

    /** {@code ts_rank_cd(document, query(q))}: higher is better. */
    public static Field<Float> rank(Field<?> document, String q) {
        // plain SQL: ts_rank_cd
        return DSL.field("ts_rank_cd({0}, {1})", SQLDataType.REAL, document, query(q));
    }

    /**
     * {@code ts_headline} over the normalised {@code text} in the row's configuration, with the markers that
     * {@link Highlighter#ranges} maps back onto the original text.
     */
    public static Field<String> headline(Field<String> language, Field<String> text, String q) {
        // plain SQL: ts_headline, and the V10 functions search_config and search_normalize
        return DSL.field("ts_headline(search_config({0}), search_normalize(coalesce({1}, '')), {2}, {3})",
                SQLDataType.CLOB, language, text, query(q), DSL.val(Highlighter.HEADLINE_OPTIONS));
    }

    /** {@code search_normalize(text)} in SQL (same as {@link SearchNormalizer#normalize}). */
    public static Field<String> normalize(Field<String> text) {
        // plain SQL: the V10 function search_normalize
        return DSL.field("search_normalize({0})", SQLDataType.CLOB, text);
    }
}
