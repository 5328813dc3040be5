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
import org.apache.pdfbox.text.TextPosition;
import com.ibm.icu.text.Bidi;
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
            PDFTextStripper stripper = new LogicalOrderStripper();
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

    /**
     * Writes each line in logical order. With sorting by position, PDFBox hands over a line's glyphs left to right,
     * that is in visual order; its own direction handling turns a right-to-left line with Latin words or digits into a
     * wrong word order ("Reuters المصدر: وكالة"). So a line holding right-to-left letters is rebuilt from the glyphs'
     * visual order (each glyph's text NFKC-normalised, so presentation forms become letters; a glyph standing for
     * several right-to-left letters, such as the lam-alef ligature, is reversed into visual order) and run through
     * ICU's inverse bidi reordering (visual to logical, right-to-left paragraph level, mirroring brackets), as in
     * Unicode UAX #9 and ICU's {@code Bidi.setInverse}. Each line is reordered on its own, before the lines of a
     * paragraph are joined, so two lines never mix their word order. Lines without right-to-left letters are kept as
     * PDFBox writes them.
     */
    static final class LogicalOrderStripper extends PDFTextStripper {

        private static final com.ibm.icu.text.Normalizer2 NFKC = com.ibm.icu.text.Normalizer2.getNFKCInstance();

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(logicalLine(text, positions), positions);
        }

        static String logicalLine(String text, List<TextPosition> positions) {
            if (!hasRightToLeft(text) || positions.isEmpty()) {
                return text;
            }
            StringBuilder visual = new StringBuilder();
            for (TextPosition p : positions) {
                String glyph = p.getUnicode() == null ? "" : NFKC.normalize(p.getUnicode());
                if (glyph.codePointCount(0, glyph.length()) > 1 && hasRightToLeft(glyph)) {
                    glyph = new StringBuilder(glyph).reverse().toString();
                }
                visual.append(glyph);
            }
            Bidi bidi = new Bidi();
            bidi.setInverse(true);
            bidi.setPara(visual.toString(), Bidi.RTL, null);
            return bidi.writeReordered(Bidi.DO_MIRRORING);
        }

        private static boolean hasRightToLeft(String s) {
            return s.codePoints().anyMatch(cp -> {
                int d = com.ibm.icu.lang.UCharacter.getDirection(cp);
                return d == com.ibm.icu.lang.UCharacterDirection.RIGHT_TO_LEFT
                        || d == com.ibm.icu.lang.UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
            });
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
