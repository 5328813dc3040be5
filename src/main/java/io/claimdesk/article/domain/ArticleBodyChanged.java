package io.claimdesk.article.domain;

import java.util.List;

/**
 * Published (synchronously, inside the editing transaction) after an article's body changed, so features that
 * anchor into the text (claims) can re-anchor before the transaction commits.
 *
 * @param actorId who edited the text
 * @param changes listeners add what the edit did to each thing they anchor that moved, changed or was lost; the
 *                article service returns the list with the edit ({@link ArticleService.BodyEdit})
 */
public record ArticleBodyChanged(long articleId, String oldBody, String newBody, long actorId,
                                 List<AnchorChange> changes) {
}
