package io.claimdesk.core.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.DomEvent;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.report.ui.ExportView;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import elemental.json.Json;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, "Arabic dates": the date pickers of the Arabic UI name months, weekdays and buttons in Arabic, accept
 * yyyy-MM-dd and d/M/yyyy (also with Arabic-Indic digits, through the server-side fallback parser), and keep an
 * invalid entry with a translated message naming the formats.
 */
class ArabicDatePickerUiTest extends KaribuTest {

    /** What the browser sends when the typed text is no date in the i18n formats. */
    private static void type(DatePicker picker, String text) {
        picker.getElement().setProperty("_inputElementValue", text);
        picker.getElement().setProperty("_hasInputValue", true);
        ElementUtilsKt._fireDomEvent(picker.getElement(),
                new DomEvent(picker.getElement(), "unparsable-change", Json.createObject()));
    }

    private DatePicker exportFrom(String language) {
        login("ui-date-checker", Role.CHECKER);
        UiLanguage.apply(UI.getCurrent(), language);
        UI.getCurrent().navigate(ExportView.class);
        return _get(DatePicker.class, s -> s.withId("export-from"));
    }

    @Test
    void arabic_ui_has_arabic_names_buttons_and_both_formats() {
        DatePicker.DatePickerI18n i18n = exportFrom("ar").getI18n();
        assertThat(i18n.getMonthNames()).hasSize(12);
        assertThat(i18n.getMonthNames().get(0)).isEqualTo("يناير");
        assertThat(i18n.getMonthNames().get(11)).isEqualTo("ديسمبر");
        assertThat(i18n.getWeekdays().get(0)).isEqualTo("الأحد");
        assertThat(i18n.getWeekdays().get(5)).isEqualTo("الجمعة");
        assertThat(i18n.getToday()).isEqualTo("اليوم");
        assertThat(i18n.getCancel()).isEqualTo("إلغاء");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(6);
        assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd", "d/M/yyyy");
        assertThat(i18n.getBadInputErrorMessage())
                .isEqualTo("اكتب التاريخ بالصيغة \u2068yyyy-MM-dd\u2069 أو \u2068d/M/yyyy\u2069، مثل 2026-03-05 أو 5/3/2026"
                        + " أو بالأرقام العربية مثل ٥/٣/٢٠٢٦.");
    }

    @Test
    void arabic_indic_digits_are_read_in_both_forms() {
        DatePicker from = exportFrom("ar");
        type(from, "٥/٣/٢٠٢٦");
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(from.isInvalid()).isFalse();
        type(from, "۲۰۲۶-۱۲-۳۱");
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2026, 12, 31));
        type(from, "\u200F٧/١١/٢٠٢٥\u200E");
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2025, 11, 7));
    }

    @Test
    void an_invalid_entry_stays_and_says_which_formats_are_expected() {
        DatePicker from = exportFrom("ar");
        type(from, "٣١/٢/٢٠٢٦");
        assertThat(from.getValue()).isNull();
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("اكتب التاريخ بالصيغة \u2068yyyy-MM-dd\u2069 أو \u2068d/M/yyyy\u2069، مثل 2026-03-05"
                + " أو 5/3/2026 أو بالأرقام العربية مثل ٥/٣/٢٠٢٦.");
        assertThat(from.getElement().getProperty("_inputElementValue")).isEqualTo("٣١/٢/٢٠٢٦");
    }

    @Test
    void english_ui_says_the_formats_in_english() {
        DatePicker from = exportFrom("en");
        assertThat(from.getI18n().getMonthNames().get(0)).isEqualTo("January");
        type(from, "next tuesday");
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage())
                .isEqualTo("Enter the date as \u2068yyyy-MM-dd\u2069 or \u2068d/M/yyyy\u2069, for example 2026-03-05 or 5/3/2026.");
    }

    @Test
    void parse_reads_only_real_dates() {
        assertThat(DateFields.parse("2026-3-5")).contains(LocalDate.of(2026, 3, 5));
        assertThat(DateFields.parse("05/03/2026")).contains(LocalDate.of(2026, 3, 5));
        assertThat(DateFields.parse("29/2/2025")).isEmpty();
        assertThat(DateFields.parse("")).isEmpty();
        assertThat(List.of("abc", "2026/03/05")).allSatisfy(s -> assertThat(DateFields.parse(s)).isEmpty());
    }
}
