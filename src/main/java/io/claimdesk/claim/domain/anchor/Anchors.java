package io.claimdesk.claim.domain.anchor;

import io.claimdesk.core.text.CodePoints;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link Anchor}s on an article's canonical text. Offsets are Unicode code points, end exclusive; prefix and
 * suffix hold up to {@value #CONTEXT_LENGTH} code points, following the W3C Web Annotation Data Model selectors
 * (https://www.w3.org/TR/annotation-model/#text-quote-selector).
 */
public final class Anchors {

    /** Code points of context kept on each side of a quote. */
    public static final int CONTEXT_LENGTH = 32;

    private Anchors() {
    }

    /**
     * Anchor for the span {@code [start, end)} of {@code text}.
     *
     * @throws IllegalArgumentException when {@code 0 <= start < end <= length(text)} does not hold
     */
    public static Anchor create(String text, int start, int end) {
        int length = CodePoints.length(text);
        if (start < 0 || end <= start || end > length) {
            throw new IllegalArgumentException("span [" + start + ", " + end
                    + ") is not a non-empty span of a text of " + length + " code points");
        }
        int[] cps = text.codePoints().toArray();
        return new Anchor(
                new TextQuoteSelector(
                        TextMatch.string(cps, start, end),
                        TextMatch.string(cps, Math.max(0, start - CONTEXT_LENGTH), start),
                        TextMatch.string(cps, end, Math.min(length, end + CONTEXT_LENGTH))),
                new TextPositionSelector(start, end));
    }

    /**
     * Anchor for the occurrence of {@code exact} in {@code text} that is preceded by {@code prefix} and followed by
     * {@code suffix} (either may be empty, meaning "any"). The returned anchor's context is re-read from the text.
     *
     * @throws AnchorException when {@code exact} does not occur, when no occurrence has the given context, or when
     *                         several occurrences do
     */
    public static Anchor fromQuote(String text, String exact, String prefix, String suffix) {
        if (exact.isEmpty()) {
            throw new AnchorException("anchor.quote.empty");
        }
        int[] cps = text.codePoints().toArray();
        int[] quote = exact.codePoints().toArray();
        int[] before = prefix.codePoints().toArray();
        int[] after = suffix.codePoints().toArray();
        List<Integer> occurrences = TextMatch.occurrences(cps, quote);
        if (occurrences.isEmpty()) {
            throw new AnchorException("anchor.quote.absent", abbreviate(exact));
        }
        List<Integer> matching = new ArrayList<>();
        for (int start : occurrences) {
            if (TextMatch.endsWith(cps, start, before) && TextMatch.startsWith(cps, start + quote.length, after)) {
                matching.add(start);
            }
        }
        if (matching.isEmpty()) {
            throw new AnchorException("anchor.quote.noContext", abbreviate(exact), occurrences.size());
        }
        if (matching.size() > 1) {
            throw new AnchorException("anchor.quote.ambiguous", abbreviate(exact), matching.size());
        }
        int start = matching.get(0);
        return create(text, start, start + quote.length);
    }

    private static String abbreviate(String s) {
        int length = CodePoints.length(s);
        return length <= 40 ? s : CodePoints.substring(s, 0, 40) + "…";
    }
}
