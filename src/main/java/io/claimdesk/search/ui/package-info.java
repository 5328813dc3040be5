/** Shared display of search results: text with its matches marked, built from text nodes only. */
@org.jspecify.annotations.NullMarked
package io.claimdesk.search.ui;
