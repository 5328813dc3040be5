package io.claimdesk.claim.domain.anchor;

/**
 * W3C Web Annotation Data Model {@code TextQuoteSelector} (https://www.w3.org/TR/annotation-model/#text-quote-selector):
 * the quoted text plus up to {@link Anchors#CONTEXT_LENGTH} code points of context on each side.
 *
 * @param exact  the quoted text, never empty
 * @param prefix text immediately before {@code exact}; empty at the start of the article
 * @param suffix text immediately after {@code exact}; empty at the end of the article
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {

    /**
     * @throws IllegalArgumentException when {@code exact} is empty
     */
    public TextQuoteSelector {
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("a text quote selector needs a non-empty exact quote");
        }
    }
}
