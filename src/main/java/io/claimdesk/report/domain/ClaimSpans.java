package io.claimdesk.report.domain;

import io.claimdesk.core.text.CodePoints;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into pieces for highlighting claim spans, so that overlapping and nested claims can all
 * be shown: the text is split at every span boundary, and each piece knows which claims cover it and which start
 * at it. A renderer marks covered pieces and puts each claim's number where the claim starts, so every number
 * stays visible however spans overlap.
 *
 * <p>Offsets are Unicode code points, end exclusive (W3C Web Annotation TextPositionSelector), converted to UTF-16
 * with {@link CodePoints}. Spans outside the text or empty are left out (they belong to orphaned claims).
 */
public final class ClaimSpans {

    private ClaimSpans() {
    }

    /**
     * A claim span to highlight.
     *
     * @param number  the claim's number in the report (1-based)
     * @param startCp first code point, inclusive
     * @param endCp   end code point, exclusive
     */
    public record Span(int number, int startCp, int endCp) {
    }

    /**
     * A run of text.
     *
     * @param text     the text of the piece
     * @param covering numbers of the claims whose span covers the piece, ascending (empty: plain text)
     * @param starting numbers of the claims that start at the beginning of the piece, ascending
     */
    public record Piece(String text, List<Integer> covering, List<Integer> starting) {
    }

    /**
     * Splits {@code text} at every span boundary.
     *
     * @return pieces in text order; their texts concatenate to {@code text}
     */
    public static List<Piece> split(String text, List<Span> spans) {
        int length = CodePoints.length(text);
        List<Span> valid = spans.stream()
                .filter(s -> s.startCp() >= 0 && s.endCp() <= length && s.startCp() < s.endCp())
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Span s : valid) {
            cuts.add(s.startCp());
            cuts.add(s.endCp());
        }
        List<Piece> pieces = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && previous < cut) {
                int from = previous;
                List<Integer> covering = valid.stream()
                        .filter(s -> s.startCp() <= from && s.endCp() >= cut)
                        .map(Span::number).sorted().toList();
                List<Integer> starting = valid.stream()
                        .filter(s -> s.startCp() == from)
                        .map(Span::number).sorted().toList();
                pieces.add(new Piece(CodePoints.substring(text, from, cut), covering, starting));
            }
            previous = cut;
        }
        return pieces;
    }
}
