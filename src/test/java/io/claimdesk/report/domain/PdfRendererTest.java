package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.Normalizer2;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final String SAMPLE = "iraq-coalition-ar.txt";

    private static PdfRenderer renderer;

    @BeforeAll
    static void createRenderer() {
        renderer = new PdfRenderer();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PdfRendererTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Extracted text, NFKC-normalised (PDFBox returns Arabic presentation forms). Sorting by position is
     * needed: openhtmltopdf writes bidi runs in visual order, and in content-stream order PDFBox would put
     * the digit and Latin runs of an Arabic line in the wrong place (the rendered page itself is right).
     */
    private static String extractText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return NFKC.normalize(stripper.getText(document));
        }
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }

    private static void assertInOrder(String text, String... words) {
        int from = 0;
        for (String word : words) {
            int at = text.indexOf(word, from);
            assertThat(at).as("'%s' after position %d in:%n%s", word, from, text).isGreaterThanOrEqualTo(0);
            from = at + word.length();
        }
    }

    @Test
    void arabic_english_and_digits_come_back_in_logical_order() throws IOException {
        byte[] pdf = renderer.render(resource("/report/arabic-report.xhtml"), "https://claimdesk.example/report/1");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        Path png = Path.of("target", "pdf-renderer-arabic-page1.png");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
        }
        assertThat(png).exists();

        String text = extractText(pdf);
        assertThat(text).contains("أعلن الرئيس في 31 ديسمبر 2021 أن 60 دولة ستسحب قواتها");
        assertInOrder(text, "أعلن", "الرئيس", "في", "31", "ديسمبر", "2021", "أن", "60", "دولة", "ستسحب", "قواتها",
                "من", "Baghdad", "بحلول", "نهاية", "العام");
        assertThat(text).contains("الحكم: مضلل (Misleading) — المصدر: وكالات", "Claimdesk report, page 1 of 1");
    }

    @Test
    void only_bundled_fonts_are_embedded() throws IOException {
        byte[] pdf = renderer.render(resource("/report/arabic-report.xhtml"), "https://claimdesk.example/report/1");
        assertThat(fontNames(pdf)).isNotEmpty()
                .allSatisfy(name -> assertThat(name).containsAnyOf("NotoNaskhArabic", "DejaVuSans"))
                .anySatisfy(name -> assertThat(name).contains("NotoNaskhArabic"))
                .anySatisfy(name -> assertThat(name).contains("DejaVuSans"));
    }

    @Test
    void a_character_no_bundled_font_has_becomes_a_replacement_character_not_a_hash() throws IOException {
        // U+20000 (CJK Extension B) is outside the CJK subset; the rest of the line is drawn as usual
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title><style>body{font-family:"
                + PdfRenderer.FONT_FAMILY_CSS + ";}</style></head><body><p>before \uD840\uDC00 after 中国 🙂</p></body></html>";
        String text = extractText(renderer.render(xhtml, "about:blank"));
        assertThat(text).contains("before \uFFFD after 中国 🙂").doesNotContain("#");
    }

    @Test
    void malformed_xhtml_is_refused_with_its_position() {
        assertThatThrownBy(() -> renderer.render("<html><body><p>unclosed</body></html>", "about:blank"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The report is not well-formed XHTML (line 1");
    }

    @Test
    void external_entities_are_not_expanded() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>before &secret; after</p></body></html>";
        String hostname = Files.readString(Path.of("/etc/hostname")).strip();
        byte[] pdf;
        try {
            pdf = renderer.render(xxe, "about:blank");
        } catch (IllegalArgumentException refused) {
            return; // refusing the document is as good as not expanding the entity
        }
        assertThat(extractText(pdf)).contains("before").doesNotContain(hostname);
    }

    @Test
    void external_images_are_not_loaded() throws IOException {
        Path image = Path.of("target", "pdf-renderer-external.png").toAbsolutePath();
        Files.createDirectories(image.getParent());
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>img</p><img src=\""
                + image.toUri() + "\" width=\"20\" height=\"20\"/></body></html>";
        byte[] pdf = renderer.render(xhtml, "about:blank");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void first_paragraph_of_the_real_sample_renders_in_logical_order() throws IOException {
        String dir = Optional.ofNullable(System.getenv("CLAIMDESK_SAMPLES_DIR")).orElse("../shared/samples");
        Path sample = Path.of(dir, SAMPLE);
        if (!Files.exists(sample)) {
            System.out.println("skipped: ../shared/samples/" + SAMPLE + " not found");
            Assumptions.abort("skipped: ../shared/samples/" + SAMPLE + " not found");
        }
        String firstParagraph = Files.readAllLines(sample, StandardCharsets.UTF_8).get(0).strip();
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"rtl\"><head><style>body{font-family:"
                + PdfRenderer.FONT_FAMILY_CSS + ";}</style></head><body><p>"
                + Entities.escape(firstParagraph) + "</p></body></html>";
        String text = extractText(renderer.render(xhtml, "about:blank"));
        assertInOrder(text, "أعلن", "مستشار", "الأمن", "القومي", "العراقي", "قاسم", "الأعرجي", "31", "ديسمبر", "الحالي");
    }
}
