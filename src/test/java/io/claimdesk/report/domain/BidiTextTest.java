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
    void web_addresses_and_runs_of_the_other_direction_become_isolates_and_the_text_stays_the_same() {
        String html = BidiText.html(ARABIC, "rtl");
        assertThat(html).isEqualTo("أعلن 3 وزراء في 2025 أن <span dir=\"ltr\">UNICEF</span> ستدفع &quot;250 مليون "
                + "دولار&quot; عبر <span class=\"ltr\" dir=\"ltr\">www.example.org/ar?id=7</span>");
        assertThat(Jsoup.parse(html).text()).isEqualTo(ARABIC);
        assertThat(BidiText.html(ARABIC)).isEqualTo(html);

        // the reverse: an Arabic phrase in English text is isolated, so "(12%)" after it stays Latin digits
        String english = MixedDirectionReportDbTest.ENGLISH;
        assertThat(BidiText.html(english, "ltr")).isEqualTo("The minister said UNICEF will pay &quot;250 "
                + "<span dir=\"rtl\">مليون دولار</span>&quot; (12%) via "
                + "<span class=\"ltr\" dir=\"ltr\">www.example.org/en?id=7</span>");
        assertThat(Jsoup.parse(BidiText.html(english, "ltr")).text()).isEqualTo(english);
        // digits and spaces between two words of the other direction belong to its run
        assertThat(BidiText.html("He said قال 3 وزراء today.", "ltr"))
                .isEqualTo("He said <span dir=\"rtl\">قال 3 وزراء</span> today.");

        // in Arabic, digits after a Latin word go with it, as the plain algorithm orders them; a percentage is
        // a left-to-right isolate of its own (the PDF renderer would draw "3%" as "%3")
        assertThat(BidiText.html("تظهر النشرة (FAO, 2024) أن الإنتاج ارتفع 3% فقط، و FAO 12% لا، و12.5% و2025.", "rtl"))
                .isEqualTo("تظهر النشرة (<span dir=\"ltr\">FAO, 2024</span>) أن الإنتاج ارتفع <span dir=\"ltr\">3%</span> "
                        + "فقط، و <span dir=\"ltr\">FAO 12%</span> لا، و<span dir=\"ltr\">12.5%</span> و2025.");

        // sentence punctuation after an address stays outside it; several addresses; markup is escaped
        assertThat(BidiText.html("انظر https://a.example/x?q=1&r=2، ثم www.b.example.", "rtl")).isEqualTo(
                "انظر <span class=\"ltr\" dir=\"ltr\">https://a.example/x?q=1&amp;r=2</span>، ثم "
                        + "<span class=\"ltr\" dir=\"ltr\">www.b.example</span>.");
        assertThat(BidiText.html("<b>www.</b>", "ltr")).isEqualTo("&lt;b&gt;www.&lt;/b&gt;");
        assertThat(BidiText.html(null)).isEmpty();
    }
}
