package io.claimdesk.search.domain;

import io.claimdesk.support.IntegrationTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQL normalisation (migration V10) and the Java one agree, so highlights map back correctly. */
class SearchSqlDbTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;

    @Test
    void persian_urdu_kurdish_letters_digits_and_joiners_fold_to_arabic() {
        assertThat(SearchNormalizer.normalize("کرکوک ی ے ە ہ ۀ ټ ۱۲ ٣ می‌خواهد"))
                .isEqualTo("كركوك ي ي ه ه ه ت 12 3 ميخواهد");
        assertThat(SearchNormalizer.normalize("أعلن"))
                .isEqualTo(SearchNormalizer.normalize("أعلن")).isEqualTo("اعلن");
    }

    @Test
    void sql_and_java_normalisation_agree() {
        for (String s : List.of("الأعرجي إلى مكّةَ آمن إسلام ٱلله مسؤول رئيس ـقال ـــ",
                "ًٌٍَُِّْٰ", "The <b>minister</b> announced 📢", "",
                "کرکوک ڪ ګ ی ے ۓ ې ۍ ێ ى ە ہ ھ ۀ ۃ ټ ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ می‌خواهد ‍‎‏؜",
                "أؤئآإ")) {
            String sql = dsl.select(FullText.normalize(DSL.val(s))).fetchSingle().value1();
            assertThat(sql).as(s).isEqualTo(SearchNormalizer.normalize(s));
        }
    }
}
