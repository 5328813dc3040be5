package io.claimdesk.claim.domain.search;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NamedEntitiesTest {

    @Test
    void a_name_has_one_key_in_arabic_and_latin_script() {
        String[][] same = {{"Trump", "ترامب"}, {"Netanyahu", "نتنياهو"}, {"Erdoğan", "أردوغان"}, {"Erdogan", "أردوغان"},
                {"Macron", "ماكرون"}, {"Mohammed", "محمد"}, {"Putin", "بوتين"}, {"Zelensky", "زيلينسكي"},
                {"Khalid", "خالد"}, {"Biden", "بايدن"}};
        for (String[] pair : same) {
            assertThat(NamedEntities.key(pair[1])).as(pair[0] + " / " + pair[1]).isEqualTo(NamedEntities.key(pair[0]))
                    .hasSizeGreaterThanOrEqualTo(NamedEntities.MIN_KEY);
        }
        assertThat(NamedEntities.key("Trump")).isEqualTo("trmb");
        assertThat(NamedEntities.key("Macron")).isNotEqualTo(NamedEntities.key("Meloni"));
        assertThat(NamedEntities.key("Putin")).isNotEqualTo(NamedEntities.key("بايدن"));
    }

    @Test
    void english_names_are_the_capitalised_words_that_are_not_titles_months_or_sentence_words() {
        assertThat(NamedEntities.keys("US President Donald Trump said in March that The Economy of Boston grew.", null))
                .containsExactlyInAnyOrder(NamedEntities.key("Donald"), NamedEntities.key("Trump"),
                        NamedEntities.key("Boston"));
        // a capitalised first word is a name only before another capitalised word or a reporting verb
        assertThat(NamedEntities.keys("Exports rose. Erdogan said so.", null))
                .containsExactly(NamedEntities.key("Erdogan"));
        assertThat(NamedEntities.keys("the minister said exports rose", null)).isEmpty();
    }

    @Test
    void arabic_names_are_read_after_a_reporting_verb_and_before_what_was_said() {
        Map<String, String> names = NamedEntities.names(
                "وقال الرئيس الأمريكي دونالد ترامب إن بايدن ترك اقتصادا ضعيفا", null);
        // titles and adjectives are skipped, the reported speech after إن is not read (بايدن is not the speaker)
        assertThat(names).containsOnlyKeys(NamedEntities.key("Donald"), NamedEntities.key("Trump"));
        assertThat(names.get(NamedEntities.key("Trump"))).isEqualTo("ترامب");
        // no reporting verb: no names in Arabic script
        assertThat(NamedEntities.keys("ارتفعت الأسعار في المدينة ١٢ في المئة", null)).isEmpty();
        // a title and a particle after the verb are no names
        assertThat(NamedEntities.keys("قال وزير التجارة إن الصادرات بلغت ١٢٬٥٠٠ طن", null)).isEmpty();
    }

    @Test
    void the_claimant_field_gives_names_in_either_script() {
        assertThat(NamedEntities.keys("بلغ عدد الطلاب ٢٧٣٬٥١٠", "خالد الحمادي"))
                .isEqualTo(NamedEntities.keys("Students numbered 273,510", "Khalid Al-Hammadi"))
                .contains(NamedEntities.key("Khalid"));
    }

    @Test
    void empty_short_and_non_letter_input_gives_no_names() {
        assertThat(NamedEntities.keys("", null)).isEmpty();
        assertThat(NamedEntities.keys("12,500 ١٢٬٥٠٠ %% ... \u0000", "")).isEmpty();
        assertThat(NamedEntities.keys("Al Ai Eu", "Uwe")).isEmpty(); // keys below MIN_KEY letters
        assertThat(NamedEntities.key("")).isEmpty();
        assertThat(NamedEntities.key("٢٠٢٤")).isEmpty();
    }
}
