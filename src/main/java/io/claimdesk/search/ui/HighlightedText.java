package io.claimdesk.search.ui;

import com.vaadin.flow.component.html.Span;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.search.domain.Highlight;
import io.claimdesk.search.domain.Highlighter;

import java.util.List;

/**
 * A text with its search matches marked. Every piece is a {@link Span} with text content (never HTML), so user
 * text such as {@code <b>} shows literally. Matches carry the class {@code cd-hit} (marked by background and
 * underline, not colour alone) and {@code data-match}; the whole text gets the direction of
 * {@link Cells#direction} (so {@code UN: } followed by Arabic reads right to left).
 */
public final class HighlightedText {

    private HighlightedText() {
    }

    /** The text, with the ranges (code points) marked. */
    public static Span of(String text, List<Highlight> matches) {
        Span out = new Span();
        Cells.orient(out, text);
        out.addClassName("cd-highlighted");
        for (Highlighter.Piece p : Highlighter.pieces(text, matches)) {
            Span piece = new Span(p.text());
            if (p.match()) {
                piece.addClassName("cd-hit");
                piece.getElement().setAttribute("data-match", "true");
            }
            out.add(piece);
        }
        return out;
    }
}
