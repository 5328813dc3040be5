package io.claimdesk.article.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RepeatedBlockCollapserTest {

    private final RepeatedBlockCollapser collapser = new RepeatedBlockCollapser();

    private static final String P1 = "The regional council approved the new budget on Thursday after a long debate.";
    private static final String P2 = "Opposition members said the spending plan ignores rural schools and clinics.";
    private static final String P3 = "The budget takes effect in January, the council's spokesperson said.";

    @Test
    void repeated_block_is_collapsed_once_and_the_credit_between_copies_stays() {
        String fixture = new TextCanonicalizer().canonicalize(Fixtures.resource("basra-water-ar.txt")).text();
        CollapsedText result = collapser.collapse(fixture);
        List<String> paragraphs = result.text().lines().toList();
        assertThat(paragraphs).hasSize(7);
        assertThat(paragraphs.get(0)).isEqualTo("تشغيل محطة لتحلية المياه في البصرة");
        assertThat(paragraphs.get(6)).isEqualTo("وكالات");
        assertThat(result.paragraphsRemoved()).isEqualTo(5);
        assertThat(result.text().split("أعلنت وزارة الموارد المائية", -1)).hasSize(2);
    }

    @Test
    void removed_size_is_counted_in_code_points_and_reported() {
        String text = String.join("\n", P1, P2, "Agencies", P1, P2);
        CollapsedText result = collapser.collapse(text);
        assertThat(result.text()).isEqualTo(String.join("\n", P1, P2, "Agencies"));
        assertThat(result.paragraphsRemoved()).isEqualTo(2);
        assertThat(result.codePointsRemoved()).isEqualTo(P1.length() + P2.length());
        IntakeWarning warning = result.warning().orElseThrow();
        assertThat(warning.code()).isEqualTo(IntakeWarning.Code.REPEATED_CONTENT_REMOVED);
        assertThat(warning.message())
                .isEqualTo("Removed 2 repeated paragraphs (153 characters): lines 4-5 repeated lines 1-2");
        assertThat(warning.args()).containsEntry("paragraphs", 2).containsEntry("characters", 153)
                .containsEntry("lines", "4-5=1-2");
        assertThat(result.removals()).containsExactly(new CollapsedText.Removal(
                CollapsedText.Kind.WHOLE_BODY_REPEATED, 4, 5, 1, 2, 2, 153));
    }

    @Test
    void non_bmp_characters_count_as_one_code_point() {
        String p = "Emoji 😀 in a paragraph long enough to be substantial for collapsing.";
        CollapsedText result = collapser.collapse(p + "\n" + p);
        assertThat(result.codePointsRemoved()).isEqualTo(p.codePointCount(0, p.length()));
    }

    @Test
    void thousands_are_grouped_in_the_message() {
        String longParagraph = "word ".repeat(300).strip();
        CollapsedText result = collapser.collapse(longParagraph + "\n" + longParagraph);
        assertThat(result.warning().orElseThrow().message()).isEqualTo("Removed 1 repeated paragraph (1,499 characters): lines 2 repeated lines 1");
    }

    @Test
    void copies_that_differ_only_in_white_space_or_normalisation_are_collapsed() {
        String decomposed = "Cafe\u0301 owners   said the new rules\tcame without any warning.";
        String composed = "Caf\u00E9 owners said the new rules came without any warning.";
        CollapsedText result = collapser.collapse(composed + "\n\n" + decomposed + "\n\n" + P2);
        assertThat(result.text()).isEqualTo(composed + "\n\n" + P2);
        assertThat(result.paragraphsRemoved()).isEqualTo(1);
    }

    @Test
    void short_line_repeated_on_its_own_is_kept() {
        String text = String.join("\n", "Advertisement", P1, "Advertisement", P2, "Q:", P3, "Q:");
        CollapsedText result = collapser.collapse(text);
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.warning()).isEmpty();
    }

    @Test
    void short_line_inside_a_repeated_run_goes_with_it() {
        String text = String.join("\n", "Background", P1, P2, "Background", P1, P2, P3);
        CollapsedText result = collapser.collapse(text);
        assertThat(result.text()).isEqualTo(String.join("\n", "Background", P1, P2, P3));
        assertThat(result.paragraphsRemoved()).isEqualTo(3);
    }

    /** Issue 14: a paragraph that recurs later in the article is the author's, not the scraper's. */
    @Test
    void a_paragraph_that_recurs_after_another_one_is_kept() {
        String p = "قالت الوزارة إن الأسعار لن ترتفع هذا العام.";
        String q = "وأضاف المتحدث أن الحكومة ستراقب الأسواق في كل المحافظات خلال الأشهر المقبلة.";
        String text = p + "\n\n" + q + "\n\n" + p;
        CollapsedText result = collapser.collapse(text);
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.paragraphsRemoved()).isZero();
        assertThat(result.warning()).isEmpty();
    }

    @Test
    void a_body_printed_three_times_keeps_one_copy_and_lists_each_removal() {
        String text = String.join("\n", P1, P2, "Reuters", P1, P2, "", P1, P2);
        CollapsedText result = collapser.collapse(text);
        assertThat(result.text()).isEqualTo(String.join("\n", P1, P2, "Reuters"));
        assertThat(result.removals()).extracting(CollapsedText.Removal::fromLine, CollapsedText.Removal::toLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 5), org.assertj.core.groups.Tuple.tuple(7, 8));
        assertThat(result.lines()).isEqualTo("4-5=1-2; 7-8=1-2");
    }

    @Test
    void an_adjacent_duplicate_block_goes_and_a_later_recurrence_stays() {
        String text = String.join("\n", P1, P2, P1, P2, P3, P1);
        CollapsedText result = collapser.collapse(text);
        assertThat(result.text()).isEqualTo(String.join("\n", P1, P2, P3, P1));
        assertThat(result.removals()).containsExactly(new CollapsedText.Removal(
                CollapsedText.Kind.ADJACENT_DUPLICATE, 3, 4, 1, 2, 2, P1.length() + P2.length()));
    }

    @Test
    void text_without_repeats_is_unchanged() {
        String text = P1 + "\n\n" + P2 + "\n\n" + P3;
        assertThat(collapser.collapse(text)).isEqualTo(new CollapsedText(text, 0, 0));
    }

    @Property
    void every_distinct_paragraph_survives_and_nothing_is_added(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 4) Integer> picks) {
        List<String> pool = List.of(P1, P2, P3, "Reuters", "Short line");
        List<String> paragraphs = picks.stream().map(pool::get).toList();
        String text = String.join("\n", paragraphs);
        CollapsedText result = collapser.collapse(text);
        Set<String> before = paragraphs.stream().collect(Collectors.toSet());
        List<String> after = result.text().isEmpty() ? List.of() : result.text().lines().toList();
        assertThat(Set.copyOf(after)).isEqualTo(before);
        assertThat(after.size()).isEqualTo(paragraphs.size() - result.paragraphsRemoved());
    }
}
