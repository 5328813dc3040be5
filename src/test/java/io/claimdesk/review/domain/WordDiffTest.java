package io.claimdesk.review.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimdesk.review.domain.WordDiff.Op.DELETED;
import static io.claimdesk.review.domain.WordDiff.Op.INSERTED;
import static io.claimdesk.review.domain.WordDiff.Op.SAME;
import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void a_changed_word_is_deleted_and_inserted_in_place_the_rest_is_kept() {
        List<WordDiff.Piece> d = WordDiff.of("The harvest rose by 12 per cent.", "The harvest rose by 6 per cent.");
        assertThat(d).containsExactly(new WordDiff.Piece(SAME, "The harvest rose by "),
                new WordDiff.Piece(DELETED, "12"), new WordDiff.Piece(INSERTED, "6"),
                new WordDiff.Piece(SAME, " per cent."));
        assertThat(WordDiff.changed(d)).isTrue();
    }

    @Test
    void arabic_words_are_compared_whole() {
        List<WordDiff.Piece> d = WordDiff.of("ارتفع الإنتاج بنسبة 12 في المئة", "ارتفع الإنتاج بنسبة 6 في المئة فقط");
        assertThat(d).extracting(WordDiff.Piece::op).containsExactly(SAME, DELETED, INSERTED, SAME, INSERTED);
        assertThat(d.get(1).text()).isEqualTo("12");
        assertThat(d.get(4).text()).isEqualTo(" فقط");
    }

    @Test
    void equal_null_and_empty_texts() {
        assertThat(WordDiff.of("same text", "same text")).containsExactly(new WordDiff.Piece(SAME, "same text"));
        assertThat(WordDiff.of(null, null)).isEmpty();
        assertThat(WordDiff.of(null, "new")).containsExactly(new WordDiff.Piece(INSERTED, "new"));
        assertThat(WordDiff.of("old", "")).containsExactly(new WordDiff.Piece(DELETED, "old"));
        assertThat(WordDiff.changed(WordDiff.of("a b", "a b"))).isFalse();
    }
}
