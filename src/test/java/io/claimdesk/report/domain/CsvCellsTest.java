package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", " =1+1", "\t@x", "-2+3", "+20 دولة", "@SUM(A1)", "\r=1",
            "\n=1", "\u00a0=1", "-5%", "\t", "  -", "=cmd|' /C calc'!A0"})
    void formula_like_cells_get_a_leading_apostrophe(String value) {
        assertThat(CsvCells.needsNeutralising(value)).isTrue();
        assertThat(CsvCells.neutralise(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "60 دولة", "أعلن الرئيس", "a=b", "5-3", "'=already", "x@y.com", "1,5", "\"=\""})
    void ordinary_cells_are_left_alone(String value) {
        assertThat(CsvCells.needsNeutralising(value)).isFalse();
        assertThat(CsvCells.neutralise(value)).isEqualTo(value);
    }

    @Property
    void a_neutralised_cell_never_starts_a_formula(@ForAll String value) {
        String safe = CsvCells.neutralise(value);
        assertThat(CsvCells.needsNeutralising(safe)).isFalse();
        assertThat(safe).endsWith(value);
    }

    @org.junit.jupiter.api.Test
    void null_is_an_empty_cell() {
        assertThat(CsvCells.neutralise(null)).isEmpty();
    }
}
