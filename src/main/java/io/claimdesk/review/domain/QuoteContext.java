package io.claimdesk.review.domain;

import io.claimdesk.core.text.CodePoints;

/**
 * A claim's quote in the paragraph it stands in (issue 16, the review view): the lines of the article body that
 * hold the span, with the span's place in that text. Paragraphs are the body's lines, as the reader shows them.
 * A very long paragraph is cut to {@link #AROUND} code points on each side of the quote, the cuts marked with
 * an ellipsis.
 *
 * @param text  the paragraph (or the part of it shown)
 * @param start first code point of the quote in {@code text}
 * @param end   code point after the quote in {@code text} (exclusive)
 */
public record QuoteContext(String text, int start, int end) {

    /** Code points of context kept on each side of the quote in a long paragraph. */
    public static final int AROUND = 600;

    private static final String ELLIPSIS = "…";

    /**
     * The paragraph of {@code body} around [start, end) (code points).
     *
     * @throws IllegalArgumentException when the span is empty or outside the body
     */
    public static QuoteContext of(String body, int start, int end) {
        int[] cps = body.codePoints().toArray();
        if (start < 0 || end <= start || end > cps.length) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") is outside a text of "
                    + cps.length + " code points");
        }
        int from = start;
        while (from > 0 && cps[from - 1] != '\n') {
            from--;
        }
        int to = end;
        while (to < cps.length && cps[to] != '\n') {
            to++;
        }
        String prefix = "";
        String suffix = "";
        if (start - from > AROUND) {
            from = start - AROUND;
            prefix = ELLIPSIS;
        }
        if (to - end > AROUND) {
            to = end + AROUND;
            suffix = ELLIPSIS;
        }
        String text = prefix + CodePoints.substring(body, from, to) + suffix;
        int offset = CodePoints.length(prefix) - from;
        return new QuoteContext(text, start + offset, end + offset);
    }
}
