package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckSlugTest {

    @Test
    void keeps_letters_and_digits_of_every_script_and_joins_words_with_dashes() {
        assertThat(CheckSlug.of("Wheat output rose 12% this year!")).isEqualTo("wheat-output-rose-12-this-year");
        assertThat(CheckSlug.of("ارتفع إنتاج القمح 12 في المئة")).isEqualTo("ارتفع-إنتاج-القمح-12-في-المئة");
        // harakat (combining marks) go, NFKC folds the ligature and full-width digits
        assertThat(CheckSlug.of("حُدِّثَ ﬁle ２０２５")).isEqualTo("حدث-file-2025");
        assertThat(CheckSlug.of("Жуков сказал: «中国»")).isEqualTo("жуков-сказал-中国");
        assertThat(CheckSlug.of("  —  ")).isEmpty();
    }

    @Test
    void is_at_most_60_code_points_cut_at_a_word_boundary() {
        String words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu";
        String slug = CheckSlug.of(words);
        assertThat(slug).isEqualTo("alpha-beta-gamma-delta-epsilon-zeta-eta-theta-iota-kappa");
        assertThat(slug.codePointCount(0, slug.length())).isLessThanOrEqualTo(CheckSlug.MAX_CODE_POINTS);
        // one long word is cut inside it
        assertThat(CheckSlug.of("x".repeat(80))).hasSize(60);
        // exactly 60 letters are kept whole
        assertThat(CheckSlug.of("ab ".repeat(20))).isEqualTo(("ab-".repeat(20)).substring(0, 59));
    }
}
