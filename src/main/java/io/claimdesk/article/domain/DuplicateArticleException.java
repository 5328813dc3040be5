package io.claimdesk.article.domain;

import io.claimdesk.core.domain.ConflictException;

/** The same canonical text is already stored; importing again needs an explicit "import anyway". */
public class DuplicateArticleException extends ConflictException {

    private final long existingArticleId;

    public DuplicateArticleException(long existingArticleId, String existingTitle) {
        super("This article is already in Claimdesk as article " + existingArticleId + " (\"" + existingTitle
                + "\"). Open it, or import it again explicitly (force) if you really want a second copy.");
        this.existingArticleId = existingArticleId;
    }

    public long existingArticleId() {
        return existingArticleId;
    }
}
