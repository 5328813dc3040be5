package io.claimdesk.article.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocumentExtractorsTest {

    private final ArticleIntake intake = new ArticleIntake();

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("أعلنت الوزارة بدء تشغيل المحطة الجديدة في المدينة.");
            doc.createParagraph().createRun().setText("وقال المتحدث إن العمل سينتهي العام المقبل.");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("المدينة");
            table.getRow(0).getCell(1).setText("الطاقة");
            table.getRow(1).getCell(0).setText("البصرة");
            table.getRow(1).getCell(1).setText("200 ألف متر مكعب");
            doc.createParagraph().createRun().setText("وكالات");
            doc.getProperties().getCoreProperties().setTitle("محطة تحلية جديدة");
            doc.getProperties().getCoreProperties().setCreator("سارة محمود");
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                    Date.from(Instant.parse("2026-02-03T10:15:30Z"))));
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(boolean withText) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            if (withText) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.setLeading(14);
                    cs.newLineAtOffset(72, 760);
                    cs.showText("The harbour bridge reopened on Monday after six weeks");
                    cs.newLine();
                    cs.showText("of repairs, the city said.");
                    cs.newLineAtOffset(0, -40);
                    cs.showText("Engineers replaced forty steel cables.");
                    cs.endText();
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Harbour bridge reopens");
            info.setAuthor("Sam Rivera");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(Instant.parse("2026-05-04T06:30:00Z").toEpochMilli());
            info.setCreationDate(created);
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void docx_paragraphs_tables_and_core_properties_are_extracted() throws IOException {
        ExtractedArticle a = new DocxExtractor().extract(docx());
        assertThat(a.text()).isEqualTo("""
                أعلنت الوزارة بدء تشغيل المحطة الجديدة في المدينة.
                وقال المتحدث إن العمل سينتهي العام المقبل.
                المدينة\tالطاقة
                البصرة\t200 ألف متر مكعب
                وكالات""");
        assertThat(a.title()).isEqualTo("محطة تحلية جديدة");
        assertThat(a.author()).isEqualTo("سارة محمود");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-02-03T10:15:30Z"));
    }

    @Test
    void docx_goes_through_the_whole_pipeline() throws IOException {
        IntakeResult r = intake.fromDocument(new RawDocument(docx(), "story.docx", "application/octet-stream"),
                IntakeOptions.defaults());
        assertThat(r.title()).isEqualTo("محطة تحلية جديدة");
        assertThat(r.byline()).isEqualTo("سارة محمود; وكالات");
        assertThat(r.body()).doesNotContain("وكالات").startsWith("أعلنت الوزارة");
        assertThat(r.language()).isEqualTo("ar");
        assertThat(r.direction()).isEqualTo("rtl");
        assertThat(r.charset()).isNull();
    }

    @Test
    void pdf_text_layer_and_document_information_are_extracted() throws IOException {
        ExtractedArticle a = new PdfExtractor().extract(pdf(true));
        assertThat(a.text()).isEqualTo("""
                The harbour bridge reopened on Monday after six weeks of repairs, the city said.
                Engineers replaced forty steel cables.""");
        assertThat(a.title()).isEqualTo("Harbour bridge reopens");
        assertThat(a.author()).isEqualTo("Sam Rivera");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-05-04T06:30:00Z"));
    }

    @Test
    void pdf_is_recognised_by_content_even_with_a_wrong_name() throws IOException {
        IntakeResult r = intake.fromDocument(new RawDocument(pdf(true), "download.bin", "text/plain"),
                IntakeOptions.defaults());
        assertThat(r.paragraphs()).hasSize(2);
        assertThat(r.language()).isEqualTo("en");
        assertThat(r.publishedAt()).isEqualTo(Instant.parse("2026-05-04T06:30:00Z"));
    }

    @Test
    void pdf_without_text_layer_is_no_text() throws IOException {
        byte[] scan = pdf(false);
        assertThatThrownBy(() -> new PdfExtractor().extract(scan))
                .isInstanceOfSatisfying(IntakeException.class, e -> {
                    assertThat(e.code()).isEqualTo(IntakeException.Code.NO_TEXT);
                    assertThat(e.getMessage()).isEqualTo("The PDF has 1 page but no text layer (it is probably a "
                            + "scanned image). Run text recognition (OCR) on it or paste the text instead.");
                });
    }

    @Test
    void damaged_documents_are_unreadable() {
        byte[] brokenPdf = "%PDF-1.7\nthis is not really a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> intake.fromDocument(new RawDocument(brokenPdf, "a.pdf", null), IntakeOptions.defaults()))
                .isInstanceOfSatisfying(IntakeException.class,
                        e -> assertThat(e.code()).isEqualTo(IntakeException.Code.UNREADABLE));
        assertThatThrownBy(() -> new DocxExtractor().extract(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOfSatisfying(IntakeException.class,
                        e -> assertThat(e.code()).isEqualTo(IntakeException.Code.UNREADABLE));
    }
}
