package io.claimdesk.evidence.api;

import io.claimdesk.core.web.InvalidUrlException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused source or archive link is a 422 {@code application/problem+json} whose {@code detail} says why
 * (e.g. "Only http and https links can be sources; this one starts with javascript:") and whose {@code reason}
 * names the {@link InvalidUrlException.Reason}. Limited to this feature's controllers; the other domain errors
 * go through the shared {@code ApiErrors}.
 */
@RestControllerAdvice(assignableTypes = {EvidenceController.class, SourceController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceApiErrors {

    @ExceptionHandler(InvalidUrlException.class)
    ProblemDetail invalidUrl(InvalidUrlException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        p.setProperty("reason", e.reason().name());
        return p;
    }
}
