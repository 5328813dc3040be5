package io.claimdesk.article.domain;

/**
 * A link found in the text of an imported HTML page (issue 14): a candidate source for claims from its paragraph.
 *
 * @param id         row id
 * @param articleId  the article
 * @param position   0-based order in the page
 * @param url        absolute http(s) address, resolved against the page's address
 * @param anchorText the link's text (may be empty)
 * @param paragraph  the body line that held the link when the article was imported
 */
public record ArticleLink(long id, long articleId, int position, String url, String anchorText, String paragraph) {
}
