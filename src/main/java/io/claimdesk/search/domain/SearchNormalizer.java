package io.claimdesk.search.domain;

/**
 * The Arabic search normalisation of DESIGN.md ("Text handling"), applied to search documents and queries, never
 * to stored text: alef with hamza above or below, alef with madda and alef wasla become bare alef (U+0627); alef
 * maksura becomes yeh; teh marbuta becomes heh; waw and yeh with hamza become waw and yeh; tatweel (U+0640) and the
 * harakat U+064B..U+0652 and U+0670 are removed. Every code point maps to one code point or to none, so positions
 * in the normalised text map back to the original ({@link Highlighter} relies on it).
 *
 * <p>The SQL function {@code search_normalize} (migration V10) does exactly the same; a test keeps them equal.
 */
public final class SearchNormalizer {

    /** Marks a code point that normalisation removes. */
    public static final int REMOVED = -1;

    private SearchNormalizer() {
    }

    /** The normalised text (same length in code points or shorter). */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int n = map(cp);
            if (n != REMOVED) {
                out.appendCodePoint(n);
            }
        });
        return out.toString();
    }

    /** The normalised form of one code point, or {@link #REMOVED}. */
    public static int map(int cp) {
        return switch (cp) {
            case 0x0623, 0x0625, 0x0622, 0x0671 -> 0x0627;
            case 0x0649 -> 0x064A;
            case 0x0629 -> 0x0647;
            case 0x0624 -> 0x0648;
            case 0x0626 -> 0x064A;
            case 0x0640, 0x0670 -> REMOVED;
            default -> cp >= 0x064B && cp <= 0x0652 ? REMOVED : cp;
        };
    }
}
