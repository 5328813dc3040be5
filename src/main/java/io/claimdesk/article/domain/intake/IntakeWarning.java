package io.claimdesk.article.domain.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something intake changed or guessed that the user should know about. The intake still succeeded.
 *
 * @param code    stable machine-readable kind
 * @param message plain English for the user, with the numbers filled in
 * @param args    the numbers and names in the message by name (insertion-ordered, unmodifiable; may be empty),
 *                so a UI can render its own translated message
 */
public record IntakeWarning(Code code, String message, Map<String, Object> args) {

    /** Kinds of warnings. */
    public enum Code {
        /** The character encoding was not declared and was detected statistically. */
        CHARSET_GUESSED,
        /** Some bytes were not valid in the encoding used and became U+FFFD. */
        DECODING_ERRORS_REPLACED,
        /** Byte order marks (U+FEFF) were removed. */
        BOM_REMOVED,
        /** CR LF, CR, NEL, VT, FF, U+2028 and U+2029 line breaks were turned into {@code \n}. */
        LINE_BREAKS_NORMALIZED,
        /** Text was changed by Unicode NFC normalisation. */
        UNICODE_NORMALIZED,
        /** C0/C1 control characters (other than tab and line feed) were removed. */
        CONTROL_CHARACTERS_REMOVED,
        /** White space at line ends was removed. */
        TRAILING_WHITESPACE_TRIMMED,
        /** Runs of blank lines were collapsed to one blank line. */
        BLANK_LINES_COLLAPSED,
        /** A block of paragraphs repeated by a scraper or editor was removed. */
        REPEATED_CONTENT_REMOVED,
        /** Page furniture (tickers, list headings, date lines, font-size and share widgets) was removed at the edges. */
        PAGE_FURNITURE_REMOVED,
        /** The language could not be determined ({@code und}). */
        LANGUAGE_UNDETERMINED
    }

    public IntakeWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** A warning without arguments. */
    public static IntakeWarning of(Code code, String message) {
        return new IntakeWarning(code, message, Map.of());
    }
}
