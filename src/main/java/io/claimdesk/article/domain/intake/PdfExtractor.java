package io.claimdesk.article.domain.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text layer of a PDF with Apache PDFBox {@link PDFTextStripper}.
 *
 * <p>PDFBox's paragraph detection (vertical gap larger than its drop threshold, or indentation) marks paragraph
 * ends; the lines inside one paragraph are joined with a space, so each paragraph comes out on one line. Page
 * ends also end a paragraph. Metadata from the document information dictionary: Title, Author, CreationDate
 * (UTC instant). No character de-hyphenation is attempted.
 *
 * <p>Arabic in PDFs often comes back as presentation forms; canonical NFC keeps them (compare after NFKC).
 */
public final class PdfExtractor {

    private static final String PARAGRAPH_END = "\u2029";

    /**
     * @param bytes the PDF file
     * @return text (paragraphs separated by {@code \n}) and metadata
     * @throws IntakeException NO_TEXT when the PDF has no text layer (e.g. a scan), UNREADABLE when it cannot be
     *     opened or needs a password
     */
    public ExtractedArticle extract(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd(PARAGRAPH_END);
            stripper.setPageEnd(PARAGRAPH_END);
            String raw = stripper.getText(doc);
            List<String> paragraphs = new ArrayList<>();
            for (String block : raw.split(PARAGRAPH_END)) {
                String joined = String.join(" ", block.strip().split("\\s*\\n\\s*")).strip();
                if (!joined.isEmpty()) {
                    paragraphs.add(joined);
                }
            }
            if (paragraphs.isEmpty()) {
                throw new IntakeException(IntakeException.Code.NO_TEXT, "The PDF has " + doc.getNumberOfPages()
                        + " page" + (doc.getNumberOfPages() == 1 ? "" : "s")
                        + " but no text layer (it is probably a scanned image). Run text recognition (OCR) on it "
                        + "or paste the text instead.");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            Calendar created = info.getCreationDate();
            return new ExtractedArticle(String.join("\n", paragraphs), blankToNull(info.getTitle()),
                    blankToNull(info.getAuthor()), created == null ? null : created.toInstant(),
                    null, null, null, blankToNull(info.getSubject()));
        } catch (InvalidPasswordException e) {
            throw new IntakeException(IntakeException.Code.UNREADABLE,
                    "The PDF is password-protected. Remove the password and upload it again.", e);
        } catch (IOException e) {
            throw new IntakeException(IntakeException.Code.UNREADABLE,
                    "The PDF could not be opened; it may be damaged.", e);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
