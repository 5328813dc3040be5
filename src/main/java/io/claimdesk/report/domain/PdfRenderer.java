package io.claimdesk.report.domain;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Renders an XHTML report to PDF with openhtmltopdf (PDFBox back end), with correct Arabic shaping and
 * right-to-left ordering: ICU bidi splitter and reorderer from openhtmltopdf-rtl-support (the reorderer also
 * shapes Arabic into its presentation forms; the shaping is {@link ArabicShaper}'s, as ICU's {@code ArabicShaping}
 * leaves Persian, Urdu and Kurdish letters unjoined; openhtmltopdf 1.1.31 has no separate shaper hook), and right-to-left as the default text direction when the {@code <html>} or {@code <body>} element
 * has {@code dir="rtl"}.
 *
 * <p>Fonts are bundled on the classpath under {@code /fonts} (never system fonts) and embedded as subsets, each
 * registered under its CSS family name (see {@link #FONT_FAMILY_CSS}); openhtmltopdf picks, character by
 * character, the first font of the list that has a glyph, so a run is always drawn with a font that has it:
 * <ul>
 *   <li>{@value #ARABIC_FONT_FAMILY} (400, 700): Arabic, Persian, Urdu and Kurdish letters; SIL Open Font
 *       License 1.1, {@code fonts/NotoNaskhArabic-OFL.txt};</li>
 *   <li>{@value #LATIN_FONT_FAMILY} (400, 700): Latin, Greek, Cyrillic, Hebrew, symbols; Bitstream Vera licence,
 *       DejaVu changes public domain, {@code fonts/DejaVuSans-LICENSE.txt};</li>
 *   <li>{@value #CJK_FONT_FAMILY} (400): Chinese, Japanese and Korean, a subset of Droid Sans Fallback to the
 *       characters of GB 2312, Big5, JIS X 0208 and KS X 1001 ({@code tools/subset-cjk-font.py}); Apache License
 *       2.0, {@code fonts/DroidSansFallback-LICENSE.txt};</li>
 *   <li>{@value #EMOJI_FONT_FAMILY} (400): monochrome emoji; SIL Open Font License 1.1,
 *       {@code fonts/NotoEmoji-OFL.txt}.</li>
 * </ul>
 * The CJK and emoji fonts are also registered as final fallbacks, so text in an element whose style names other
 * families (page margin boxes, for example) still finds them. A character no bundled font has is drawn as
 * U+FFFD by the renderer (never a silent {@code #}).
 *
 * <p>The PDF's document information and XMP metadata carry the document's {@code <title>} as title and the
 * {@code <html lang>} as language (catalog {@code /Lang}, XMP {@code dc:language}); viewers show the title instead
 * of the file name.
 *
 * <p>Input contract: {@code xhtml} must be a well-formed XHTML document (XML syntax: closed elements, quoted
 * attributes, only the five XML entities or numeric character references such as {@code &#160;}). All user
 * text in it (article text, claims, claimant names, rationales) must already be escaped by the caller, e.g.
 * by a template engine that escapes by default. The renderer adds a second line of defence: DTDs and
 * external entities are not loaded (XXE), and every external resource (images, stylesheets, fonts, embedded
 * files referenced by URI) is refused, so a report is built only from the document's own text and inline
 * CSS plus the bundled fonts. Instances are immutable and thread-safe; each call renders independently.
 */
public final class PdfRenderer {

    /** CSS family name of the bundled Arabic font. */
    public static final String ARABIC_FONT_FAMILY = "Noto Naskh Arabic";

    /** CSS family name of the bundled Latin (and fallback) font. */
    public static final String LATIN_FONT_FAMILY = "DejaVu Sans";

    /** CSS family name of the bundled Chinese, Japanese and Korean font (a subset, see the class comment). */
    public static final String CJK_FONT_FAMILY = "Droid Sans Fallback";

    /** CSS family name of the bundled monochrome emoji font. */
    public static final String EMOJI_FONT_FAMILY = "Noto Emoji";

    /**
     * The CSS {@code font-family} value to use in report stylesheets: Arabic first (its digits and punctuation
     * suit Arabic text, Latin letters it lacks come from the next), emoji last (it has glyphs for the digits,
     * {@code #} and {@code *} of keycap sequences, which must come from the text fonts).
     */
    public static final String FONT_FAMILY_CSS = "'" + ARABIC_FONT_FAMILY + "', '" + LATIN_FONT_FAMILY + "', '"
            + CJK_FONT_FAMILY + "', '" + EMOJI_FONT_FAMILY + "'";

    private record BundledFont(String resource, String family, int weight, boolean fallback) {
    }

    private static final List<BundledFont> FONTS = List.of(
            new BundledFont("/fonts/NotoNaskhArabic-Regular.ttf", ARABIC_FONT_FAMILY, 400, false),
            new BundledFont("/fonts/NotoNaskhArabic-Bold.ttf", ARABIC_FONT_FAMILY, 700, false),
            new BundledFont("/fonts/DejaVuSans.ttf", LATIN_FONT_FAMILY, 400, false),
            new BundledFont("/fonts/DejaVuSans-Bold.ttf", LATIN_FONT_FAMILY, 700, false),
            new BundledFont("/fonts/DroidSansFallback-CJK.ttf", CJK_FONT_FAMILY, 400, true),
            new BundledFont("/fonts/NotoEmoji-Regular.ttf", EMOJI_FONT_FAMILY, 400, true));

    /** Checks that the bundled fonts are on the classpath. */
    public PdfRenderer() {
        for (BundledFont font : FONTS) {
            if (PdfRenderer.class.getResource(font.resource()) == null) {
                throw new IllegalStateException("Bundled font missing from the classpath: " + font.resource());
            }
        }
    }

    /**
     * Renders a report.
     *
     * @param xhtml   a well-formed XHTML document with all user text escaped (see the class comment)
     * @param baseUri the document's base URI (used only to resolve relative links written into the PDF;
     *                resources are never loaded)
     * @return the PDF bytes
     * @throws IllegalArgumentException if {@code xhtml} is not well-formed XML (the message gives line and column)
     * @throws UncheckedIOException     if rendering fails with an I/O error
     */
    public byte[] render(String xhtml, String baseUri) {
        Document document = parse(xhtml);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(document, baseUri);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ShapingReorderer());
        builder.defaultTextDirection(isRightToLeft(document) ? TextDirection.RTL : TextDirection.LTR);
        for (BundledFont font : FONTS) {
            builder.useFont(() -> openFont(font.resource()), font.family(), font.weight(), FontStyle.NORMAL, true,
                    font.fallback() ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)
                            : EnumSet.of(FSFontUseCase.DOCUMENT));
        }
        builder.useReplacementText("\uFFFD");
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument pdf = renderer.createPDFKeepOpen()) {
            describe(pdf, document);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the title ({@code <title>}) and language ({@code <html lang>}) into the document information, the
     * catalog and XMP (Dublin Core {@code dc:title}, {@code dc:language}; ISO 32000-1 14.3.2), and asks viewers to
     * show the title.
     */
    private static void describe(PDDocument pdf, Document document) throws IOException {
        String title = title(document);
        String language = document.getDocumentElement().getAttribute("lang").strip();
        PDDocumentInformation info = pdf.getDocumentInformation();
        if (!title.isEmpty()) {
            info.setTitle(title);
        }
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        if (!language.isEmpty()) {
            catalog.setLanguage(language);
        }
        PDViewerPreferences preferences = catalog.getViewerPreferences() != null ? catalog.getViewerPreferences()
                : new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        if (!title.isEmpty()) {
            dc.setTitle(title);
        }
        if (!language.isEmpty()) {
            dc.addLanguage(language);
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Claimdesk");
        if (info.getCreationDate() != null) {
            basic.setCreateDate(info.getCreationDate());
        }
        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        if (info.getProducer() != null) {
            adobe.setProducer(info.getProducer());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("XMP metadata cannot be written", e);
        }
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(bytes.toByteArray());
        catalog.setMetadata(metadata);
    }

    /** The text of the document's {@code <title>}, whitespace collapsed; empty when there is none. */
    private static String title(Document document) {
        NodeList titles = document.getElementsByTagNameNS("*", "title");
        if (titles.getLength() == 0) {
            titles = document.getElementsByTagName("title");
        }
        return titles.getLength() == 0 ? "" : titles.item(0).getTextContent().strip().replaceAll("\\s+", " ");
    }

    /**
     * openhtmltopdf-rtl-support's ICU reorderer with {@link ArabicShaper} for shaping: ICU's shaper leaves
     * Persian, Urdu and Kurdish letters unjoined.
     */
    private static final class ShapingReorderer implements BidiReorderer {
        private final ICUBidiReorderer icu = new ICUBidiReorderer();

        @Override
        public String reorderRTLTextToLTR(String text) {
            return icu.reorderRTLTextToLTR(text);
        }

        @Override
        public String shapeText(String text) {
            return ArabicShaper.shape(text);
        }

        @Override
        public String deshapeText(String text) {
            return ArabicShaper.deshape(text);
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }
    }

    private static InputStream openFont(String resource) {
        InputStream in = PdfRenderer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Bundled font missing from the classpath: " + resource);
        }
        return in;
    }

    private static boolean isRightToLeft(Document document) {
        Element root = document.getDocumentElement();
        if ("rtl".equalsIgnoreCase(root.getAttribute("dir"))) {
            return true;
        }
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "body".equals(localName(element))) {
                return "rtl".equalsIgnoreCase(element.getAttribute("dir"));
            }
        }
        return false;
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    /** Parses XHTML with JAXP hardened against XXE (OWASP XML External Entity Prevention Cheat Sheet). */
    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder documentBuilder = factory.newDocumentBuilder();
            documentBuilder.setErrorHandler(null);
            return documentBuilder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("The report is not well-formed XHTML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + "): " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new IllegalArgumentException("The report is not well-formed XHTML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be configured securely", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
