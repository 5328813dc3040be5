package io.claimdesk.article.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BylineDetectorTest {

    private final BylineDetector detector = new BylineDetector();

    private static final String BODY_AR = "قال مسؤولون إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.\n"
            + "وأضافوا أن الوفدين اتفقا على جدول أعمال من ثلاث نقاط.";
    private static final String BODY_EN = "Officials said talks would resume next week in the capital.\n"
            + "They added that both delegations had agreed on a three-point agenda.";

    @ParameterizedTest
    @ValueSource(strings = {"وكالات", "رويترز", "أ ف ب", "أ.ف.ب", "ا ف ب", "(أ ف ب)", "فرانس برس", "الأناضول",
        "د ب أ", "(د.ب.أ)", "(رويترز)", "رويترز، أ ف ب", "وكالات - رويترز", "المصدر: وزارة الخارجية",
        "المصدر : الجزيرة", "بقلم سارة محمود", "كتب: أحمد علي", "كتبت - ليلى حسن", "(Reuters)", "Reuters", "AFP", "AP",
        "Agencies", "Reuters/AFP", "AFP, Reuters", "- Reuters", "By Jane Doe", "By Jane Doe and John Roe, Staff Writers",
        "Reporting by Ahmed Rasheed; Editing by Jane Doe", "(Reporting by Ahmed Rasheed; Writing by John Roe)",
        "— Staff Writer", "Staff Writer", "Source: Ministry of Health", "Staff and agencies", "  (Reuters)  "})
    void credit_lines_are_recognised(String line) {
        assertThat(detector.isCreditLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reuters reported that the talks collapsed on Monday.",
        "Reuters reported that the talks collapsed", "The minister told Reuters the vote would go ahead.",
        "وقالت رويترز إن المحادثات انهارت يوم الاثنين.", "ونقلت وكالة رويترز عن مسؤول قوله إن الاتفاق وشيك",
        "By Monday, talks had collapsed", "By the end of the year, prices rose.", "AP News reported a fire", "ap", "aa",
        "كتب الرئيس رسالة إلى الوزير يطلب فيها توضيحا بشأن الموازنة الجديدة.", "Reuters, the news agency, said",
        "", "   ", "The source of the leak is unknown."})
    void ordinary_sentences_are_not_credit_lines(String line) {
        assertThat(detector.isCreditLine(line)).isFalse();
    }

    @Test
    void arabic_agency_credit_at_the_end_is_taken_out() {
        BylineExtraction result = detector.extract(BODY_AR + "\nوكالات");
        assertThat(result.byline()).isEqualTo("وكالات");
        assertThat(result.body()).isEqualTo(BODY_AR);
    }

    @Test
    void english_byline_at_top_and_agency_at_end_are_both_taken() {
        BylineExtraction result = detector.extract("By Jane Doe\n" + BODY_EN + "\n(Reuters)");
        assertThat(result.byline()).isEqualTo("By Jane Doe; Reuters");
        assertThat(result.body()).isEqualTo(BODY_EN);
    }

    @Test
    void sentence_mentioning_reuters_at_the_end_is_kept() {
        String body = BODY_EN + "\nReuters reported last month that similar talks had failed.";
        BylineExtraction result = detector.extract(body);
        assertThat(result.byline()).isNull();
        assertThat(result.body()).isEqualTo(body);
    }

    @Test
    void credit_in_the_middle_is_left_alone() {
        String body = "First paragraph of the story, long enough.\nReuters\nSecond paragraph of the story.";
        assertThat(detector.extract(body)).isEqualTo(new BylineExtraction(body, null));
    }

    @Test
    void several_trailing_credit_lines_are_joined_in_order() {
        BylineExtraction result = detector.extract(BODY_EN + "\n\nReporting by Ahmed Rasheed; Editing by Jane Doe\n(Reuters)");
        assertThat(result.byline()).isEqualTo("Reporting by Ahmed Rasheed; Editing by Jane Doe; Reuters");
        assertThat(result.body()).isEqualTo(BODY_EN);
    }

    @Test
    void body_is_never_emptied() {
        assertThat(detector.extract("Reuters")).isEqualTo(new BylineExtraction("Reuters", null));
    }
}
