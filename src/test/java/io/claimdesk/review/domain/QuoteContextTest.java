package io.claimdesk.review.domain;

import io.claimdesk.core.text.CodePoints;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteContextTest {

    @Test
    void the_paragraph_of_the_quote_with_its_place_in_code_points() {
        String body = "عنوان الخبر\nقال الوزير إن الإنتاج 𝟙 ارتفع بنسبة 12 في المئة.\nفقرة أخرى";
        int start = CodePoints.length("عنوان الخبر\nقال الوزير إن الإنتاج 𝟙 ");
        int end = start + CodePoints.length("ارتفع بنسبة 12 في المئة");
        QuoteContext q = QuoteContext.of(body, start, end);
        assertThat(q.text()).isEqualTo("قال الوزير إن الإنتاج 𝟙 ارتفع بنسبة 12 في المئة.");
        assertThat(CodePoints.substring(q.text(), q.start(), q.end())).isEqualTo("ارتفع بنسبة 12 في المئة");
    }

    @Test
    void a_long_paragraph_is_cut_around_the_quote() {
        String body = "a".repeat(1000) + "QUOTE" + "b".repeat(1000);
        QuoteContext q = QuoteContext.of(body, 1000, 1005);
        assertThat(q.text()).startsWith("…a").endsWith("b…");
        assertThat(CodePoints.length(q.text())).isEqualTo(2 * QuoteContext.AROUND + 5 + 2);
        assertThat(CodePoints.substring(q.text(), q.start(), q.end())).isEqualTo("QUOTE");
    }

    @Test
    void a_span_outside_the_text_is_refused() {
        assertThatThrownBy(() -> QuoteContext.of("short", 3, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuoteContext.of("short", 2, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
