package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BidiTextTest {

    static final String ARABIC = "أعلن 3 وزراء في 2025 أن UNICEF ستدفع \"250 مليون دولار\" عبر www.example.org/ar?id=7";

    @Test
    void the_first_strong_character_decides_and_the_language_breaks_ties() {
        assertThat(BidiText.direction(ARABIC, "en")).isEqualTo("rtl");
        assertThat(BidiText.direction("UNICEF ستدفع 250", "ar")).isEqualTo("ltr");
        assertThat(BidiText.direction("250 مليون", "en")).isEqualTo("rtl");
        assertThat(BidiText.direction("2025-10-08 (12%)", "ar")).isEqualTo("rtl");
        assertThat(BidiText.direction("2025-10-08 (12%)", "en")).isEqualTo("ltr");
        assertThat(BidiText.direction("", "ckb")).isEqualTo("rtl");
        assertThat(BidiText.direction(null, "he-IL")).isEqualTo("rtl");
        assertThat(BidiText.direction(null, null)).isEqualTo("ltr");
        assertThat(BidiText.direction("کرکوک", "en")).isEqualTo("rtl");
        assertThat(BidiText.direction("Жуков", "ar")).isEqualTo("ltr");
    }

    @Test
    void web_addresses_become_left_to_right_isolates_and_the_text_stays_the_same() {
        String html = BidiText.html(ARABIC);
        assertThat(html).isEqualTo("أعلن 3 وزراء في 2025 أن UNICEF ستدفع &quot;250 مليون دولار&quot; عبر "
                + "<span class=\"ltr\" dir=\"ltr\">www.example.org/ar?id=7</span>");
        assertThat(Jsoup.parse(html).text()).isEqualTo(ARABIC);
        // sentence punctuation after an address stays outside it; several addresses; markup is escaped
        assertThat(BidiText.html("انظر https://a.example/x?q=1&r=2، ثم www.b.example.")).isEqualTo(
                "انظر <span class=\"ltr\" dir=\"ltr\">https://a.example/x?q=1&amp;r=2</span>، ثم "
                        + "<span class=\"ltr\" dir=\"ltr\">www.b.example</span>.");
        assertThat(BidiText.html("<b>www.</b>")).isEqualTo("&lt;b&gt;www.&lt;/b&gt;");
        assertThat(BidiText.html(null)).isEmpty();
    }
}
