package io.claimdesk.claim.domain;

import io.claimdesk.claim.domain.segment.Segment;
import io.claimdesk.claim.domain.segment.Segmenter;
import io.claimdesk.claim.domain.CheckWorthiness.Assessment;
import io.claimdesk.claim.domain.CheckWorthiness.Reason;
import io.claimdesk.core.text.SampleArticles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckWorthinessTest {

    @Test
    void attributed_arabic_statement_with_date_and_number_scores_high() {
        Assessment a = CheckWorthiness.assess(
                "وأكدت وزيرة الصحة، الخميس، تسجيل 120 إصابة جديدة في كانون الأول.", "ar");
        assertThat(a.reasons()).contains(Reason.CLAIMANT_REPORTING_VERB, Reason.NAMED_ENTITY, Reason.DATE,
                Reason.NUMBER, Reason.QUANTITY);
        assertThat(a.score()).isEqualTo(1.0);
        assertThat(a.checkWorthy()).isTrue();
    }

    @Test
    void arabic_matching_ignores_harakat_tatweel_hamza_and_presentation_forms() {
        Assessment plain = CheckWorthiness.assess("أعلن الرئيس أن الانتخابات ستجرى في ديسمبر", "ar");
        Assessment marked = CheckWorthiness.assess("أَعْلَـــنَ الرَّئِيسُ أنّ الانتخابات ستجرى في دِيسَمْبَر", "ar");
        Assessment presentation = CheckWorthiness.assess("\uFE8D\uFEDF\uFEAE\uFE8B\uFEF4\uFEB2 إعلن إن الانتخابات ستجرى في ديسمبر", "ar");
        assertThat(marked.reasons()).isEqualTo(plain.reasons());
        assertThat(presentation.reasons()).contains(Reason.NAMED_ENTITY, Reason.CLAIMANT_REPORTING_VERB, Reason.DATE);
    }

    @Test
    void levantine_and_egyptian_month_names_and_future_prefix_are_dates_and_commitments() {
        assertThat(CheckWorthiness.assess("ستفتتح الحكومة المستشفى في تشرين الثاني المقبل", "ar").reasons())
                .contains(Reason.DATE, Reason.FUTURE_COMMITMENT);
        assertThat(CheckWorthiness.assess("سياسة الحكومة تغيرت كثيرا في الفترة الماضية", "ar").reasons())
                .doesNotContain(Reason.FUTURE_COMMITMENT, Reason.DATE);
        assertThat(CheckWorthiness.assess("مارس الوزير ضغوطا على النواب خلال الجلسة", "ar").reasons())
                .doesNotContain(Reason.DATE);
        assertThat(CheckWorthiness.assess("وصلت الشحنة في 3 مارس إلى الميناء", "ar").reasons())
                .contains(Reason.DATE);
    }

    @Test
    void questions_opinions_and_short_lines_are_penalised() {
        Assessment question = CheckWorthiness.assess("Did the minister say that 40 percent of jobs were lost?", "en");
        assertThat(question.reasons()).contains(Reason.QUESTION);
        assertThat(question.checkWorthy()).isFalse();

        Assessment opinion = CheckWorthiness.assess("أعتقد أن الحكومة يجب أن تستقيل فورا", "ar");
        assertThat(opinion.reasons()).contains(Reason.OPINION);
        assertThat(opinion.score()).isZero();

        Assessment heading = CheckWorthiness.assess("Results 2024", "en");
        assertThat(heading.reasons()).contains(Reason.TOO_SHORT);
        assertThat(heading.checkWorthy()).isFalse();
    }

    @Test
    void english_comparisons_quantities_and_entities_are_found() {
        Assessment a = CheckWorthiness.assess(
                "Exports to Asia reached $4 billion, the highest level since 2010, officials said.", "en");
        assertThat(a.reasons()).contains(Reason.NUMBER, Reason.QUANTITY, Reason.COMPARISON, Reason.DATE,
                Reason.NAMED_ENTITY, Reason.CLAIMANT_REPORTING_VERB);
        assertThat(CheckWorthiness.assess("Interest in the forest protest grew among residents of the west", "en")
                .reasons()).doesNotContain(Reason.COMPARISON);
    }

    @Test
    void score_is_clamped_to_the_unit_interval_and_empty_input_is_zero() {
        assertThat(CheckWorthiness.assess("", "ar").score()).isZero();
        assertThat(CheckWorthiness.assess("", "ar").reasons()).containsExactly(Reason.TOO_SHORT);
        Assessment all = CheckWorthiness.assess("President Lee said on Monday that exports will rise by more than "
                + "20 percent to $5 billion in 2026, the largest rise ever.", "en");
        assertThat(all.score()).isEqualTo(1.0);
    }

    @Test
    void unknown_language_uses_the_script_of_the_sentence() {
        assertThat(CheckWorthiness.assess("قال الوزير إن 300 أسرة تضررت", "und").reasons())
                .contains(Reason.CLAIMANT_REPORTING_VERB);
        assertThat(CheckWorthiness.assess("The minister said 300 families were hit", "fr").reasons())
                .contains(Reason.CLAIMANT_REPORTING_VERB);
    }

    /** The seven sentences of the real sample's first copy, labelled by hand: all seven state checkable facts. */
    @Test
    void sample_article_sentences_are_scored_against_inline_labels() {
        String body = SampleArticles.read("iraq-coalition-ar.txt");
        List<Segment> sentences = new Segmenter("ar", line -> line.equals("وكالات")).segment(body).stream()
                .filter(s -> s.kind() == Segment.Kind.SENTENCE).limit(7).toList();
        boolean[] labels = {true, true, true, true, true, true, true};

        assertThat(sentences).hasSize(7);
        List<CheckWorthinessEvaluation.Labelled> gold = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            gold.add(new CheckWorthinessEvaluation.Labelled("ar", labels[i], sentences.get(i).text()));
        }
        List<CheckWorthinessEvaluation.Figures> rows = CheckWorthinessEvaluation.evaluate(gold);
        System.out.println("Sample article (7 sentences):\n" + CheckWorthinessEvaluation.toMarkdown(rows));
        CheckWorthinessEvaluation.errors(gold).forEach(System.out::println);

        CheckWorthinessEvaluation.Figures all = rows.get(rows.size() - 1);
        assertThat(all.precision()).isEqualTo(1.0);
        assertThat(all.recall()).isGreaterThanOrEqualTo(0.7);
    }
}
