package io.claimdesk.report.domain;

import org.jspecify.annotations.Nullable;

/**
 * Neutralises spreadsheet formula injection ("CSV injection") in exported cells, following the OWASP
 * "CSV Injection" guidance (owasp.org/www-community/attacks/CSV_Injection): a cell whose content begins
 * with {@code =}, {@code +}, {@code -}, {@code @}, tab (U+0009) or carriage return (U+000D) is prefixed with a
 * single quote {@code '} so that Excel, LibreOffice and Google Sheets show it as text instead of evaluating it.
 *
 * <p>"Begins with" looks past leading white space (spaces, line feeds, no-break spaces and other Unicode
 * white space), because spreadsheets trim it before deciding that a cell is a formula: {@code " =1+1"} is
 * neutralised. A leading tab or carriage return triggers the prefix itself.
 *
 * <p>Decision: every such cell is neutralised, including plain negative numbers and claim text such as
 * {@code -5%} or {@code +20 دولة}. Telling a harmless number from a formula is exactly where published
 * bypasses live ({@code -2+3}, {@code -1+cmd|' /C calc'!A0}); the cost is a visible apostrophe on numbers that
 * begin with a sign, which is acceptable in an export of claims (text, not arithmetic).
 *
 * <p>The prefix is added in front of the original value, unchanged: {@code "=HYPERLINK(..)"} becomes
 * {@code "'=HYPERLINK(..)"}; quoting for CSV syntax is the writer's job ({@link ClaimCsvWriter}).
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@\t\r";

    private CsvCells() {
    }

    /**
     * @param value a cell value; null is treated as empty
     * @return the value, prefixed with {@code '} when {@link #needsNeutralising(String)}; never null
     */
    public static String neutralise(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return needsNeutralising(value) ? "'" + value : value;
    }

    /**
     * @param value a cell value
     * @return true when the first character that is not white space (tab and carriage return count as
     *         triggers, not as white space) is one of {@code = + - @}, tab or carriage return
     */
    public static boolean needsNeutralising(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (TRIGGERS.indexOf(cp) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
