package io.claimdesk.article.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private static final List<String> FORBIDDEN = List.of("<", ">", "javascript:", "alert", "onerror", "script",
            "color: red", "noscript", "subscribe", "Subscribe", "aside", "footer", "menu", "masthead", "ads.example");

    private final HtmlExtractor extractor = new HtmlExtractor();
    private final ArticleIntake intake = new ArticleIntake();
    private final String html = Fixtures.resource("wire-story.html");

    @Test
    void main_text_and_metadata_are_extracted() {
        ExtractedArticle a = extractor.extract(html, "https://news.example.org/2026/05/harbour-bridge");
        assertThat(a.text()).isEqualTo("""
                Harbour bridge reopens after repairs
                The harbour bridge reopened to traffic on Monday after six weeks of repairs, the city said.
                Engineers replaced forty steel cables and resurfaced the deck.
                Drivers should expect delays, said the transport office.""");
        assertThat(a.title()).isEqualTo("Harbour bridge reopens after repairs");
        assertThat(a.author()).isEqualTo("Sam Rivera");
        assertThat(a.publisher()).isEqualTo("Coastal Times");
        assertThat(a.description()).isEqualTo("The bridge was closed for six weeks.");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-05-04T06:30:00Z"));
        assertThat(a.canonicalUrl()).isEqualTo("https://news.example.org/2026/05/harbour-bridge");
        assertThat(a.url()).isEqualTo("https://news.example.org/2026/05/harbour-bridge?utm_source=x");
    }

    @Test
    void no_markup_or_script_survives_in_any_returned_field() {
        IntakeResult result = intake.fromDocument(
                new RawDocument(html.getBytes(StandardCharsets.UTF_8), "story.html", "text/html"),
                IntakeOptions.defaults());
        List<String> fields = new ArrayList<>(Arrays.asList(result.title(), result.body(), result.byline(),
                result.url(), result.canonicalUrl(), result.publisher(), result.description(), result.language(),
                result.direction(), result.charset(), result.contentHash()));
        result.warnings().forEach(w -> fields.add(w.message()));
        assertThat(fields).allSatisfy(field -> {
            if (field != null) {
                assertThat(field).doesNotContain(FORBIDDEN);
            }
        });
        assertThat(result.body()).contains("Engineers replaced forty steel cables");
        assertThat(result.byline()).isEqualTo("Sam Rivera");
        assertThat(result.language()).isEqualTo("en");
        assertThat(result.charset()).isEqualTo("UTF-8");
    }

    @Test
    void hostile_metadata_values_become_plain_text_or_are_dropped() {
        String hostile = """
                <html><head>
                <meta property="og:title" content="<script>alert(1)</script>Real &lt;b&gt;title&lt;/b&gt;">
                <meta name="author" content="<img src=x onerror=alert(2)>Jane">
                <link rel="canonical" href="javascript:alert(3)">
                <meta property="og:url" content="data:text/html,hi">
                </head><body><p>Body text that is long enough to be the article.</p></body></html>""";
        ExtractedArticle a = extractor.extract(hostile, null);
        assertThat(a.title()).isEqualTo("Real title");
        assertThat(a.author()).isEqualTo("Jane");
        assertThat(a.canonicalUrl()).isNull();
        assertThat(a.url()).isNull();
    }

    @Test
    void densest_paragraph_block_is_used_without_article_element() {
        String page = """
                <html><body>
                <div class="sidebar"><p>Short teaser.</p></div>
                <div class="content">
                  <p>First paragraph of the story with plenty of words in it.</p>
                  <p>Second paragraph<br>with a line break inside.</p>
                </div>
                <div class="links"><p>More links</p></div>
                <p hidden>Hidden paragraph</p><div style="color: blue; display: none">Invisible block</div>
                </body></html>""";
        assertThat(extractor.extract(page, null).text()).doesNotContain("Hidden", "Invisible").isEqualTo("""
                First paragraph of the story with plenty of words in it.
                Second paragraph
                with a line break inside.""");
    }

    @Test
    void title_falls_back_to_title_element_then_h1_and_drops_publisher_suffix() {
        assertThat(extractor.extract("<html><head><title>Bridge reopens | Coastal Times</title>"
                + "<meta property=\"og:site_name\" content=\"Coastal Times\"></head><body><p>x</p></body></html>", null)
                .title()).isEqualTo("Bridge reopens");
        assertThat(extractor.extract("<html><body><h1>Only a heading</h1><p>x</p></body></html>", null).title())
                .isEqualTo("Only a heading");
    }

    @Test
    void time_element_and_relative_canonical_link_are_read() {
        ExtractedArticle a = extractor.extract("<html><head><link rel=canonical href=\"/a/1\"></head><body><article>"
                + "<time datetime=\"2026-03-01\">1 March</time><p>Text.</p><a rel=author href=\"/u/9\">Lina Haddad</a>"
                + "</article></body></html>", "https://example.org/news/");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(a.canonicalUrl()).isEqualTo("https://example.org/a/1");
        assertThat(a.author()).isEqualTo("Lina Haddad");
    }

    @Test
    void dates_in_common_metadata_forms_are_parsed_to_utc() {
        assertThat(HtmlExtractor.parseInstant("2026-05-04T09:30:00+0300")).isEqualTo(Instant.parse("2026-05-04T06:30:00Z"));
        assertThat(HtmlExtractor.parseInstant("2026-05-04T09:30:00Z")).isEqualTo(Instant.parse("2026-05-04T09:30:00Z"));
        assertThat(HtmlExtractor.parseInstant("2026-05-04 09:30:00")).isEqualTo(Instant.parse("2026-05-04T09:30:00Z"));
        assertThat(HtmlExtractor.parseInstant("Mon, 4 May 2026 09:30:00 GMT")).isEqualTo(Instant.parse("2026-05-04T09:30:00Z"));
        assertThat(HtmlExtractor.parseInstant("yesterday")).isNull();
    }

    @Test
    void meta_charset_is_respected_when_decoding_bytes() {
        String arabicPage = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "<title>خبر</title></head><body><article><p>قال المتحدث إن المحطة ستعمل قريبا.</p></article></body></html>";
        byte[] bytes = arabicPage.getBytes(Charset.forName("windows-1256"));
        assertThat(HtmlExtractor.declaredCharset(bytes)).isEqualTo(Charset.forName("windows-1256"));
        IntakeResult result = intake.fromDocument(new RawDocument(bytes, "page.htm", null), IntakeOptions.defaults());
        assertThat(result.body()).isEqualTo("قال المتحدث إن المحطة ستعمل قريبا.");
        assertThat(result.charset()).isEqualTo("windows-1256");
        assertThat(result.direction()).isEqualTo("rtl");
        assertThat(result.hasWarning(IntakeWarning.Code.CHARSET_GUESSED)).isFalse();
    }

    @Test
    void latin1_label_means_windows_1252() {
        byte[] bytes = "<meta charset=ISO-8859-1><p>x</p>".getBytes(StandardCharsets.US_ASCII);
        assertThat(HtmlExtractor.declaredCharset(bytes)).isEqualTo(Charset.forName("windows-1252"));
        assertThat(HtmlExtractor.declaredCharset("<p>no declaration</p>".getBytes(StandardCharsets.US_ASCII))).isNull();
    }
}
