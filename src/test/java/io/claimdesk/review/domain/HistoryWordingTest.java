package io.claimdesk.review.domain;

import io.claimdesk.claim.domain.ClaimEventKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of history event has its wording in both languages (review words the history, issue 13). */
class HistoryWordingTest {

    @Test
    void every_event_kind_is_worded_in_english_and_arabic() throws IOException {
        for (String bundle : new String[]{"/i18n/review.properties", "/i18n/review_ar.properties"}) {
            Properties p = new Properties();
            try (var in = new InputStreamReader(getClass().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (ClaimEventKind kind : ClaimEventKind.values()) {
                assertThat(p.getProperty("review.kind." + kind.wireName())).as(bundle + " " + kind).isNotBlank();
            }
        }
    }

    @Test
    void kinds_map_to_and_from_their_stored_names() {
        for (ClaimEventKind kind : ClaimEventKind.values()) {
            assertThat(ClaimEventKind.fromWire(kind.wireName())).contains(kind);
        }
        assertThat(ClaimEventKind.STATUS_CHANGED.wireName()).isEqualTo("status.changed");
        assertThat(ClaimEventKind.fromWire("no.such")).isEmpty();
    }
}
