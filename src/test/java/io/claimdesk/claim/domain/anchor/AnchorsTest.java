package io.claimdesk.claim.domain.anchor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnchorsTest {

    static final String ARTICLE = "🇮🇶 عاجل 😀 قال وزير النفط إن الإنتاج بلغ 4 ملايين برميل يوميا. "
            + "وأضاف أن الصادرات سترتفع العام المقبل. وقال مسؤول آخر إن الإنتاج بلغ 4 ملايين برميل يوميا أيضا.";

    @Test
    void create_takes_32_code_points_of_context_around_a_span_after_an_emoji() {
        String quote = "وأضاف أن الصادرات سترتفع العام المقبل.";
        int start = codePointIndexOf(ARTICLE, quote);
        Anchor anchor = Anchors.create(ARTICLE, start, start + quote.codePointCount(0, quote.length()));

        assertThat(anchor.quote().exact()).isEqualTo(quote);
        assertThat(anchor.quote().prefix().codePointCount(0, anchor.quote().prefix().length())).isEqualTo(32);
        assertThat(anchor.quote().prefix()).endsWith("يوميا. ");
        assertThat(anchor.quote().suffix()).startsWith(" وقال مسؤول");
        assertThat(anchor.position().start()).isEqualTo(start);
    }

    @Test
    void context_is_shorter_at_the_ends_of_the_text() {
        Anchor anchor = Anchors.create("😀 abc", 0, 1);
        assertThat(anchor.quote().exact()).isEqualTo("😀");
        assertThat(anchor.quote().prefix()).isEmpty();
        assertThat(anchor.quote().suffix()).isEqualTo(" abc");
        assertThat(anchor.position()).isEqualTo(new TextPositionSelector(0, 1));
    }

    @Test
    void empty_or_out_of_range_spans_are_refused() {
        assertThatThrownBy(() -> Anchors.create("abc", 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[1, 1)").hasMessageContaining("3 code points");
        assertThatThrownBy(() -> Anchors.create("a😀", 0, 3)).hasMessageContaining("2 code points");
    }

    @Test
    void from_quote_uses_prefix_to_choose_between_repeated_quotes() {
        String quote = "إن الإنتاج بلغ 4 ملايين برميل يوميا";
        Anchor first = Anchors.fromQuote(ARTICLE, quote, "وزير النفط ", "");
        Anchor second = Anchors.fromQuote(ARTICLE, quote, "مسؤول آخر ", " أيضا");

        assertThat(first.position().start()).isLessThan(second.position().start());
        assertThat(first.quote().exact()).isEqualTo(quote);
        assertThat(first.position().start()).isEqualTo(codePointIndexOf(ARTICLE, "إن الإنتاج"));
    }

    @Test
    void from_quote_reports_missing_and_ambiguous_quotes() {
        assertThatThrownBy(() -> Anchors.fromQuote(ARTICLE, "لا يوجد", "", ""))
                .isInstanceOf(AnchorException.class).hasMessageContaining("does not occur");
        assertThatThrownBy(() -> Anchors.fromQuote(ARTICLE, "بلغ 4 ملايين", "", ""))
                .isInstanceOf(AnchorException.class).hasMessageContaining("occurs 2 times");
        assertThatThrownBy(() -> Anchors.fromQuote(ARTICLE, "بلغ 4 ملايين", "غير موجود ", ""))
                .isInstanceOf(AnchorException.class).hasMessageContaining("never with the given prefix");
        assertThatThrownBy(() -> Anchors.fromQuote(ARTICLE, "", "", ""))
                .isInstanceOf(AnchorException.class).hasMessageContaining("empty");
    }

    static int codePointIndexOf(String text, String part) {
        int utf16 = text.indexOf(part);
        assertThat(utf16).as("fixture contains %s", part).isNotNegative();
        return text.codePointCount(0, utf16);
    }
}
