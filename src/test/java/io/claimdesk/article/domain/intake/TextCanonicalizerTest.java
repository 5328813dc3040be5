package io.claimdesk.article.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextCanonicalizerTest {

    private final TextCanonicalizer canonicalizer = new TextCanonicalizer();

    @Test
    void all_line_break_kinds_become_line_feeds() {
        CanonicalText c = canonicalizer.canonicalize("a\r\nb\rc\u2028d\u2029e\u0085f\u000Bg\u000Ch");
        assertThat(c.text()).isEqualTo("a\nb\nc\nd\ne\nf\ng\nh");
        assertThat(c.lineBreaksNormalized()).isEqualTo(7);
    }

    @Test
    void text_is_normalised_to_nfc() {
        CanonicalText c = canonicalizer.canonicalize("Cafe\u0301 \u0627\u0654\u062D\u0645\u062F");
        assertThat(c.text()).isEqualTo("Caf\u00E9 \u0623\u062D\u0645\u062F");
        assertThat(c.nfcSegmentsChanged()).isEqualTo(2);
    }

    @Test
    void bom_and_controls_are_removed_but_tab_zwj_zwnj_and_bidi_marks_kept() {
        String input = "\uFEFFa\u0000b\u0007c\u001Bd\u007Fe\u0080f\u009Fg\th\u200Di\u200Cj\u200Fk";
        CanonicalText c = canonicalizer.canonicalize(input);
        assertThat(c.text()).isEqualTo("abcdefg\th\u200Di\u200Cj\u200Fk");
        assertThat(c.bomsRemoved()).isEqualTo(1);
        assertThat(c.controlsRemoved()).isEqualTo(6);
    }

    @Test
    void trailing_spaces_are_trimmed_and_blank_line_runs_collapsed() {
        CanonicalText c = canonicalizer.canonicalize("  \n\nfirst  \t\n\n\n\n second\u00A0\n \n\n\nthird\n\n");
        assertThat(c.text()).isEqualTo("first\n\n second\n\nthird");
        assertThat(c.linesTrimmed()).isEqualTo(4);
        assertThat(c.blankRunsCollapsed()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void single_blank_line_between_paragraphs_is_kept() {
        assertThat(canonicalizer.canonicalize("one\n\ntwo").text()).isEqualTo("one\n\ntwo");
    }

    @Test
    void changes_are_reported_as_counted_warnings() {
        CanonicalText c = canonicalizer.canonicalize("\uFEFFone\r\ntwo\r\nthree  ");
        assertThat(c.warnings()).extracting(IntakeWarning::code).containsExactly(
                IntakeWarning.Code.BOM_REMOVED, IntakeWarning.Code.LINE_BREAKS_NORMALIZED,
                IntakeWarning.Code.TRAILING_WHITESPACE_TRIMMED);
        assertThat(c.warnings().get(1).message()).isEqualTo("2 line breaks were converted to \\n.");
        assertThat(c.warnings().get(1).args()).containsEntry("count", 2);
    }

    @Test
    void canonical_text_gives_no_warnings() {
        assertThat(canonicalizer.canonicalize("سطر أول\n\nسطر ثان").warnings()).isEmpty();
    }

    @Property
    void canonicalizing_is_idempotent(@ForAll @StringLength(max = 60)
            @Chars({'a', 'é', 'ا', 'ٔ', '\u0301', ' ', '\t', '\n', '\r', '\u2028', '\u0000', '\u0085', '\uFEFF',
                    '\u200D', '\u00A0', '\u001B', '\u0654'}) String input) {
        String once = canonicalizer.canonicalize(input).text();
        CanonicalText twice = canonicalizer.canonicalize(once);
        assertThat(twice.text()).isEqualTo(once);
        assertThat(twice.warnings()).isEmpty();
    }

    @Property
    void canonical_text_has_no_forbidden_characters(@ForAll @StringLength(max = 80)
            @CharRange(from = '\u0000', to = '\u00FF') @CharRange(from = '\u2000', to = '\u2030')
            @CharRange(from = '\uFEFF', to = '\uFEFF') String input) {
        String text = canonicalizer.canonicalize(input).text();
        assertThat(text).doesNotContain("\r", "\uFEFF", "\u2028", "\u2029", " \n", "\n\n\n");
        assertThat(text.chars().filter(ch -> (ch < 0x20 && ch != '\n' && ch != '\t') || (ch >= 0x7F && ch <= 0x9F)))
                .isEmpty();
        assertThat(text).isEqualTo(text.strip());
        assertThat(com.ibm.icu.text.Normalizer2.getNFCInstance().isNormalized(text)).isTrue();
    }
}
