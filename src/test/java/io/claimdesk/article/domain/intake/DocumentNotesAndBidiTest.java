package io.claimdesk.article.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/** Issue 14, documents: .docx notes and text boxes without markers or brackets; Arabic PDF lines in logical order. */
public class DocumentNotesAndBidiTest {

    public static final String FIRST = "أعلنت الوزارة أن العجز تراجع إلى 4 في المئة.";
    public static final String SECOND = "وقال المتحدث إن العدد 12.";
    public static final String BOX = "نص الإطار: 40 سفينة";
    public static final String FOOTNOTE = "بيانات وزارة المالية لعام 2026.";
    public static final String ENDNOTE = "ملاحظة ختامية من المحرر.";

    /** A .docx with a footnote and an endnote referenced in the text, and a text box (DrawingML with VML fallback). */
    public static byte[] docxWithNotesAndTextBox() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFFootnote footnote = doc.createFootnotes().createFootnote();
            footnote.createParagraph().createRun().setText(FOOTNOTE);
            XWPFEndnote endnote = doc.createEndnotes().createEndnote();
            endnote.createParagraph().createRun().setText(ENDNOTE);

            XWPFParagraph first = doc.createParagraph();
            first.createRun().setText(FIRST);
            first.addFootnoteReference(footnote);
            first.getCTP().addNewR().set(CTR.Factory.parse(textBoxRun(BOX)));
            XWPFParagraph second = doc.createParagraph();
            second.createRun().setText("وقال المتحدث");
            second.addFootnoteReference(endnote);
            second.createRun().setText(" إن العدد 12.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String textBoxRun(String text) {
        String content = "<w:txbxContent><w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"
                + "</w:txbxContent>";
        return "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\">"
                + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
                + "<wps:wsp><wps:txbx>" + content + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
                + "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + content + "</v:textbox>"
                + "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    }

    @Test
    void docx_notes_go_to_a_notes_section_without_markers_and_the_text_box_comes_once_without_brackets()
            throws Exception {
        ExtractedArticle a = new DocxExtractor().extract(docxWithNotesAndTextBox());
        assertThat(a.text()).isEqualTo(String.join("\n", FIRST, BOX, SECOND, "", DocxExtractor.NOTES_HEADING,
                "1. " + FOOTNOTE, "2. " + ENDNOTE));
    }

    @Test
    void docx_notes_can_be_dropped() throws Exception {
        ExtractedArticle a = new DocxExtractor().extract(docxWithNotesAndTextBox(), DocxExtractor.Notes.DROP);
        assertThat(a.text()).isEqualTo(String.join("\n", FIRST, BOX, SECOND));
    }

    /** The example: two lines of one paragraph, the first holding a Latin word, the second digits. */
    public static byte[] arabicPdf() {
        return ArabicPdfs.render("<p>المصدر: وكالة Reuters<br/>قال المتحدث إن العدد 12.</p>"
                + "<p>وأضاف أن 40 سفينة (رست) في مارس لا.</p>");
    }

    @Test
    void arabic_pdf_lines_with_latin_words_and_digits_come_out_in_logical_order() {
        ExtractedArticle a = new PdfExtractor().extract(arabicPdf());
        assertThat(a.text()).isEqualTo("المصدر: وكالة Reuters قال المتحدث إن العدد 12.\n"
                + "وأضاف أن 40 سفينة (رست) في مارس لا.");
    }
}
