/**
 * Full-text search shared by articles and claims: the Arabic search normalisation (index side and query side),
 * the PostgreSQL text-search expressions, and highlighting of matches on the original text.
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.search.domain;
