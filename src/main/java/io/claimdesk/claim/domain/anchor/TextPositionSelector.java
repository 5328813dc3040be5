package io.claimdesk.claim.domain.anchor;

/**
 * W3C Web Annotation Data Model {@code TextPositionSelector}
 * (https://www.w3.org/TR/annotation-model/#text-position-selector): offsets in Unicode code points, end exclusive.
 *
 * @param start first code point of the span, {@code >= 0}
 * @param end   end of the span, exclusive, {@code > start}
 */
public record TextPositionSelector(int start, int end) {

    /**
     * @throws IllegalArgumentException when {@code start < 0} or {@code end <= start}
     */
    public TextPositionSelector {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a text position selector needs 0 <= start < end, got start "
                    + start + " and end " + end);
        }
    }
}
