package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

class ArabicShaperTest {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private static String hex(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(b.isEmpty() ? "" : " ").append(String.format("%04X", cp)));
        return b.toString();
    }

    @Test
    void kurdish_and_persian_letters_join_like_arabic_ones() {
        // keheh initial, reh final, keheh initial, waw final, keheh isolated (ICU leaves every keheh isolated)
        assertThat(hex(ArabicShaper.shape("کرکوک"))).isEqualTo("FB90 FEAE FB90 FEEE FB8E");
        // peh initial, Farsi yeh medial, sheen medial, meem final; the Kurdish ae has no presentation forms in
        // Unicode, so it stays unjoined and so do its neighbours: ae, reh isolated, gaf isolated, ae
        assertThat(hex(ArabicShaper.shape("پیشمەرگە"))).isEqualTo("FB58 FBFF FEB8 FEE2 06D5 FEAD FB92 06D5");
    }

    @Test
    void arabic_text_is_shaped_as_icu_shapes_it() throws Exception {
        String text = "أعلن 3 وزراء في 2025 أن UNICEF ستدفع \"250 مليون دولار\" لا سلام، والإعلان مشكل ـمـ";
        String icu = new ArabicShaping(ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LETTERS_SHAPE
                | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        assertThat(hex(ArabicShaper.shape(text))).isEqualTo(hex(icu));
    }

    @Test
    void letters_join_across_harakat_which_stay_combining_marks() {
        // sheen medial, kaf medial between damma, fatha and shadda; lam final
        assertThat(hex(ArabicShaper.shape("مُشكَّل"))).isEqualTo("FEE3 064F FEB8 FEDC 064E 0651 FEDE");
    }

    @Test
    void shaped_text_normalises_back_and_deshapes_back() {
        String text = "قال شاهد من کرکوک: لا، ستدفع گروه پژوهشی ۱۲٪ — Жуков 中国 🙂 ‍ي‍";
        assertThat(NFKC.normalize(ArabicShaper.shape(text))).isEqualTo(NFKC.normalize(text));
        assertThat(ArabicShaper.deshape(ArabicShaper.shape(text))).isEqualTo(text);
    }
}
