package io.claimdesk.report.domain;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF's text layer holds, read back with PDFBox: the text (NFKC, by position), and for every glyph drawn the
 * font it was drawn with and whether that font really has it (a glyph id other than 0, the .notdef "box").
 */
final class PdfGlyphs {

    static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /**
     * One glyph drawn on a page.
     *
     * @param unicode  the text PDFBox maps it to (ToUnicode), NFKC
     * @param font     the PostScript name of the font (subset prefix included)
     * @param hasGlyph whether the code maps to a glyph other than .notdef in that (embedded) font
     * @param embedded whether the font program is embedded
     * @param x        left edge on the page, points from the left
     * @param y        baseline, points from the top
     */
    record Glyph(String unicode, String font, boolean hasGlyph, boolean embedded, int page, float x, float y) {
    }

    private PdfGlyphs() {
    }

    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDFont font = text.getFont();
                    boolean has = true;
                    for (int code : text.getCharacterCodes()) {
                        try {
                            if (font instanceof PDType0Font type0 && type0.codeToGID(code) == 0) {
                                has = false;
                            }
                        } catch (IOException e) {
                            has = false;
                        }
                    }
                    glyphs.add(new Glyph(NFKC.normalize(text.getUnicode() == null ? "" : text.getUnicode()),
                            font.getName(), has, font.isEmbedded(), getCurrentPageNo(), text.getXDirAdj(),
                            text.getYDirAdj()));
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }

    /** The text layer, sorted by position (lines top to bottom, each in logical order), NFKC-normalised. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return NFKC.normalize(stripper.getText(document));
        }
    }

    /** The text as poppler's pdftotext extracts it (NFKC), or null when poppler-utils is not installed. */
    static String pdftotext(byte[] pdf, String name) throws IOException, InterruptedException {
        Path dir = Path.of("target", "report");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        Path txt = dir.resolve(name + ".txt");
        try {
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), txt.toString())
                    .redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
        } catch (IOException notInstalled) {
            return null;
        }
        return NFKC.normalize(Files.readString(txt));
    }

    /** Every page as PNG under target/report/ with pdftoppm (80 dpi), when installed; the files written. */
    static List<Path> pages(byte[] pdf, String name) throws IOException, InterruptedException {
        Path dir = Path.of("target", "report");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        List<Path> pngs = new ArrayList<>();
        try {
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "80", file.toString(),
                    dir.resolve(name).toString()).redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return pngs;
            }
        } catch (IOException notInstalled) {
            return pngs;
        }
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(name) + "-\\d+\\.png"))
                    .sorted().forEach(pngs::add);
        }
        return pngs;
    }
}
