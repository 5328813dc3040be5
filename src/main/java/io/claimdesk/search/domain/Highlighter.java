package io.claimdesk.search.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps the matches that PostgreSQL's {@code ts_headline} marked in the <em>normalised</em> text back onto the
 * original text, so the user sees their own text (with hamza, harakat and tatweel) with the matched words marked.
 * The headline is produced with {@link #START} and {@link #STOP} as selection markers and {@code HighlightAll};
 * the mapping follows {@link SearchNormalizer} code point by code point. Nothing here produces HTML: callers render
 * the ranges as text components.
 */
public final class Highlighter {

    /** Private-use code point that starts a match in the headline. */
    public static final int START = 0xE000;
    /** Private-use code point that ends a match in the headline. */
    public static final int STOP = 0xE001;
    /** The {@code ts_headline} options that produce what {@link #ranges} reads. */
    public static final String HEADLINE_OPTIONS = "HighlightAll=true, StartSel=" + Character.toString(START)
            + ", StopSel=" + Character.toString(STOP);

    private Highlighter() {
    }

    /**
     * The matched ranges of {@code original}, in code points.
     *
     * @param headline {@code ts_headline} of the normalised original with the markers above
     * @return the ranges in text order; empty when the headline does not fit the text (e.g. the text itself
     *         contains a marker code point), so a failure shows no highlight rather than a wrong one
     */
    public static List<Highlight> ranges(String original, String headline) {
        int[] text = original.codePoints().toArray();
        int[] marked = headline.codePoints().toArray();
        List<Highlight> out = new ArrayList<>();
        int o = 0;
        int start = -1;
        for (int h : marked) {
            if (h == START) {
                o = skipRemoved(text, o);
                start = o;
            } else if (h == STOP) {
                o = skipRemoved(text, o);
                if (start < 0) {
                    return List.of();
                }
                if (o > start) {
                    out.add(new Highlight(start, o));
                }
                start = -1;
            } else {
                o = skipRemoved(text, o);
                if (o >= text.length || SearchNormalizer.map(text[o]) != h) {
                    return List.of();
                }
                o++;
            }
        }
        return out;
    }

    private static int skipRemoved(int[] text, int from) {
        int i = from;
        while (i < text.length && SearchNormalizer.map(text[i]) == SearchNormalizer.REMOVED) {
            i++;
        }
        return i;
    }

    /** Splits {@code text} into alternating plain and matched pieces, for rendering as separate text nodes. */
    public static List<Piece> pieces(String text, List<Highlight> highlights) {
        List<Piece> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int at = 0;
        for (Highlight h : highlights) {
            if (h.start() < at || h.end() > cps.length) {
                continue;
            }
            if (h.start() > at) {
                out.add(new Piece(new String(cps, at, h.start() - at), false));
            }
            out.add(new Piece(new String(cps, h.start(), h.end() - h.start()), true));
            at = h.end();
        }
        if (at < cps.length) {
            out.add(new Piece(new String(cps, at, cps.length - at), false));
        }
        return out;
    }

    /** A piece of text and whether it matched the search. */
    public record Piece(String text, boolean match) {
    }
}
