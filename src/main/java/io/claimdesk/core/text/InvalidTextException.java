package io.claimdesk.core.text;

import io.claimdesk.core.domain.ValidationException;

import java.util.Locale;

/**
 * Text that {@link UserText} cannot accept (HTTP 422): it names the field, says why, and carries the figures a UI
 * needs to say it in its own language.
 */
public class InvalidTextException extends ValidationException {

    /** Why the text was refused. */
    public enum Reason { SURROGATE, TOO_LONG, CONTROL }

    private final String field;
    private final Reason reason;
    private final int position;
    private final int length;
    private final int max;

    private InvalidTextException(String field, Reason reason, int position, int length, int max, String message) {
        super(message);
        this.field = field;
        this.reason = reason;
        this.position = position;
        this.length = length;
        this.max = max;
    }

    static InvalidTextException surrogate(String field, char unit, int codePointPosition) {
        return new InvalidTextException(field, Reason.SURROGATE, codePointPosition, 0, 0,
                String.format(Locale.ROOT, "The field '%s' contains an unpaired surrogate (U+%04X) at character %d; "
                        + "it encodes no character. Send the text as well-formed UTF-8.", field, (int) unit,
                        codePointPosition));
    }

    /** A control character in a field that names something exactly ({@link ExactText}). */
    public static InvalidTextException control(String field, int codePoint, int codePointPosition) {
        return new InvalidTextException(field, Reason.CONTROL, codePointPosition, 0, 0,
                String.format(Locale.ROOT, "The field '%s' contains a control character (U+%04X) at character %d; "
                        + "it names something exactly, so nothing is removed from it. Send it without that "
                        + "character.", field, codePoint, codePointPosition));
    }

    static InvalidTextException tooLong(String field, int length, int max) {
        return new InvalidTextException(field, Reason.TOO_LONG, 0, length, max,
                String.format(Locale.ROOT, "The field '%s' is %,d characters long; at most %,d are allowed.", field,
                        length, max));
    }

    /** The field as the client named it. */
    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }

    /** Code-point position of the lone surrogate ({@link Reason#SURROGATE}). */
    public int position() {
        return position;
    }

    /** Length in code points ({@link Reason#TOO_LONG}). */
    public int length() {
        return length;
    }

    /** The limit in code points ({@link Reason#TOO_LONG}). */
    public int max() {
        return max;
    }
}
