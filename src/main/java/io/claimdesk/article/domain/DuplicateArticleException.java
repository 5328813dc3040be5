package io.claimdesk.article.domain;

import io.claimdesk.core.domain.ConflictException;

/**
 * The same canonical text is already stored; importing again needs an explicit "import anyway". Code
 * {@code article.duplicate} (arguments: the existing article's id and title).
 */
public class DuplicateArticleException extends ConflictException {

    private final long existingArticleId;

    public DuplicateArticleException(long existingArticleId, String existingTitle) {
        super(io.claimdesk.core.domain.CodedError.english("article.duplicate", existingArticleId, existingTitle),
                null, null, "article.duplicate", new Object[]{existingArticleId, existingTitle});
        this.existingArticleId = existingArticleId;
    }

    public long existingArticleId() {
        return existingArticleId;
    }
}
