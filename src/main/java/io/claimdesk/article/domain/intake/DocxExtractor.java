package io.claimdesk.article.domain.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * Reads a Word .docx (Office Open XML, ECMA-376) with Apache POI XWPF.
 *
 * <p>Body elements in document order: each paragraph is one line; each table row is one line with its cells
 * separated by a tab (line breaks inside a cell become spaces); content controls give their text. A paragraph's text
 * is read from its runs' own elements ({@code w:t}, {@code w:tab}, {@code w:br}, {@code w:cr}, non-breaking hyphens;
 * deleted text and field codes skipped), so no reference marker ever enters the text: POI's own
 * {@code getText()} writes {@code [footnoteRef:1]} and appends {@code [1: note]} to the paragraph. Text boxes
 * ({@code w:txbxContent}) come out as lines of their own after their paragraph, once (the VML fallback copy of a
 * DrawingML text box is skipped), without brackets.
 *
 * <p>Footnotes and endnotes ({@link Notes}): {@link Notes#SECTION} (the default) lists them after the body under a
 * line {@value #NOTES_HEADING}, numbered in order of first reference ("1. text"); {@link Notes#DROP} leaves them out.
 * Headers, footers and comments are not article text and are skipped. Metadata from the core properties
 * (docProps/core.xml, Dublin Core): title, creator (author) and created (UTC instant).
 */
public final class DocxExtractor {

    /** What becomes of footnotes and endnotes. */
    public enum Notes {
        /** After the body, under {@value #NOTES_HEADING}, numbered. */
        SECTION,
        /** Left out. */
        DROP
    }

    /** The line that starts the notes section (Arabic and English, the document's language is not known yet). */
    public static final String NOTES_HEADING = "الحواشي / Notes";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** {@link #extract(byte[], Notes)} with notes in a section after the body. */
    public ExtractedArticle extract(byte[] bytes) {
        return extract(bytes, Notes.SECTION);
    }

    /**
     * @param bytes the .docx file
     * @param notes what becomes of footnotes and endnotes
     * @return text (paragraphs separated by {@code \n}) and metadata
     * @throws IntakeException UNREADABLE when the file is not a readable .docx (damaged, encrypted)
     */
    public ExtractedArticle extract(byte[] bytes, Notes notes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            List<String> noteTexts = new ArrayList<>();
            List<String> seenNotes = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraphText(paragraph, doc, seenNotes, noteTexts));
                    lines.addAll(textBoxes(paragraph.getCTP()));
                } else if (element instanceof XWPFTable table) {
                    addTable(table, lines, doc, seenNotes, noteTexts);
                } else if (element instanceof XWPFSDT sdt) {
                    lines.add(sdt.getContent().getText());
                }
            }
            if (notes == Notes.SECTION && !noteTexts.isEmpty()) {
                lines.add("");
                lines.add(NOTES_HEADING);
                for (int i = 0; i < noteTexts.size(); i++) {
                    lines.add((i + 1) + ". " + noteTexts.get(i));
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

    private static String paragraphText(XWPFParagraph paragraph, XWPFDocument doc, List<String> seenNotes,
                                        List<String> noteTexts) {
        StringBuilder sb = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                appendRun(run.getCTR(), sb, doc, seenNotes, noteTexts);
            } else if (element instanceof XWPFSDT sdt) {
                sb.append(sdt.getContent().getText());
            }
        }
        return sb.toString();
    }

    private static void appendRun(XmlObject run, StringBuilder sb, @Nullable XWPFDocument doc, List<String> seenNotes,
                                  List<String> noteTexts) {
        try (XmlCursor c = run.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                var name = c.getName();
                if (name == null || !W.equals(name.getNamespaceURI())) {
                    continue;
                }
                switch (name.getLocalPart()) {
                    case "t" -> sb.append(c.getTextValue());
                    case "tab", "ptab" -> sb.append('\t');
                    case "br", "cr" -> sb.append('\n');
                    case "noBreakHyphen" -> sb.append('-');
                    case "footnoteReference", "endnoteReference" -> {
                        if (doc != null) {
                            note(doc, name.getLocalPart(), c.getAttributeText(new javax.xml.namespace.QName(W, "id")),
                                    seenNotes, noteTexts);
                        }
                    }
                    default -> {
                        // delText, instrText, footnoteRef marks, drawings: no article text here
                    }
                }
            } while (c.toNextSibling());
        }
    }

    private static void note(XWPFDocument doc, String kind, @Nullable String id, List<String> seenNotes,
                             List<String> noteTexts) {
        if (id == null || seenNotes.contains(kind + id)) {
            return;
        }
        seenNotes.add(kind + id);
        int number;
        try {
            number = new BigInteger(id).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return;
        }
        XWPFAbstractFootnoteEndnote note = kind.equals("footnoteReference") ? doc.getFootnoteByID(number)
                : doc.getEndnoteByID(number);
        if (note == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : note.getParagraphs()) {
            StringBuilder sb = new StringBuilder();
            for (IRunElement element : p.getIRuns()) {
                if (element instanceof XWPFRun run) {
                    appendRun(run.getCTR(), sb, null, seenNotes, noteTexts);
                }
            }
            String t = sb.toString().strip();
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        if (!parts.isEmpty()) {
            noteTexts.add(String.join(" ", parts));
        }
    }

    /** The paragraphs of the text boxes anchored in a paragraph, each once, as plain lines. */
    private static List<String> textBoxes(XmlObject paragraph) {
        List<String> out = new ArrayList<>();
        XmlObject[] boxes = paragraph.selectPath("declare namespace w='" + W + "' .//w:txbxContent");
        for (XmlObject box : boxes) {
            if (insideFallback(box.getDomNode())) {
                continue; // the VML copy of a DrawingML text box
            }
            for (XmlObject p : box.selectPath("declare namespace w='" + W + "' ./w:p")) {
                StringBuilder sb = new StringBuilder();
                for (XmlObject r : p.selectPath("declare namespace w='" + W + "' .//w:r")) {
                    appendRun(r, sb, null, new ArrayList<>(), new ArrayList<>());
                }
                if (!sb.toString().isBlank()) {
                    out.add(sb.toString());
                }
            }
        }
        return out;
    }

    private static boolean insideFallback(@Nullable Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (MC.equals(n.getNamespaceURI()) && "Fallback".equals(n.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static void addTable(XWPFTable table, List<String> lines, XWPFDocument doc, List<String> seenNotes,
                                 List<String> noteTexts) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> texts = new ArrayList<>();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    texts.add(paragraphText(p, doc, seenNotes, noteTexts));
                }
                cells.add(String.join(" ", texts).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
            }
            lines.add(String.join("\t", cells));
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
