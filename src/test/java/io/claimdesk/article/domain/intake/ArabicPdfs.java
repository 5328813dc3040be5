package io.claimdesk.article.domain.intake;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Arabic PDFs made in the test, as a word processor makes them: shaped glyphs placed right to left (openhtmltopdf with
 * ICU bidi and the bundled Noto Naskh Arabic and DejaVu Sans fonts, the report's own fonts), so no binary is committed.
 */
final class ArabicPdfs {

    private ArabicPdfs() {
    }

    /** A right-to-left PDF of the given XHTML body content. */
    static byte[] render(String bodyXhtml) {
        String xhtml = "<html dir=\"rtl\" lang=\"ar\"><head><style>body { font-family: 'Noto Naskh Arabic', 'DejaVu Sans';"
                + " font-size: 14pt; } p { margin: 0 0 24pt 0; width: 12cm; }</style></head><body>" + bodyXhtml
                + "</body></html>";
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
        builder.useFont(() -> font("/fonts/NotoNaskhArabic-Regular.ttf"), "Noto Naskh Arabic");
        builder.useFont(() -> font("/fonts/DejaVuSans.ttf"), "DejaVu Sans");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String resource) {
        InputStream in = ArabicPdfs.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing font " + resource);
        }
        return in;
    }
}
