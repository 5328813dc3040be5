package io.claimdesk.article.domain;

import io.claimdesk.search.domain.Highlight;

import java.util.List;

/**
 * An article of a list or search, with the matched parts of its title.
 *
 * @param titleMatches matched ranges of {@link ArticleSummary#title()} in code points (empty without a search)
 */
public record ArticleHit(ArticleSummary article, List<Highlight> titleMatches) {
}
