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

    /** Issue 14: links of the text resolved against the page's address; javascript: in no disguise. */
    @Test
    void body_links_are_resolved_and_only_http_or_https_is_kept() {
        String page = """
                <html><body><article><h1>Port figures</h1>
                <p>The ministry published <a href="/reports/ports-2026.pdf">its report</a> and
                <a href="https://www.who.int/news/item/1">the WHO note</a> on Monday.</p>
                <p>Bad: <a href="javascript:alert(1)">a</a> <a href="java&#9;script:alert(2)">b</a>
                <a href=" JaVaScRiPt:alert(3)">c</a> <a href="&#106;avascript:alert(4)">d</a>
                <a href="java	script:alert(5)">e</a> <a href="jav&#x0A;ascript:alert(6)">f</a>
                <a href="mailto:desk@example.org">g</a> <a href="data:text/html,x">h</a>
                <a href="javascript%3Aalert(7)">i</a> <a href="ftp://files.example/x">j</a>.</p>
                </article></body></html>""";
        ExtractedArticle a = extractor.extract(page, "https://news.example.org/world/story.html");
        assertThat(a.links()).extracting(BodyLink::url).containsExactly(
                "https://news.example.org/reports/ports-2026.pdf", "https://www.who.int/news/item/1");
        assertThat(a.links()).extracting(BodyLink::anchorText).containsExactly("its report", "the WHO note");
        assertThat(a.links()).extracting(BodyLink::paragraph).containsOnly(
                "The ministry published its report and the WHO note on Monday.");
        assertThat(extractor.extract(page, null).links()).extracting(BodyLink::url)
                .containsExactly("https://www.who.int/news/item/1");
    }
}
