package io.claimdesk.article.domain.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Word .docx (Office Open XML, ECMA-376) with Apache POI XWPF.
 *
 * <p>Body elements in document order: each paragraph is one line; each table row is one line with its cells
 * separated by a tab (line breaks inside a cell become spaces); content controls give their text. Headers,
 * footers, comments and footnotes are not article text and are skipped. Metadata from the core properties
 * (docProps/core.xml, Dublin Core): title, creator (author) and created (UTC instant).
 */
public final class DocxExtractor {

    /**
     * @param bytes the .docx file
     * @return text (paragraphs separated by {@code \n}) and metadata
     * @throws IntakeException UNREADABLE when POI cannot open the file
     */
    public ExtractedArticle extract(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    addTable(table, lines);
                } else if (element instanceof XWPFSDT sdt) {
                    lines.add(sdt.getContent().getText());
                }
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date created = core.getCreated();
            return new ExtractedArticle(String.join("\n", lines), blankToNull(core.getTitle()),
                    blankToNull(core.getCreator()), created == null ? null : created.toInstant(),
                    null, null, null, blankToNull(core.getDescription()));
        } catch (IOException | RuntimeException e) {
            throw new IntakeException(IntakeException.Code.UNREADABLE,
                    "The Word document (.docx) could not be opened; it may be damaged or password-protected.", e);
        }
    }

    private static void addTable(XWPFTable table, List<String> lines) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
            }
            lines.add(String.join("\t", cells));
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
