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
 * names the {@link InvalidUrlException.Reason}; its {@code code} is {@code source.url.<reason>} (issue 13, e.g.
 * {@code source.url.unsupportedScheme}). Limited to this feature's controllers; the other domain errors
 * go through the shared {@code ApiErrors}.
 */
@RestControllerAdvice(assignableTypes = {EvidenceController.class, SourceController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceApiErrors {

    @ExceptionHandler(InvalidUrlException.class)
    ProblemDetail invalidUrl(InvalidUrlException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        p.setProperty("reason", e.reason().name());
        p.setProperty("code", code(e.reason()));
        return p;
    }

    /** The stable code of a refused link: {@code source.url.} and the reason in lower camel case. */
    static String code(InvalidUrlException.Reason reason) {
        String[] words = reason.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder code = new StringBuilder("source.url.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return code.toString();
    }
}
