package io.claimdesk.report.domain;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Renders an XHTML report to PDF with openhtmltopdf (PDFBox back end), with correct Arabic shaping and
 * right-to-left ordering: ICU bidi splitter and reorderer from openhtmltopdf-rtl-support, and right-to-left
 * as the default text direction when the {@code <html>} or {@code <body>} element has {@code dir="rtl"}.
 *
 * <p>Fonts are bundled on the classpath under {@code /fonts} (never system fonts), registered with these CSS
 * family names, regular (400) and bold (700):
 * <ul>
 *   <li>{@value #ARABIC_FONT_FAMILY}: NotoNaskhArabic-Regular.ttf / -Bold.ttf (SIL Open Font License 1.1,
 *       {@code fonts/NotoNaskhArabic-OFL.txt});</li>
 *   <li>{@value #LATIN_FONT_FAMILY}: DejaVuSans.ttf / -Bold.ttf (Bitstream Vera licence, DejaVu changes
 *       public domain, {@code fonts/DejaVuSans-LICENSE.txt}).</li>
 * </ul>
 * Stylesheets should say {@code font-family: 'Noto Naskh Arabic', 'DejaVu Sans';} (see {@link #FONT_FAMILY_CSS}):
 * openhtmltopdf falls back glyph by glyph along the list, so Latin letters missing from Naskh come from DejaVu.
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

    /** The CSS {@code font-family} value to use in report stylesheets. */
    public static final String FONT_FAMILY_CSS = "'" + ARABIC_FONT_FAMILY + "', '" + LATIN_FONT_FAMILY + "'";

    private record BundledFont(String resource, String family, int weight) {
    }

    private static final List<BundledFont> FONTS = List.of(
            new BundledFont("/fonts/NotoNaskhArabic-Regular.ttf", ARABIC_FONT_FAMILY, 400),
            new BundledFont("/fonts/NotoNaskhArabic-Bold.ttf", ARABIC_FONT_FAMILY, 700),
            new BundledFont("/fonts/DejaVuSans.ttf", LATIN_FONT_FAMILY, 400),
            new BundledFont("/fonts/DejaVuSans-Bold.ttf", LATIN_FONT_FAMILY, 700));

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
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(isRightToLeft(document) ? TextDirection.RTL : TextDirection.LTR);
        for (BundledFont font : FONTS) {
            builder.useFont(() -> openFont(font.resource()), font.family(), font.weight(), FontStyle.NORMAL, true);
        }
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
