package io.claimdesk.core.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class CodePointsPropertiesTest {

    /** Strings mixing ASCII, Arabic, emoji and other supplementary characters, and lone surrogates. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(3),
                Arbitraries.of("😀", "👍🏽", "𝔸", "𠀋", "🇮🇶", "\u200D", "\n"),
                Arbitraries.of("\uD83D", "\uDE00"), // lone surrogates
                Arbitraries.strings().ofMaxLength(4)); // anything jqwik generates
        return piece.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Property
    void code_point_offsets_round_trip(@ForAll("texts") String text) {
        int length = CodePoints.length(text);
        for (int cp = 0; cp <= length; cp++) {
            int utf16 = CodePoints.toUtf16Index(text, cp);
            assertThat(CodePoints.splitsSurrogatePair(text, utf16)).isFalse();
            assertThat(CodePoints.toCodePointOffset(text, utf16)).isEqualTo(cp);
        }
    }

    @Property
    void utf16_indices_round_trip_unless_they_split_a_pair(@ForAll("texts") String text) {
        for (int i = 0; i <= text.length(); i++) {
            if (CodePoints.splitsSurrogatePair(text, i)) {
                continue;
            }
            assertThat(CodePoints.toUtf16Index(text, CodePoints.toCodePointOffset(text, i))).isEqualTo(i);
        }
    }

    @Property
    void substrings_concatenate_to_the_text(@ForAll("texts") String text) {
        int length = CodePoints.length(text);
        int middle = length / 2;
        String joined = CodePoints.substring(text, 0, middle) + CodePoints.substring(text, middle, length);
        assertThat(joined).isEqualTo(text);
        assertThat(CodePoints.length(CodePoints.substring(text, middle, length))).isEqualTo(length - middle);
    }
}
