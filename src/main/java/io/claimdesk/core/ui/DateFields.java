package io.claimdesk.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that sets up every {@link DatePicker} of the UI (issue 14, "Arabic dates").
 *
 * <p>Month and weekday names come from {@code java.time} (CLDR data) for the UI locale, so the Arabic UI shows
 * Arabic names; the "today"/"cancel" buttons and the error messages come from the message bundles. Typed dates are
 * accepted as {@code yyyy-MM-dd} (also the display format, as in the grids) and {@code d/M/yyyy}; the browser
 * parses ASCII digits with these formats, and whatever it cannot parse reaches {@link #parse}, which also reads
 * Arabic-Indic (U+0660–U+0669) and Extended Arabic-Indic (U+06F0–U+06F9) digits, the Arabic date separator U+060D,
 * and ignores bidi marks (LRM, RLM, ALM) and other invisible format characters, so no one has to type them. An entry
 * that still cannot be read stays in the field, marked invalid, with the message {@code date.error.format} naming
 * the accepted formats: nothing is cleared silently.
 */
public final class DateFields {

    /** Display and primary input format (ISO 8601 calendar date). */
    public static final String ISO = "yyyy-MM-dd";
    /** Second accepted input format: day/month/year, one or two digits for day and month. */
    public static final String DAY_MONTH_YEAR = "d/M/yyyy";

    private static final List<DateTimeFormatter> PARSERS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private DateFields() {
    }

    /**
     * Localises {@code picker} for the current UI's locale (month and weekday names, buttons, formats, error
     * messages, the parser for Arabic-Indic digits) and returns it.
     */
    public static DatePicker localise(DatePicker picker) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        picker.setLocale(locale);
        String formatError = picker.getTranslation("date.error.format", ISO, DAY_MONTH_YEAR);
        picker.setI18n(i18n(locale, picker.getTranslation("date.today"), picker.getTranslation("action.cancel"),
                formatError));
        picker.setFallbackParser(text -> parse(text)
                .map(Result::ok)
                .orElseGet(() -> Result.error(formatError)));
        picker.setPlaceholder(ISO);
        return picker;
    }

    /**
     * The i18n of a date picker for {@code locale}: names from {@code java.time} for that locale (weekdays from
     * Sunday, as the date picker expects), first day of week Saturday for Arabic and Monday otherwise, formats
     * {@value #ISO} and {@value #DAY_MONTH_YEAR}, and {@code formatError} for input that is not a date.
     */
    public static DatePicker.DatePickerI18n i18n(Locale locale, String today, String cancel, String formatError) {
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek("ar".equals(locale.getLanguage()) ? 6 : 1)
                .setToday(today)
                .setCancel(cancel)
                .setDateFormats(ISO, DAY_MONTH_YEAR)
                .setBadInputErrorMessage(formatError);
    }

    /**
     * Reads a typed date in {@code yyyy-MM-dd} or {@code d/M/yyyy}, with ASCII, Arabic-Indic or Extended
     * Arabic-Indic digits; bidi marks and surrounding spaces are ignored. Empty when the text is no valid date
     * in these forms (e.g. 31/2/2026).
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = normaliseDigits(text).strip();
        for (DateTimeFormatter f : PARSERS) {
            try {
                return Optional.of(LocalDate.parse(normal, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** {@code text} with Arabic-Indic digits as ASCII digits, U+060D as '/', and format characters (Cf) removed. */
    static String normaliseDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 0x0660 && cp <= 0x0669) {
                out.append((char) ('0' + cp - 0x0660));
            } else if (cp >= 0x06F0 && cp <= 0x06F9) {
                out.append((char) ('0' + cp - 0x06F0));
            } else if (cp == 0x060D) {
                out.append('/');
            } else if (Character.getType(cp) != Character.FORMAT) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
