package io.claimdesk.article.domain;

import io.claimdesk.article.domain.intake.IntakeResult;
import org.jspecify.annotations.Nullable;

/**
 * What an import would store: the intake result plus what the user corrected, and what the duplicate check found.
 * Nothing is stored yet.
 *
 * @param duplicateOf     id of an article with the same canonical text, if any (saving then needs force)
 * @param sameUrlArticle  id of an article with the same canonical URL, if any (a warning only)
 */
public record ArticleDraft(IntakeResult intake, @Nullable Long duplicateOf, @Nullable String duplicateTitle,
                           @Nullable Long sameUrlArticle) {
}
