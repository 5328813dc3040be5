package io.claimdesk.search.domain;

/**
 * The Arabic search normalisation of DESIGN.md ("Text handling"), applied to search documents and queries, never
 * to stored text: alef with hamza above or below, alef with madda and alef wasla become bare alef (U+0627); alef
 * maksura becomes yeh; teh marbuta becomes heh; waw and yeh with hamza become waw and yeh; tatweel (U+0640) and the
 * harakat U+064B..U+0652 and U+0670 are removed. Every code point maps to one code point or to none, so positions
 * in the normalised text map back to the original ({@link Highlighter} relies on it).
 *
 * <p>Since migration V14_2 it also folds what Persian, Urdu, Kurdish and Pashto writers type into the Arabic letters
 * (issue 14): keheh, swash kaf and kaf with ring to kaf; Farsi, Urdu, Pashto and Kurdish yeh forms to yeh; Kurdish
 * ae, heh goal, heh doachashmee, heh with yeh above and teh marbuta goal to heh; Pashto teh with ring to teh;
 * Arabic-Indic and Persian digits to ASCII digits; ZWNJ, ZWJ, LRM, RLM, ALM and the combining madda and hamza
 * (U+0653..U+0655, the decomposed halves of آ أ إ ؤ ئ ۀ) are removed. Queries are brought to NFC first
 * ({@link FullText#normalizedQuery}).
 *
 * <p>The SQL function {@code search_normalize} (migrations V10, V14_2) does exactly the same; a test keeps them
 * equal.
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
            case 0x0649, 0x0626, 0x06CC, 0x06D2, 0x06D3, 0x06D0, 0x06CD, 0x06CE -> 0x064A;
            case 0x0629, 0x06D5, 0x06C1, 0x06BE, 0x06C0, 0x06C3 -> 0x0647;
            case 0x0624 -> 0x0648;
            case 0x06A9, 0x06AA, 0x06AB -> 0x0643;
            case 0x067C -> 0x062A;
            case 0x0640, 0x0670, 0x0653, 0x0654, 0x0655, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C -> REMOVED;
            default -> {
                if (cp >= 0x064B && cp <= 0x0652) {
                    yield REMOVED;
                } else if (cp >= 0x0660 && cp <= 0x0669) {
                    yield '0' + cp - 0x0660;
                } else if (cp >= 0x06F0 && cp <= 0x06F9) {
                    yield '0' + cp - 0x06F0;
                }
                yield cp;
            }
        };
    }
}
