package io.claimdesk.core.text;

/**
 * Conversions between Java's UTF-16 indices and Unicode code-point offsets.
 *
 * <p>Claimdesk stores every span as code-point offsets, end exclusive, as the W3C Web Annotation Data Model
 * requires for {@code TextPositionSelector} (https://www.w3.org/TR/annotation-model/#text-position-selector);
 * Java strings and the browser count UTF-16 code units. Convert at every boundary with this class.
 *
 * <p>A lone (unpaired) surrogate counts as one code point, exactly as {@link String#codePointCount} and
 * {@link String#offsetByCodePoints} treat it, so every string, well-formed or not, converts both ways without loss.
 * A UTF-16 index that falls between the high and low half of a surrogate pair is refused.
 *
 * <p>All methods throw {@link IllegalArgumentException} whose message names the offending offset and the text length
 * (in the unit concerned); none accepts or returns {@code null}.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /**
     * Length of {@code text} in code points.
     */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Code-point offset of a UTF-16 index.
     *
     * @param utf16Index 0..{@code text.length()} inclusive
     * @return the number of code points before {@code utf16Index}
     * @throws IllegalArgumentException when the index is out of range or would split a surrogate pair
     */
    public static int toCodePointOffset(String text, int utf16Index) {
        if (utf16Index < 0 || utf16Index > text.length()) {
            throw new IllegalArgumentException("UTF-16 index " + utf16Index
                    + " is out of range for a text of " + text.length() + " UTF-16 units");
        }
        if (splitsSurrogatePair(text, utf16Index)) {
            throw new IllegalArgumentException("UTF-16 index " + utf16Index
                    + " splits a surrogate pair in a text of " + text.length() + " UTF-16 units");
        }
        return text.codePointCount(0, utf16Index);
    }

    /**
     * UTF-16 index of a code-point offset.
     *
     * @param codePointOffset 0..{@link #length(String)} inclusive
     * @return the UTF-16 index where that code point starts ({@code text.length()} for the end offset)
     * @throws IllegalArgumentException when the offset is out of range
     */
    public static int toUtf16Index(String text, int codePointOffset) {
        if (codePointOffset < 0) {
            throw outOfRange(text, codePointOffset);
        }
        try {
            return text.offsetByCodePoints(0, codePointOffset);
        } catch (IndexOutOfBoundsException e) {
            throw outOfRange(text, codePointOffset);
        }
    }

    /**
     * The text between two code-point offsets.
     *
     * @param startCp first code point, inclusive
     * @param endCp   end, exclusive; {@code startCp <= endCp <= length(text)}
     * @throws IllegalArgumentException when an offset is out of range or {@code startCp > endCp}
     */
    public static String substring(String text, int startCp, int endCp) {
        if (startCp > endCp) {
            throw new IllegalArgumentException("code-point start " + startCp + " is after end " + endCp
                    + " in a text of " + length(text) + " code points");
        }
        int start = toUtf16Index(text, startCp);
        int end = text.offsetByCodePoints(start, checkedCount(text, start, endCp - startCp, endCp));
        return text.substring(start, end);
    }

    /**
     * Whether {@code utf16Index} lies between the two halves of a surrogate pair.
     */
    public static boolean splitsSurrogatePair(String text, int utf16Index) {
        return utf16Index > 0 && utf16Index < text.length()
                && Character.isHighSurrogate(text.charAt(utf16Index - 1))
                && Character.isLowSurrogate(text.charAt(utf16Index));
    }

    private static int checkedCount(String text, int fromUtf16, int count, int endCp) {
        int remaining = text.codePointCount(fromUtf16, text.length());
        if (count > remaining) {
            throw outOfRange(text, endCp);
        }
        return count;
    }

    private static IllegalArgumentException outOfRange(String text, int codePointOffset) {
        return new IllegalArgumentException("code-point offset " + codePointOffset
                + " is out of range for a text of " + length(text) + " code points");
    }
}
