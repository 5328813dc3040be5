package io.claimdesk.article.domain.intake;

import static io.claimdesk.article.domain.intake.Fixtures.bytes;
import static io.claimdesk.article.domain.intake.Fixtures.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ArticleIntakeTest {

    private static final String SAMPLE_OPENING = "أعلن مستشار الأمن القومي العراقي قاسم الأعرجي، الخميس، انتهاء المهام "
            + "القتالية لقوات التحالف الدولي في البلاد بشكل رسمي";

    private final ArticleIntake intake = new ArticleIntake();

    @Test
    void real_sample_is_arabic_rtl_with_agency_byline_and_repeats_removed() {
        IntakeResult r = intake.fromText(Fixtures.sample(), IntakeOptions.defaults());
        assertThat(r.language()).isEqualTo("ar");
        assertThat(r.direction()).isEqualTo("rtl");
        assertThat(r.byline()).isEqualTo("وكالات");
        assertThat(r.paragraphs()).hasSize(7);
        assertThat(r.body().split(SAMPLE_OPENING, -1)).hasSize(2);
        assertThat(r.body()).startsWith(SAMPLE_OPENING).doesNotContain("وكالات");
        // no headline: the first line, cut at a word boundary, is the title (issue 14: never empty)
        assertThat(r.title()).startsWith(SAMPLE_OPENING).endsWith("…");
        assertThat(r.title().codePointCount(0, r.title().length())).isLessThanOrEqualTo(
                ArticleIntake.MAX_HEADLINE_CODE_POINTS);
        assertThat(r.furniture()).isEmpty();
        IntakeWarning repeated = r.warnings().stream()
                .filter(w -> w.code() == IntakeWarning.Code.REPEATED_CONTENT_REMOVED).findFirst().orElseThrow();
        assertThat(repeated.message()).startsWith("Removed 7 repeated paragraphs (");
        assertThat(repeated.args()).containsEntry("paragraphs", 7);
        assertThat(r.charset()).isNull();
    }

    @Test
    void real_sample_uploaded_as_windows_1256_gives_the_same_body() {
        String sample = Fixtures.sample();
        IntakeResult pasted = intake.fromText(sample, IntakeOptions.defaults());
        IntakeResult uploaded = intake.fromDocument(
                new RawDocument(sample.getBytes(Charset.forName("windows-1256")), "iraq.txt", "text/plain"),
                IntakeOptions.defaults());
        assertThat(uploaded.body()).isEqualTo(pasted.body());
        assertThat(uploaded.contentHash()).isEqualTo(pasted.contentHash());
        assertThat(uploaded.charset()).isEqualTo("windows-1256");
    }

    @Test
    void own_arabic_wire_story_gets_title_byline_and_five_paragraphs() {
        IntakeResult r = intake.fromText(Fixtures.resource("basra-water-ar.txt"), IntakeOptions.defaults());
        assertThat(r.title()).isEqualTo("تشغيل محطة لتحلية المياه في البصرة");
        assertThat(r.byline()).isEqualTo("وكالات");
        assertThat(r.paragraphs()).hasSize(6).first().isEqualTo(r.title());
        assertThat(r.hasWarning(IntakeWarning.Code.REPEATED_CONTENT_REMOVED)).isTrue();
    }

    @Test
    void english_byline_at_top_and_reuters_credit_at_end_are_taken() {
        IntakeResult r = intake.fromText(Fixtures.resource("green-corridor-en.txt"), IntakeOptions.defaults());
        assertThat(r.byline()).isEqualTo("By Jane Doe; Reuters");
        assertThat(r.body()).startsWith("City council approves “green corridor” plan")
                .endsWith("Reuters reported last month that similar plans in other cities had cut traffic by a third.");
        assertThat(r.title()).isEqualTo("City council approves “green corridor” plan");
        assertThat(r.language()).isEqualTo("en");
        assertThat(r.direction()).isEqualTo("ltr");
    }

    @Test
    void sentence_mentioning_reuters_is_not_taken_as_byline() {
        String text = "The minister resigned on Friday after weeks of pressure.\n"
                + "Reuters reported on Thursday that the coalition was close to collapse.";
        IntakeResult r = intake.fromText(text, IntakeOptions.defaults());
        assertThat(r.byline()).isNull();
        assertThat(r.body()).isEqualTo(text);
    }

    @Test
    void content_hash_is_sha256_of_the_canonical_body() throws Exception {
        IntakeResult r = intake.fromText("\uFEFFLine one  \r\nLine two\r\n", IntakeOptions.defaults());
        assertThat(r.body()).isEqualTo("Line one\nLine two");
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest("Line one\nLine two".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.contentHash()).isEqualTo(expected).hasSize(64);
        assertThat(r.warnings()).extracting(IntakeWarning::code).contains(IntakeWarning.Code.BOM_REMOVED,
                IntakeWarning.Code.LINE_BREAKS_NORMALIZED, IntakeWarning.Code.TRAILING_WHITESPACE_TRIMMED);
    }

    @Property(tries = 200)
    void pasted_body_is_canonical_and_hashed(@ForAll @StringLength(min = 1, max = 80)
            @Chars({'a', 'b', ' ', '\n', '\r', '\t', 'ا', 'ل', '.', '\u0301', '\uFEFF', '\u2029'}) String text) {
        Assume.that(!new TextCanonicalizer().canonicalize(text).text().isEmpty());
        IntakeResult r = intake.fromText(text, IntakeOptions.defaults());
        assertThat(new TextCanonicalizer().canonicalize(r.body()).text()).isEqualTo(r.body());
        assertThat(r.contentHash()).isEqualTo(ArticleIntake.sha256Hex(r.body()));
        assertThat(r.direction()).isIn("ltr", "rtl");
    }

    @Test
    void without_a_headline_the_first_line_is_the_title() {
        assertThat(intake.fromText("This is a full sentence.\nAnother one follows here.", IntakeOptions.defaults())
                .title()).isEqualTo("This is a full sentence.");
        assertThat(intake.fromText("A single paragraph without a headline", IntakeOptions.defaults()).title())
                .isEqualTo("A single paragraph without a headline");
    }

    @Test
    void source_url_is_returned_when_http() {
        IntakeResult r = intake.fromText("Some text here for the article body.",
                IntakeOptions.defaults().withSourceUrl("https://example.org/a"));
        assertThat(r.url()).isEqualTo("https://example.org/a");
        assertThat(intake.fromText("Some text.", IntakeOptions.defaults().withSourceUrl("javascript:alert(1)")).url())
                .isNull();
    }

    @Test
    void empty_and_white_space_only_inputs_are_empty() {
        assertCode(() -> intake.fromText("", IntakeOptions.defaults()), IntakeException.Code.EMPTY);
        assertCode(() -> intake.fromText(" \n\t\r\n\u00A0\u2029 ", IntakeOptions.defaults()), IntakeException.Code.EMPTY);
        assertCode(() -> intake.fromText("\uFEFF\u0000\u0007", IntakeOptions.defaults()), IntakeException.Code.EMPTY);
        assertCode(() -> upload(new byte[0], "a.txt"), IntakeException.Code.EMPTY);
        assertCode(() -> upload(" \r\n \t ".getBytes(StandardCharsets.US_ASCII), "a.txt"), IntakeException.Code.EMPTY);
        assertCode(() -> upload(concat(bytes(0xFF, 0xFE), "  \n".getBytes(StandardCharsets.UTF_16LE)), "a.txt"),
                IntakeException.Code.EMPTY);
    }

    @Test
    void oversize_input_is_too_large_with_sizes_in_the_message() {
        byte[] big = new byte[(int) (12.0 * 1024 * 1024)];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> upload(big, "big.txt")).isInstanceOfSatisfying(IntakeException.class, e -> {
            assertThat(e.code()).isEqualTo(IntakeException.Code.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo("The file is 12.0 MB; the limit is 10 MB.");
        });
        assertThatThrownBy(() -> intake.fromText("ا".repeat(100), IntakeOptions.defaults().withMaxSizeBytes(150)))
                .isInstanceOfSatisfying(IntakeException.class, e -> {
                    assertThat(e.code()).isEqualTo(IntakeException.Code.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("The text is 200 bytes; the limit is 150 bytes.");
                });
    }

    @Test
    void sizes_are_formatted_for_people() {
        assertThat(ArticleIntake.formatSize(12L * 1024 * 1024 + 50_000, true)).isEqualTo("12.0 MB");
        assertThat(ArticleIntake.formatSize(10L * 1024 * 1024, false)).isEqualTo("10 MB");
        assertThat(ArticleIntake.formatSize(1536, true)).isEqualTo("1.5 KB");
        assertThat(ArticleIntake.formatSize(1, true)).isEqualTo("1 byte");
    }

    @Test
    void random_bytes_are_binary() {
        byte[] random = new byte[8192];
        new Random(7).nextBytes(random);
        assertCode(() -> upload(random, "notes.txt"), IntakeException.Code.BINARY);
    }

    @Test
    void png_is_binary_whatever_its_name() {
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'),
                new byte[64]);
        assertThatThrownBy(() -> upload(png, "article.txt")).isInstanceOfSatisfying(IntakeException.class, e -> {
            assertThat(e.code()).isEqualTo(IntakeException.Code.BINARY);
            assertThat(e.getMessage()).contains("PNG image");
        });
    }

    @Test
    void other_zip_files_and_legacy_office_files_are_unsupported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertCode(() -> upload(out.toByteArray(), "sheet.docx"), IntakeException.Code.UNSUPPORTED_TYPE);
        assertCode(() -> upload(concat(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), new byte[512]), "old.doc"),
                IntakeException.Code.UNSUPPORTED_TYPE);
    }

    @Test
    void name_and_content_that_disagree_are_unreadable() {
        assertCode(() -> upload("just text".getBytes(StandardCharsets.US_ASCII), "report.pdf"),
                IntakeException.Code.UNREADABLE);
    }

    @Test
    void html_without_article_text_is_no_text() {
        assertCode(() -> upload("<html><body><script>x()</script><nav>Menu</nav></body></html>"
                .getBytes(StandardCharsets.UTF_8), "page.html"), IntakeException.Code.NO_TEXT);
    }

    @Test
    void html_is_recognised_by_content_not_by_content_type() {
        byte[] html = "<!DOCTYPE html><html><body><p>Hello from a page that says it is text.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        IntakeResult r = intake.fromDocument(new RawDocument(html, "page.txt", "text/plain"), IntakeOptions.defaults());
        assertThat(r.body()).isEqualTo("Hello from a page that says it is text.");
        byte[] text = "Plain words, <b> is just text here.".getBytes(StandardCharsets.UTF_8);
        assertThat(intake.fromDocument(new RawDocument(text, "x.txt", "text/html"), IntakeOptions.defaults()).body())
                .isEqualTo("Plain words, <b> is just text here.");
    }

    @Test
    void unknown_charset_override_is_refused_up_front() {
        assertThatThrownBy(() -> IntakeOptions.defaults().withCharsetOverride("no-such-charset"))
                .isInstanceOf(io.claimdesk.core.domain.ValidationException.class)
                .hasMessageContaining("'no-such-charset'");
    }

    private IntakeResult upload(byte[] data, String name) {
        return intake.fromDocument(new RawDocument(data, name, null), IntakeOptions.defaults());
    }

    private static void assertCode(ThrowingCallable call, IntakeException.Code code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(IntakeException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
