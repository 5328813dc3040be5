package io.claimdesk.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTextTest {

    @Test
    void nul_c0_and_c1_controls_are_removed_tab_and_line_feed_kept_cr_becomes_lf() {
        assertThat(UserText.canonical("title", "a\u0000b\u0001c\u007fd\u0085e\u009ff\tg\r\nh\ri\nj"))
                .isEqualTo("abcdef\tg\nh\ni\nj");
    }

    @Test
    void decomposed_text_becomes_nfc_and_pairs_stay() {
        assertThat(UserText.canonical("q", "Cafe\u0301 \u0627\u0653 😀")).isEqualTo("Café \u0622 😀");
    }

    @Test
    void a_lone_surrogate_is_refused_naming_the_field_and_position() {
        assertThatThrownBy(() -> UserText.canonical("statement", "ab\uD800c"))
                .isInstanceOfSatisfying(InvalidTextException.class, e -> {
                    assertThat(e.field()).isEqualTo("statement");
                    assertThat(e.reason()).isEqualTo(InvalidTextException.Reason.SURROGATE);
                    assertThat(e.position()).isEqualTo(2);
                })
                .hasMessage("The field 'statement' contains an unpaired surrogate (U+D800) at character 2; it "
                        + "encodes no character. Send the text as well-formed UTF-8.");
        assertThatThrownBy(() -> UserText.canonical("tags", "\uDC00")).isInstanceOf(InvalidTextException.class);
    }

    @Test
    void the_limit_counts_code_points_after_canonicalisation() {
        assertThat(UserText.canonical("tag", "😀".repeat(3) + "\u0000", 3)).isEqualTo("😀😀😀");
        assertThatThrownBy(() -> UserText.canonical("tag", "abcd", 3))
                .isInstanceOfSatisfying(InvalidTextException.class, e -> {
                    assertThat(e.field()).isEqualTo("tag");
                    assertThat(e.length()).isEqualTo(4);
                    assertThat(e.max()).isEqualTo(3);
                })
                .hasMessage("The field 'tag' is 4 characters long; at most 3 are allowed.");
    }

    @Test
    void canonical_text_is_unchanged() {
        String s = "قالت الوزارة إن الأسعار لن ترتفع هذا العام.\n\tUN: 📢 \u200c";
        assertThat(UserText.canonical("x", s)).isEqualTo(s);
        assertThat(UserText.canonical("x", UserText.canonical("x", "e\u0301\r\n"))).isEqualTo("é\n");
    }
}
