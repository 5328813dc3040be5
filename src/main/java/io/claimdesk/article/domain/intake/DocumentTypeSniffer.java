package io.claimdesk.article.domain.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what kind of file an upload is from its content first (magic bytes), then its file name, never from the
 * declared content type alone (WHATWG MIME Sniffing Standard, in spirit).
 *
 * <ol>
 *   <li>{@code %PDF-} within the first 1024 bytes (PDF 1.7, ISO 32000-1, annex H.3 tolerance): PDF.</li>
 *   <li>{@code PK\3\4} (ZIP) with an entry {@code word/document.xml}: DOCX; another ZIP (xlsx, pptx, odt, plain
 *       archives): UNSUPPORTED_TYPE.</li>
 *   <li>OLE2 compound file {@code D0 CF 11 E0} (legacy .doc/.xls/.ppt) and RTF {@code {\rtf}: UNSUPPORTED_TYPE.</li>
 *   <li>Image, audio, video, archive and executable signatures (PNG, JPEG, GIF, WebP/RIFF, BMP, TIFF, ICO,
 *       gzip, 7z, RAR, ELF, Mach-O, MP3/ID3, MP4/ftyp, Ogg, FLAC, WASM): BINARY.</li>
 *   <li>A file named .pdf or .docx that failed the checks above: UNREADABLE (the name and the content disagree).</li>
 *   <li>Markup start ({@code <!doctype html}, {@code <html}, {@code <head}, {@code <body}) in the first 1024 bytes
 *       after a BOM and white space (NUL bytes skipped, so UTF-16 HTML is recognised); or the name
 *       (.html/.htm/.xhtml) or content type ({@code text/html}, {@code application/xhtml+xml}) says HTML and the
 *       content starts with {@code <}: HTML.</li>
 *   <li>Anything else: TEXT (the charset sniffer then refuses binary data).</li>
 * </ol>
 */
public final class DocumentTypeSniffer {

    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
    private static final int MAX_ZIP_ENTRIES = 5000;

    /**
     * @param document the upload
     * @return its kind
     * @throws IntakeException UNSUPPORTED_TYPE, BINARY or UNREADABLE as listed on the class
     */
    public DocumentType sniff(RawDocument document) {
        byte[] b = document.bytes();
        String ext = document.extension();
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return DocumentType.PDF;
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            if (zipHasEntry(b, "word/document.xml")) {
                return DocumentType.DOCX;
            }
            throw new IntakeException(IntakeException.Code.UNSUPPORTED_TYPE,
                    "The file is a ZIP archive but not a Word document (.docx). Supported files: .txt, .html, "
                            + ".docx and .pdf.");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new IntakeException(IntakeException.Code.UNSUPPORTED_TYPE,
                    "The file is a legacy Microsoft Office document (.doc, .xls or .ppt). Save it as .docx or PDF "
                            + "and upload it again.");
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            throw new IntakeException(IntakeException.Code.UNSUPPORTED_TYPE,
                    "The file is a Rich Text Format (.rtf) document. Save it as .docx or PDF and upload it again.");
        }
        String binaryKind = binaryKind(b);
        if (binaryKind != null) {
            throw new IntakeException(IntakeException.Code.BINARY,
                    "The file is " + binaryKind + ", not an article. Upload a .txt, .html, .docx or .pdf file.");
        }
        if (ext.equals("pdf") || ext.equals("docx")) {
            throw new IntakeException(IntakeException.Code.UNREADABLE,
                    "The file is named ." + ext + " but its content is not a " + ext.toUpperCase(Locale.ROOT)
                            + " document; it may be damaged.");
        }
        String head = asciiHead(b);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || (head.startsWith("<?xml") && head.contains("<html"))
                || (head.startsWith("<!--") && head.contains("<html"))) {
            return DocumentType.HTML;
        }
        String type = document.contentType() == null ? "" : document.contentType().toLowerCase(Locale.ROOT);
        boolean namedHtml = HTML_EXTENSIONS.contains(ext) || type.startsWith("text/html")
                || type.startsWith("application/xhtml+xml");
        if (namedHtml && head.startsWith("<")) {
            return DocumentType.HTML;
        }
        return DocumentType.TEXT;
    }

    private static @org.jspecify.annotations.Nullable String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F')) {
            return "a RIFF media file (WebP, WAV or AVI)";
        }
        if (startsWith(b, 'B', 'M') && b.length > 14 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0) {
            return "a BMP image";
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return "a TIFF image";
        }
        if (startsWith(b, 0x00, 0x00, 0x01, 0x00)) {
            return "an icon file";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "a 7-Zip archive";
        }
        if (startsWith(b, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return "a RAR archive";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "a program (ELF)";
        }
        if (startsWith(b, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(b, 0xFE, 0xED, 0xFA, 0xCF)) {
            return "a program (Mach-O)";
        }
        if (startsWith(b, 'M', 'Z') && b.length > 0x40 && indexOf(b, new byte[] {0}, 64) >= 0) {
            return "a Windows program";
        }
        if (startsWith(b, 'I', 'D', '3') || startsWith(b, 0xFF, 0xFB)) {
            return "an MP3 audio file";
        }
        if (b.length > 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "an MP4/QuickTime media file";
        }
        if (startsWith(b, 'O', 'g', 'g', 'S')) {
            return "an Ogg media file";
        }
        if (startsWith(b, 'f', 'L', 'a', 'C')) {
            return "a FLAC audio file";
        }
        if (startsWith(b, 0x00, 'a', 's', 'm')) {
            return "a WebAssembly module";
        }
        return null;
    }

    private static boolean zipHasEntry(byte[] b, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                if (entry.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            throw new IntakeException(IntakeException.Code.UNREADABLE,
                    "The file looks like a ZIP archive but could not be opened; it may be damaged.", e);
        }
    }

    /** First 1024 bytes as lower-case ASCII, BOM, NUL bytes and leading white space removed. */
    private static String asciiHead(byte[] b) {
        int start = CharsetSniffer.bomLength(b);
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < Math.min(b.length, start + 1024); i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                continue;
            }
            if (sb.length() == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
                continue;
            }
            sb.append(c < 0x80 ? (char) c : '?');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int limit) {
        int end = Math.min(b.length, limit) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
