package io.claimdesk.core.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: text arguments of a translated sentence are bidi-isolated (FSI ... PDI) in both languages, so their
 * direction does not drag the sentence's punctuation to the wrong side; numbers are not; {@link Translations#plain}
 * and {@link Translations#withoutIsolates} give the text without the marks.
 */
class TranslationsTest {

    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    @Test
    void an_english_title_in_an_arabic_sentence_is_isolated() {
        String arabic = Translations.text("claim.note.tagsAdded", Translations.ARABIC, "Wheat harvest");
        assertThat(arabic).isEqualTo("أُضيفت وسوم: " + FSI + "Wheat harvest" + PDI);
        assertThat(Translations.plain("claim.note.tagsAdded", Translations.ARABIC, "Wheat harvest"))
                .isEqualTo("أُضيفت وسوم: Wheat harvest");
        assertThat(Translations.withoutIsolates(arabic)).isEqualTo("أُضيفت وسوم: Wheat harvest");
    }

    @Test
    void an_arabic_name_in_an_english_sentence_is_isolated() {
        assertThat(Translations.text("claim.note.tagsAdded", Translations.ENGLISH, "زراعة"))
                .isEqualTo("Tags added: " + FSI + "زراعة" + PDI);
        assertThat(Translations.plain("claim.note.tagsAdded", Translations.ENGLISH, "زراعة"))
                .isEqualTo("Tags added: زراعة");
    }

    @Test
    void numbers_identifiers_and_texts_without_letters_are_not_isolated() {
        // a long is an identifier (no grouping), an int a count, a formatted number a text without letters
        assertThat(Translations.text("claim.note.verdictReused", Translations.ARABIC, 12345L))
                .contains("12345").doesNotContain(FSI).doesNotContain(PDI);
        assertThat(Translations.text("claim.model.retrained.swapped", Translations.ENGLISH, 7))
                .isEqualTo("Version 7 is now in use.");
        assertThat(Translations.text("claim.model.retrained.swapped", Translations.ARABIC, "1,459"))
                .isEqualTo("الإصدار 1,459 قيد الاستخدام الآن.");
        // a choice argument picks its branch, untouched
        assertThat(Translations.text("claim.note.sourceMerged.joined", Translations.ENGLISH, "https://m.example/x",
                "3", "https://a.example/x", "4", "20", "21", 1))
                .contains("took the richer excerpt from the removed link")
                .contains(FSI + "https://m.example/x" + PDI).contains("(#3)");
    }

    @Test
    void without_isolates_strips_every_isolate_mark_and_leaves_other_text_alone() {
        assertThat(Translations.withoutIsolates("a \u2066b\u2069 \u2067c\u2069 " + FSI + "d" + PDI))
                .isEqualTo("a b c d");
        String plain = "في: Wheat harvest";
        assertThat(Translations.withoutIsolates(plain)).isSameAs(plain);
        assertThat(Translations.text("claim.reader.legend", Translations.ARABIC)).doesNotContain(FSI);
    }
}
