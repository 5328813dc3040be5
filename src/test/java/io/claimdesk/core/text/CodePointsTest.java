package io.claimdesk.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodePointsTest {

    private static final String ARABIC_WITH_EMOJI = "قال 😀 الوزير"; // emoji is two UTF-16 units

    @Test
    void emoji_counts_as_one_code_point() {
        assertThat(CodePoints.length(ARABIC_WITH_EMOJI)).isEqualTo(ARABIC_WITH_EMOJI.length() - 1);
        assertThat(CodePoints.toCodePointOffset(ARABIC_WITH_EMOJI, 6)).isEqualTo(5);
        assertThat(CodePoints.toUtf16Index(ARABIC_WITH_EMOJI, 5)).isEqualTo(6);
        assertThat(CodePoints.substring(ARABIC_WITH_EMOJI, 4, 5)).isEqualTo("😀");
        assertThat(CodePoints.substring(ARABIC_WITH_EMOJI, 6, 12)).isEqualTo("الوزير");
    }

    @Test
    void index_inside_a_surrogate_pair_is_refused() {
        assertThatThrownBy(() -> CodePoints.toCodePointOffset(ARABIC_WITH_EMOJI, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UTF-16 index 5")
                .hasMessageContaining("splits a surrogate pair")
                .hasMessageContaining(String.valueOf(ARABIC_WITH_EMOJI.length()));
    }

    @Test
    void out_of_range_offsets_name_offset_and_length() {
        assertThatThrownBy(() -> CodePoints.toUtf16Index("abc", 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code-point offset 4 is out of range for a text of 3 code points");
        assertThatThrownBy(() -> CodePoints.toUtf16Index("abc", -1))
                .hasMessageContaining("code-point offset -1");
        assertThatThrownBy(() -> CodePoints.toCodePointOffset("abc", 7))
                .hasMessage("UTF-16 index 7 is out of range for a text of 3 UTF-16 units");
        assertThatThrownBy(() -> CodePoints.substring("a😀b", 1, 4))
                .hasMessageContaining("code-point offset 4").hasMessageContaining("3 code points");
        assertThatThrownBy(() -> CodePoints.substring("abc", 2, 1))
                .hasMessageContaining("start 2 is after end 1");
    }

    @Test
    void lone_surrogates_count_as_one_code_point_each() {
        String lone = "a\uD83Db\uDE00";
        assertThat(CodePoints.length(lone)).isEqualTo(4);
        assertThat(CodePoints.toUtf16Index(lone, 2)).isEqualTo(2);
        assertThat(CodePoints.toCodePointOffset(lone, 2)).isEqualTo(2);
        assertThat(CodePoints.substring(lone, 1, 2)).isEqualTo("\uD83D");
    }

    @Test
    void end_offsets_are_accepted() {
        assertThat(CodePoints.toUtf16Index(ARABIC_WITH_EMOJI, CodePoints.length(ARABIC_WITH_EMOJI)))
                .isEqualTo(ARABIC_WITH_EMOJI.length());
        assertThat(CodePoints.substring("", 0, 0)).isEmpty();
    }
}
