package io.claimdesk.article.domain;

import org.jspecify.annotations.Nullable;

/**
 * Filter of the article list.
 *
 * @param text     full-text query over title and body (Arabic-normalised, stemmed), or a case-insensitive
 *                 substring of title, publisher or URL (blank: any)
 * @param language language code, or null for any
 */
public record ArticleFilter(String text, @Nullable String language) {
    public static final ArticleFilter ALL = new ArticleFilter("", null);
}
