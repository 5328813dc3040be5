package io.claimdesk.article.domain;

/**
 * Published (synchronously, inside the editing transaction) after an article's body changed, so features that
 * anchor into the text (claims) can re-anchor before the transaction commits.
 *
 * @param actorId who edited the text
 */
public record ArticleBodyChanged(long articleId, String oldBody, String newBody, long actorId) {
}
