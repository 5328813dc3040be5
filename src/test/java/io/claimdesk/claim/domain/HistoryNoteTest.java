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
                .isEqualTo("أُضيفت وسوم: زراعة, economy, 2026");

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
}
