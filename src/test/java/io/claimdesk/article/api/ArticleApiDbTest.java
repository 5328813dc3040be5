package io.claimdesk.article.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.core.text.SampleArticles;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.ARTICLE_UPLOAD;
import static org.assertj.core.api.Assertions.assertThat;

/** Article intake through the REST API, on our own Arabic wire story and (when present) the real sample. */
class ArticleApiDbTest extends IntegrationTest {

    /** Our own wire story: a headline, five paragraphs, the credit line, then the body repeated. */
    static final String BASRA = resource("/intake/basra-water-ar.txt");
    static final String BASRA_OPENING = "أعلنت وزارة الموارد المائية، الأحد، بدء تشغيل محطة جديدة";

    @Autowired
    DSLContext dsl;

    private Api checker;

    @BeforeEach
    void account() {
        accounts.ensure("intake-checker", Role.CHECKER);
        checker = new Api(baseUrl(), "intake-checker", TestAccounts.PASSWORD);
    }

    @Test
    void own_wire_story_is_cleaned_byline_extracted_and_repeat_collapsed() {
        JsonNode a = importFile("basra.txt", "text/plain", BASRA.getBytes(StandardCharsets.UTF_8), true).json();
        assertThat(a.get("language").asText()).isEqualTo("ar");
        assertThat(a.get("direction").asText()).isEqualTo("rtl");
        assertThat(a.get("byline").asText()).isEqualTo("وكالات");
        String body = a.get("body").asText();
        assertThat(occurrences(body, BASRA_OPENING)).isEqualTo(1);
        assertThat(body).doesNotContain("وكالات");
        assertThat(codes(a)).contains("REPEATED_CONTENT_REMOVED");
        assertThat(a.get("warnings").get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void the_real_sample_article_comes_out_with_seven_paragraphs_once() {
        String sample = SampleArticles.read("iraq-coalition-ar.txt");
        JsonNode a = importFile("iraq-coalition-ar.txt", "text/plain", sample.getBytes(StandardCharsets.UTF_8), true)
                .json();
        assertThat(a.get("language").asText()).isEqualTo("ar");
        assertThat(a.get("direction").asText()).isEqualTo("rtl");
        assertThat(a.get("byline").asText()).isEqualTo("وكالات");
        String body = a.get("body").asText();
        assertThat(body.lines().filter(l -> !l.isBlank()).count()).isEqualTo(7);
        assertThat(occurrences(body, "أعلن مستشار الأمن القومي العراقي قاسم الأعرجي")).isEqualTo(1);
        assertThat(codes(a)).contains("REPEATED_CONTENT_REMOVED");
    }

    /** Issue 14: paragraphs P, Q, P keep all three; the sample's repeated body still collapses (test above). */
    @Test
    void a_paragraph_that_recurs_later_is_kept_and_no_removal_is_noted() {
        String p = "قالت الوزارة إن الأسعار لن ترتفع هذا العام.";
        String q = "وأضاف المتحدث أن الحكومة ستراقب الأسواق في المحافظات " + java.util.UUID.randomUUID() + ".";
        Api.Response r = checker.post("/api/v1/articles", java.util.Map.of("body", p + "\n\n" + q + "\n\n" + p,
                "force", true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("body").asText()).isEqualTo(p + "\n\n" + q + "\n\n" + p);
        assertThat(codes(r.json())).doesNotContain("REPEATED_CONTENT_REMOVED");
    }

    @Test
    void the_import_notes_list_each_removed_copy_with_its_lines() {
        String p = "قالت الوزارة إن الأسعار لن ترتفع هذا العام " + java.util.UUID.randomUUID() + ".";
        Api.Response r = checker.post("/api/v1/articles", java.util.Map.of("body", p + "\n" + p, "force", true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("body").asText()).isEqualTo(p);
        JsonNode warning = r.json().get("warnings").findParents("code").stream()
                .filter(w -> w.get("code").asText().equals("REPEATED_CONTENT_REMOVED")).findFirst().orElseThrow();
        assertThat(warning.get("message").asText()).endsWith(": lines 2 repeated lines 1");
        assertThat(warning.get("args").get("lines").asText()).isEqualTo("2=1");
    }

    @Test
    void every_supported_encoding_gives_the_byte_identical_body() {
        String text = BASRA;
        Map<String, byte[]> variants = new HashMap<>();
        variants.put("windows-1256", text.getBytes(Charset.forName("windows-1256")));
        variants.put("utf-16le-bom", concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        variants.put("utf-8-bom", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        variants.put("utf-8-crlf", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        String reference = importFile("plain.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8), true)
                .json().get("body").asText();
        for (var v : variants.entrySet()) {
            Api.Response r = importFile(v.getKey() + ".txt", "text/plain", v.getValue(), true);
            assertThat(r.status()).as(v.getKey()).isEqualTo(201);
            byte[] body = r.json().get("body").asText().getBytes(StandardCharsets.UTF_8);
            assertThat(body).as(v.getKey()).isEqualTo(reference.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void html_scripts_handlers_and_javascript_links_are_never_stored() {
        String marker = UUID.randomUUID().toString();
        String html = """
                <!doctype html><html><head><title>Port reopens</title>
                <meta property="og:site_name" content="Harbour Daily">
                <script>document.cookie='stolen'</script><style>p{color:red}</style></head>
                <body onload="alert('x')"><article><h1>Port reopens</h1>
                <p>The port authority said on Monday that 40 ships docked in March. %s</p>
                <p><img src=x onerror="alert(1)">Officials <a href="javascript:alert(2)">confirmed</a> the figure.</p>
                </article><script>alert(3)</script></body></html>""".formatted(marker);
        JsonNode a = importFile("port.html", "text/html", html.getBytes(StandardCharsets.UTF_8), false).json();
        String stored = dsl.select(ARTICLE.asterisk()).from(ARTICLE).where(ARTICLE.ID.eq(a.get("id").asLong()))
                .fetchSingle().formatJSON();
        for (String bad : List.of("<script", "alert(", "onerror", "javascript:", "onload", "document.cookie", "<img")) {
            assertThat(stored).as(bad).doesNotContain(bad);
        }
        assertThat(a.get("body").asText()).contains("40 ships docked in March").contains("Officials confirmed");
        assertThat(a.get("publisher").asText()).isEqualTo("Harbour Daily");
        // the raw upload is kept as given, for provenance (bytes are never rendered)
        byte[] raw = dsl.select(ARTICLE_UPLOAD.BYTES).from(ARTICLE_UPLOAD)
                .where(ARTICLE_UPLOAD.ARTICLE_ID.eq(a.get("id").asLong())).fetchSingle(ARTICLE_UPLOAD.BYTES);
        assertThat(new String(raw, StandardCharsets.UTF_8)).isEqualTo(html);
    }

    @Test
    void a_duplicate_is_refused_with_a_link_unless_forced() {
        String text = BASRA + "\n" + "سطر تمييز " + UUID.randomUUID();
        Api.Response first = checker.post("/api/v1/articles", Map.of("body", text));
        assertThat(first.status()).isEqualTo(201);
        long id = first.json().get("id").asLong();
        int before = dsl.fetchCount(ARTICLE);

        Api.Response again = checker.post("/api/v1/articles", Map.of("body", text));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("existingArticleId").asLong()).isEqualTo(id);
        assertThat(again.json().get("existingArticle").asText()).isEqualTo("/api/v1/articles/" + id);
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(before);

        Api.Response forced = checker.post("/api/v1/articles", Map.of("body", text, "force", true));
        assertThat(forced.status()).isEqualTo(201);
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(before + 1);
        assertThat(codes(forced.json())).contains("DUPLICATE_IMPORTED");
    }

    @Test
    void over_size_upload_empty_paste_and_binary_file_get_clear_problems_and_store_nothing() {
        int articles = dsl.fetchCount(ARTICLE);
        int uploads = dsl.fetchCount(ARTICLE_UPLOAD);

        byte[] twelveMegabytes = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(twelveMegabytes, (byte) 'a');
        Api.Response big = importFile("big.txt", "text/plain", twelveMegabytes, false);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("detail").asText()).contains("12.0 MB").contains("10 MB");

        Api.Response empty = checker.post("/api/v1/articles", Map.of("body", "   \n\t  "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("detail").asText()).containsIgnoringCase("empty");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 1};
        Api.Response binary = importFile("photo.txt", "text/plain", png, false);
        assertThat(binary.status()).isIn(415, 422);
        assertThat(binary.json().get("detail").asText()).isNotBlank();

        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(articles);
        assertThat(dsl.fetchCount(ARTICLE_UPLOAD)).isEqualTo(uploads);
    }

    @Test
    void metadata_can_be_corrected_and_a_stale_version_is_refused() {
        String text = "A short English report said 12 ports closed in 2024. " + UUID.randomUUID();
        JsonNode a = checker.post("/api/v1/articles", Map.of("body", text, "language", "en")).json();
        long id = a.get("id").asLong();
        Api.Response changed = checker.patch("/api/v1/articles/" + id,
                Map.of("version", a.get("version").asInt(), "title", "Ports", "language", "ar"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("direction").asText()).isEqualTo("rtl");
        Api.Response stale = checker.patch("/api/v1/articles/" + id,
                Map.of("version", a.get("version").asInt(), "title", "Lost"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(checker.get("/api/v1/articles/" + id).json().get("title").asText()).isEqualTo("Ports");
        assertThat(checker.get("/api/v1/articles?q=Ports").json().get("total").asInt()).isGreaterThanOrEqualTo(1);
    }

    /** Issue 14: a scraped page's furniture is shown in the preview, removed on import and listed in the notes. */
    @Test
    void page_furniture_is_previewed_then_removed_and_listed_and_the_headline_is_the_title() {
        String marker = UUID.randomUUID().toString();
        String page = String.join("\n",
                "عاجل: انفجار في ميناء المدينة وأنباء عن إصابات",
                "آخر الأخبار",
                "الحكومة تعلن خفض العجز إلى 4 في المئة",
                "الأحد 12 مارس 2026 - 10:30 | اقتصاد",
                "تكبير الخط تصغير الخط",
                "A A",
                "أعلنت وزارة المالية، الأحد، أن العجز تراجع إلى 4 في المئة من الناتج المحلي هذا العام " + marker + ".",
                "وقال الوزير إن الحكومة ستواصل خفض الإنفاق في العام المقبل.",
                "وكالات",
                "شارك على فيسبوك وتويتر وواتساب");
        String body = String.join("\n",
                "الحكومة تعلن خفض العجز إلى 4 في المئة",
                "أعلنت وزارة المالية، الأحد، أن العجز تراجع إلى 4 في المئة من الناتج المحلي هذا العام " + marker + ".",
                "وقال الوزير إن الحكومة ستواصل خفض الإنفاق في العام المقبل.");
        int before = dsl.fetchCount(ARTICLE);

        Api.Response preview = checker.post("/api/v1/articles/preview", Map.of("body", page));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(before);
        List<String> furniture = new java.util.ArrayList<>();
        preview.json().get("furniture").forEach(f -> furniture.add(f.get("line").asInt() + " " + f.get("kind").asText()
                + " " + f.get("text").asText()));
        assertThat(furniture).containsExactly(
                "1 TICKER عاجل: انفجار في ميناء المدينة وأنباء عن إصابات",
                "2 NEWS_HEADING آخر الأخبار",
                "4 DATE_LINE الأحد 12 مارس 2026 - 10:30 | اقتصاد",
                "5 FONT_SIZE تكبير الخط تصغير الخط",
                "6 FONT_SIZE A A",
                "10 SHARE شارك على فيسبوك وتويتر وواتساب");
        assertThat(preview.json().get("title").asText()).isEqualTo("الحكومة تعلن خفض العجز إلى 4 في المئة");
        assertThat(preview.json().get("body").asText()).isEqualTo(body);
        assertThat(codes(preview.json())).contains("PAGE_FURNITURE_REMOVED");

        Api.Response imported = checker.post("/api/v1/articles", Map.of("body", page));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode a = imported.json();
        assertThat(a.get("body").asText()).isEqualTo(body);
        assertThat(a.get("title").asText()).isEqualTo("الحكومة تعلن خفض العجز إلى 4 في المئة");
        assertThat(a.get("byline").asText()).isEqualTo("وكالات");
        JsonNode note = a.get("warnings").findParents("code").stream()
                .filter(w -> w.get("code").asText().equals("PAGE_FURNITURE_REMOVED")).findFirst().orElseThrow();
        assertThat(note.get("args").get("lines").asText()).isEqualTo("1, 2, 4, 5, 6, 10");
        assertThat(note.get("message").asText()).endsWith(": lines 1, 2, 4, 5, 6, 10");
        // the raw text stays kept with every furniture line
        byte[] raw = dsl.select(ARTICLE_UPLOAD.BYTES).from(ARTICLE_UPLOAD)
                .where(ARTICLE_UPLOAD.ARTICLE_ID.eq(a.get("id").asLong())).fetchSingle(ARTICLE_UPLOAD.BYTES);
        assertThat(new String(raw, StandardCharsets.UTF_8)).isEqualTo(page);
    }

    @Test
    void without_a_title_or_headline_the_first_line_is_the_title_never_empty() {
        String first = "Officials said 12 ports closed in 2024 " + UUID.randomUUID() + ".";
        Api.Response r = checker.post("/api/v1/articles", Map.of("body", first + "\nA second paragraph follows.",
                "title", "   "));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("title").asText()).isEqualTo(first);
        Api.Response cleared = checker.patch("/api/v1/articles/" + r.json().get("id").asLong(),
                Map.of("version", r.json().get("version").asInt(), "title", ""));
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("title").asText()).isEqualTo(first);
    }

    @Test
    void an_invalid_publication_date_is_a_422_on_the_field_in_json_and_multipart() {
        int before = dsl.fetchCount(ARTICLE);
        String text = "Officials said 12 ports closed in 2024. " + UUID.randomUUID();
        Api.Response json = checker.post("/api/v1/articles", Map.of("body", text, "publishedAt", "31/02/2026"));
        assertThat(json.status()).as(json.body()).isEqualTo(422);
        assertThat(json.json().get("field").asText()).isEqualTo("publishedAt");
        assertThat(json.json().get("detail").asText()).isEqualTo(
                "The field 'publishedAt' must be a date and time (ISO 8601, e.g. 2026-11-29T10:00:00Z).");
        Api.Response preview = checker.post("/api/v1/articles/preview", Map.of("body", text,
                "publishedAt", "2026-02-30T10:00:00Z"));
        assertThat(preview.status()).as(preview.body()).isEqualTo(422);
        assertThat(preview.json().get("field").asText()).isEqualTo("publishedAt");
        Api.Response multipart = checker.postFile("/api/v1/articles", "story.txt", "text/plain",
                text.getBytes(StandardCharsets.UTF_8), Map.of("publishedAt", "yesterday"));
        assertThat(multipart.status()).as(multipart.body()).isEqualTo(422);
        assertThat(multipart.json().get("field").asText()).isEqualTo("publishedAt");
        assertThat(multipart.json().get("detail").asText()).isEqualTo("The field 'publishedAt' must be a date and "
                + "time (ISO 8601, e.g. 2026-11-29T10:00:00Z), not 'yesterday'.");
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(before);
        Api.Response valid = checker.post("/api/v1/articles", Map.of("body", text,
                "publishedAt", "2026-03-12T10:30:00+03:00"));
        assertThat(valid.status()).as(valid.body()).isEqualTo(201);
        assertThat(java.time.OffsetDateTime.parse(valid.json().get("publishedAt").asText()).toInstant())
                .isEqualTo(java.time.Instant.parse("2026-03-12T07:30:00Z"));
    }

    /** Issue 14, documents: .docx notes after the body (or dropped), no markers; the Arabic PDF example in order. */
    @Test
    void docx_notes_and_text_boxes_and_the_arabic_pdf_example_over_the_api() throws Exception {
        byte[] docx = io.claimdesk.article.domain.intake.DocumentNotesAndBidiTest.docxWithNotesAndTextBox();
        String first = io.claimdesk.article.domain.intake.DocumentNotesAndBidiTest.FIRST;
        String box = io.claimdesk.article.domain.intake.DocumentNotesAndBidiTest.BOX;
        String second = io.claimdesk.article.domain.intake.DocumentNotesAndBidiTest.SECOND;
        Api.Response withNotes = checker.postFile("/api/v1/articles", "notes.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx, Map.of("force", "true"));
        assertThat(withNotes.status()).as(withNotes.body()).isEqualTo(201);
        assertThat(withNotes.json().get("body").asText()).isEqualTo(String.join("\n", first, box, second, "",
                "الحواشي / Notes", "1. بيانات وزارة المالية لعام 2026.", "2. ملاحظة ختامية من المحرر."));
        Api.Response dropped = checker.postFile("/api/v1/articles/preview", "notes.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx,
                Map.of("notes", "drop"));
        assertThat(dropped.status()).as(dropped.body()).isEqualTo(200);
        assertThat(dropped.json().get("body").asText()).isEqualTo(String.join("\n", first, box, second));
        Api.Response badChoice = checker.postFile("/api/v1/articles/preview", "notes.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx,
                Map.of("notes", "margin"));
        assertThat(badChoice.status()).as(badChoice.body()).isEqualTo(422);

        Api.Response pdf = checker.postFile("/api/v1/articles", "reuters.pdf", "application/pdf",
                io.claimdesk.article.domain.intake.DocumentNotesAndBidiTest.arabicPdf(), Map.of("force", "true"));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
        assertThat(pdf.json().get("body").asText()).isEqualTo("المصدر: وكالة Reuters قال المتحدث إن العدد 12.\n"
                + "وأضاف أن 40 سفينة (رست) في مارس لا.");
        assertThat(pdf.json().get("direction").asText()).isEqualTo("rtl");
    }

    private Api.Response importFile(String name, String type, byte[] bytes, boolean force) {
        return checker.postFile("/api/v1/articles", name, type, bytes,
                force ? Map.of("force", "true") : Map.of());
    }

    private static List<String> codes(JsonNode article) {
        List<String> codes = new java.util.ArrayList<>();
        article.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        return codes;
    }

    private static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static String resource(String path) {
        try (InputStream in = ArticleApiDbTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
