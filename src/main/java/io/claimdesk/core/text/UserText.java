package io.claimdesk.core.text;

import com.ibm.icu.text.Normalizer2;
import org.jspecify.annotations.Nullable;

/**
 * The one canonicaliser every string a person or a client sends passes on its way in: JSON fields (see
 * {@code core.api.UserTextModule}), query and form parameters and multipart fields ({@code core.api.UserTextFilter}),
 * file names of uploads, the import form of the UI and command-line arguments.
 *
 * <p>Rules (design doc, "Text handling"), in order:
 * <ol>
 *   <li>A lone (unpaired) UTF-16 surrogate is refused with {@link InvalidTextException} naming the field: it encodes
 *       no character, so there is nothing to keep (Unicode Standard §3.9, D91 well-formed UTF-16).</li>
 *   <li>CR LF and a lone CR become LF.</li>
 *   <li>Every other C0 control (U+0000..U+001F except TAB and LF), DEL (U+007F) and every C1 control
 *       (U+0080..U+009F) is removed. PostgreSQL cannot store U+0000 in a text column at all.</li>
 *   <li>Unicode NFC (UAX #15) with ICU's {@link Normalizer2#getNFCInstance()}.</li>
 *   <li>The result has at most {@code maxCodePoints} code points, otherwise {@link InvalidTextException}.</li>
 * </ol>
 * White space is not trimmed here (the features decide what blank means). The function is idempotent.
 */
public final class UserText {

    /** Limit for a field that names none: room for an excerpt or a comment, far below an article body. */
    public static final int DEFAULT_MAX_CODE_POINTS = 10_000;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private UserText() {
    }

    /**
     * Canonical form of {@code value}.
     *
     * @param field         the field's name as the client sent it, for the error
     * @param maxCodePoints most code points allowed after canonicalisation
     * @throws InvalidTextException on a lone surrogate or when the text is longer than {@code maxCodePoints}
     */
    public static String canonical(String field, String value, int maxCodePoints) {
        String cleaned = value;
        if (!isPlain(value)) {
            StringBuilder sb = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    sb.append(c).append(value.charAt(++i));
                } else if (Character.isSurrogate(c)) {
                    throw InvalidTextException.surrogate(field, c, value.codePointCount(0, i));
                } else if (c == '\r') {
                    sb.append('\n');
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else if (!isControl(c)) {
                    sb.append(c);
                }
            }
            cleaned = sb.toString();
        }
        String normalized = NFC.isNormalized(cleaned) ? cleaned : NFC.normalize(cleaned);
        int length = normalized.codePointCount(0, normalized.length());
        if (length > maxCodePoints) {
            throw InvalidTextException.tooLong(field, length, maxCodePoints);
        }
        return normalized;
    }

    /** {@link #canonical(String, String, int)} with the {@link #DEFAULT_MAX_CODE_POINTS default limit}. */
    public static String canonical(String field, String value) {
        return canonical(field, value, DEFAULT_MAX_CODE_POINTS);
    }

    /** {@link #canonical(String, String, int)} that passes {@code null} through. */
    public static @Nullable String nullable(String field, @Nullable String value, int maxCodePoints) {
        return value == null ? null : canonical(field, value, maxCodePoints);
    }

    /** Whether {@code c} is removed: C0 except TAB and LF (CR is turned into LF before), DEL, C1. */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    /** True when no character needs the slow path (no control, CR or surrogate). */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
                if (c != '\t' && c != '\n') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Refuses a control character (Unicode general category Cc: C0, DEL, C1; TAB and line breaks included) in a
     * field that names something exactly ({@link ExactText}); then canonicalises as {@link #canonical}.
     *
     * @throws InvalidTextException naming the field ({@link InvalidTextException.Reason#CONTROL}), or as
     *                              {@link #canonical}
     */
    public static String exact(String field, String value, int maxCodePoints) {
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (Character.getType(cp) == Character.CONTROL) {
                throw InvalidTextException.control(field, cp, position);
            }
            i += Character.charCount(cp);
            position++;
        }
        return canonical(field, value, maxCodePoints);
    }
}
