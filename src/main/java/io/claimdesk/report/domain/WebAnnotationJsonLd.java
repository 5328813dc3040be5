package io.claimdesk.report.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Builds W3C Web Annotations (https://www.w3.org/TR/annotation-model/) for claims: one {@code Annotation} per
 * claim with motivation {@code assessing}; its target is the article ({@code source} = the article URL, or
 * {@code urn:claimdesk:article:{id}} when it has none) with a {@code TextQuoteSelector} (exact, prefix, suffix)
 * and a {@code TextPositionSelector} (start, end in Unicode code points of the article's canonical text, end
 * exclusive, as section 4.2.5 of the model requires); its bodies are the statement ({@code TextualBody},
 * purpose {@code describing}), the status (purpose {@code tagging}) and, for an APPROVED claim only, the verdict
 * (purpose {@code assessing}): a verdict still in the workflow never leaves the desk. Annotations are delivered in an {@code AnnotationCollection} whose {@code first}
 * is one {@code AnnotationPage} (section 5 of the model).
 */
public final class WebAnnotationJsonLd {

    /** The Web Annotation JSON-LD context. */
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private WebAnnotationJsonLd() {
    }

    /** The annotation of one claim (without {@code @context}: it is embedded in a collection). */
    public static ObjectNode annotation(ExportedClaim claim) {
        ObjectNode a = JSON.objectNode();
        a.put("id", "urn:claimdesk:claim:" + claim.id());
        a.put("type", "Annotation");
        a.put("motivation", "assessing");
        a.put("created", claim.createdAt().withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ArrayNode bodies = a.putArray("body");
        ObjectNode statement = bodies.addObject();
        statement.put("type", "TextualBody");
        statement.put("purpose", "describing");
        statement.put("value", claim.statement());
        statement.put("format", "text/plain");
        statement.put("language", claim.language());
        ObjectNode status = bodies.addObject();
        status.put("type", "TextualBody");
        status.put("purpose", "tagging");
        status.put("value", "status:" + claim.status());
        if (claim.verdict() != null && claim.approved()) {
            ObjectNode verdict = bodies.addObject();
            verdict.put("type", "TextualBody");
            verdict.put("purpose", "assessing");
            verdict.put("value", claim.verdict().alternateName());
            verdict.put("format", "text/plain");
            verdict.put("language", "en");
        }
        ObjectNode target = a.putObject("target");
        target.put("source", claim.articleUrl() == null || claim.articleUrl().isBlank()
                ? "urn:claimdesk:article:" + claim.articleId() : claim.articleUrl());
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", claim.quote());
        quote.put("prefix", claim.quotePrefix());
        quote.put("suffix", claim.quoteSuffix());
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", claim.startCp());
        position.put("end", claim.endCp());
        return a;
    }
}
