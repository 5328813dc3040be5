package io.claimdesk.claim.domain.anchor;

/**
 * Where a claim sits in its article: a quote with context (robust to edits) and a position (fast, exact).
 * Both selectors describe the same span, as the W3C Web Annotation Data Model allows several selectors per target
 * (https://www.w3.org/TR/annotation-model/#selectors). Build one with {@link Anchors}.
 */
public record Anchor(TextQuoteSelector quote, TextPositionSelector position) {
}
