package io.claimdesk.article.api;

import io.claimdesk.article.domain.DuplicateArticleException;
import io.claimdesk.article.domain.intake.IntakeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * Intake problems as HTTP problems: empty or unreadable input 422, over-size 413, binary or unsupported type 415,
 * a duplicate 409 with a link to the existing article. Nothing was stored in any of these cases.
 */
@RestControllerAdvice(assignableTypes = ArticleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArticleApiErrors {

    @ExceptionHandler(IntakeException.class)
    ProblemDetail intake(IntakeException e) {
        HttpStatus status = switch (e.code()) {
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case BINARY, UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case EMPTY, UNREADABLE, NO_TEXT -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setProperty("code", e.code().name());
        return p;
    }

    @ExceptionHandler(DuplicateArticleException.class)
    ProblemDetail duplicate(DuplicateArticleException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setProperty("code", "DUPLICATE");
        p.setProperty("existingArticleId", e.existingArticleId());
        p.setProperty("existingArticle", URI.create("/api/v1/articles/" + e.existingArticleId()));
        return p;
    }
}
