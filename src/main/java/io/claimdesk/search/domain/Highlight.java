package io.claimdesk.search.domain;

/**
 * A matched part of a text: [start, end) in Unicode code points of the original (not normalised) text.
 */
public record Highlight(int start, int end) {
    public Highlight {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Empty or negative highlight [" + start + ", " + end + ")");
        }
    }
}
