package io.claimdesk.report.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The readable part of a public check's address ({@code /checks/<id>-<slug>}), made from the claim's statement:
 * NFKC-normalised and lower-cased (root locale); letters and digits of every script are kept (an Arabic statement
 * gives an Arabic slug, percent-encoded in links as RFC 3986 asks), combining marks (e.g. Arabic harakat) are
 * dropped, every other run of characters becomes one {@code -}; at most {@link #MAX_CODE_POINTS} code points,
 * cut at a word boundary when there is one. The id alone identifies the check; the slug only helps readers.
 */
public final class CheckSlug {

    /** Longest slug, in code points. */
    public static final int MAX_CODE_POINTS = 60;

    private CheckSlug() {
    }

    /** The slug of {@code text}; empty when it has no letter or digit. */
    public static String of(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        int count = 0;
        int lastBreak = -1;
        boolean pendingDash = false;
        boolean truncated = false;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT) {
                continue;
            }
            if (Character.isLetterOrDigit(cp) || type == Character.COMBINING_SPACING_MARK) {
                int needed = pendingDash && !slug.isEmpty() ? 2 : 1;
                if (count + needed > MAX_CODE_POINTS) {
                    truncated = true;
                    break;
                }
                if (needed == 2) {
                    lastBreak = slug.length();
                    slug.append('-');
                    count++;
                }
                pendingDash = false;
                slug.appendCodePoint(cp);
                count++;
            } else {
                pendingDash = true;
            }
        }
        if (truncated && !pendingDash && lastBreak > 0) {
            // the last word was cut: end at the word boundary before it
            slug.setLength(lastBreak);
        }
        while (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }
}
