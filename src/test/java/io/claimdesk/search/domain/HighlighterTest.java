package io.claimdesk.search.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    private static String marked(String normalised, String word) {
        return normalised.replace(word, Character.toString(Highlighter.START) + word
                + Character.toString(Highlighter.STOP));
    }

    @Test
    void normalisation_maps_alef_forms_yeh_teh_marbuta_and_drops_harakat_and_tatweel() {
        assertThat(SearchNormalizer.normalize("الأعرجي إلى مكّةَ آمن إسلام ٱلله مسؤول رئيس ـقال"))
                .isEqualTo("الاعرجي الي مكه امن اسلام الله مسوول رييس قال");
        assertThat(SearchNormalizer.normalize("Announced <b>")).isEqualTo("Announced <b>");
    }

    @Test
    void a_match_in_the_normalised_text_marks_the_original_word_with_its_harakat() {
        String original = "قالَ الأعرجيُّ، الخميس";
        String normalised = SearchNormalizer.normalize(original);
        List<Highlight> ranges = Highlighter.ranges(original, marked(normalised, "الاعرجي"));
        assertThat(ranges).hasSize(1);
        List<Highlighter.Piece> pieces = Highlighter.pieces(original, ranges);
        assertThat(pieces).extracting(Highlighter.Piece::text).containsExactly("قالَ ", "الأعرجيُّ", "، الخميس");
        assertThat(pieces).extracting(Highlighter.Piece::match).containsExactly(false, true, false);
    }

    @Test
    void offsets_are_code_points_also_after_emoji() {
        String original = "📢 The minister announced";
        List<Highlight> ranges = Highlighter.ranges(original, marked(original, "announced"));
        assertThat(ranges).containsExactly(new Highlight(15, 24));
    }

    @Test
    void a_headline_that_does_not_fit_the_text_gives_no_highlight() {
        assertThat(Highlighter.ranges("abc", "x" + Character.toString(Highlighter.START) + "abc"
                + Character.toString(Highlighter.STOP))).isEmpty();
        assertThat(Highlighter.ranges("abc", "abcdef")).isEmpty();
    }
}
