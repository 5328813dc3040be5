package io.claimdesk.notification.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTest {

    @Test
    void mentions_are_user_names_after_an_at_sign() {
        assertThat(Mentions.usernames("@Anna please look, and @omar.k too.")).containsExactly("anna", "omar.k");
    }

    @Test
    void an_email_address_is_no_mention() {
        assertThat(Mentions.usernames("write to anna@example.org")).isEmpty();
    }

    @Test
    void mentions_in_arabic_text_count_and_repeat_once() {
        assertThat(Mentions.usernames("يا @sara راجعي المصدر، @sara")).containsExactly("sara");
    }

    @Test
    void sentence_punctuation_after_a_name_is_not_part_of_it() {
        assertThat(Mentions.usernames("thanks @lina-")).containsExactly("lina");
        assertThat(Mentions.usernames("@x alone")).isEmpty();
    }
}
