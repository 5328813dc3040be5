package io.claimdesk.claim.domain;

import io.claimdesk.core.i18n.Translations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** System notes of the history are stored in English and read back to be shown in the UI's language (issue 13). */
class HistoryNoteTest {

    @Test
    void a_stored_system_note_reads_back_into_its_kind_and_arguments_and_words_in_arabic() {
        String stored = HistoryNote.TAGS_ADDED.english("زراعة, economy, 2026");
        assertThat(stored).isEqualTo("Tags added: زراعة, economy, 2026");
        HistoryNote.Read read = HistoryNote.read(stored).orElseThrow();
        assertThat(read.note()).isEqualTo(HistoryNote.TAGS_ADDED);
        assertThat(read.arguments()).containsExactly("زراعة, economy, 2026");
        assertThat(Translations.text(read.note().key(), Translations.ARABIC, read.arguments()))
                .isEqualTo("أُضيفت وسوم: \u2068زراعة, economy, 2026\u2069");

        String reused = HistoryNote.VERDICT_REUSED.english(12345L);
        assertThat(reused).isEqualTo("Approved verdict of claim 12345 reused as a proposal; approval is still needed.");
        assertThat(HistoryNote.read(reused).orElseThrow().arguments()).containsExactly("12345");
    }

    @Test
    void a_note_a_person_wrote_is_not_taken_for_a_system_note() {
        assertThat(HistoryNote.read("Tags were added by hand")).isEmpty();
        assertThat(HistoryNote.read("Approved verdict of claim 7 reused as a proposal; and more")).isEmpty();
        assertThat(HistoryNote.read("")).isEmpty();
    }

    @Test
    void source_merge_notes_keep_their_english_wording_and_read_back_in_arabic() {
        String moved = HistoryNote.SOURCE_MERGED_MOVED.english("https://mirror.example/a", 12L,
                "https://agency.example/a", 7L);
        assertThat(moved).isEqualTo("Source https://mirror.example/a (#12) was merged into https://agency.example/a"
                + " (#7); this claim's link now points to the kept source.");
        HistoryNote.Read read = HistoryNote.read(moved).orElseThrow();
        assertThat(read.note()).isEqualTo(HistoryNote.SOURCE_MERGED_MOVED);
        assertThat(read.arguments()).containsExactly("https://mirror.example/a", "12", "https://agency.example/a", "7");
        assertThat(Translations.text(read.note().key(), Translations.ARABIC, read.arguments()))
                .startsWith("دُمج المصدر ").contains("(#12)").endsWith("يشير إلى المصدر الباقي.");

        // the wordings the merge wrote before the notes had keys, one per choice
        String prefix = "Source https://m.example/x (#1459) was merged into https://a.example/x (#3); this claim cited"
                + " both, so its two links became one (link #20 kept, link #21 removed";
        String[] took = {"; the kept link's excerpt and note were the richer ones",
                "; took the richer excerpt from the removed link", "; took the richer note from the removed link",
                "; took the richer excerpt and note from the removed link"};
        for (int choice = HistoryNote.TOOK_NOTHING; choice <= HistoryNote.TOOK_BOTH; choice++) {
            String joined = HistoryNote.SOURCE_MERGED_JOINED.english("https://m.example/x", 1459L,
                    "https://a.example/x", 3L, 20L, 21L, choice);
            assertThat(joined).isEqualTo(prefix + took[choice] + ").");
            HistoryNote.Read back = HistoryNote.read(joined).orElseThrow();
            assertThat(back.note()).isEqualTo(HistoryNote.SOURCE_MERGED_JOINED);
            String arabic = Translations.text(back.note().key(), Translations.ARABIC, back.arguments());
            assertThat(arabic).contains("#1459").contains("#20").contains("#21").doesNotContain("removed");
        }
        assertThat(Translations.text(HistoryNote.SOURCE_MERGED_JOINED.key(), Translations.ARABIC,
                HistoryNote.read(prefix + took[HistoryNote.TOOK_EXCERPT] + ").").orElseThrow().arguments()))
                .contains("أُخذ المقتطف الأغنى من الرابط المحذوف");

        String stances = HistoryNote.SOURCE_MERGED_JOINED_STANCES.english("https://m.example/x", 1459L,
                "https://a.example/x", 3L, 20L, 21L, HistoryNote.TOOK_BOTH, "REFUTES", "SUPPORTS");
        assertThat(stances).isEqualTo(prefix + took[HistoryNote.TOOK_BOTH]
                + "; the removed link's stance was REFUTES, the kept link's stance SUPPORTS stays).");
        HistoryNote.Read withStances = HistoryNote.read(stances).orElseThrow();
        assertThat(withStances.note()).isEqualTo(HistoryNote.SOURCE_MERGED_JOINED_STANCES);
        Object[] shown = withStances.note().shownArguments(withStances.arguments(),
                key -> Translations.text(key, Translations.ARABIC));
        assertThat(Translations.text(withStances.note().key(), Translations.ARABIC, shown))
                .contains("«\u2068" + Translations.text("evidence.stance.REFUTES", Translations.ARABIC) + "\u2069»")
                .contains("«\u2068" + Translations.text("evidence.stance.SUPPORTS", Translations.ARABIC) + "\u2069»")
                .doesNotContain("REFUTES").doesNotContain("SUPPORTS");
    }
}
