package io.claimdesk.report.domain;

import java.nio.charset.StandardCharsets;

/**
 * File names for downloads and the HTTP {@code Content-Disposition} header of RFC 6266: an ASCII
 * {@code filename="…"} fallback plus {@code filename*=UTF-8''…} percent-encoded as RFC 8187 (formerly RFC 5987)
 * defines, so Arabic titles survive in every current browser.
 */
public final class DownloadNames {

    private static final int MAX_CODE_POINTS = 80;

    private DownloadNames() {
    }

    /**
     * A safe file name from a title: path separators, control characters and characters Windows forbids become
     * {@code _}, runs of white space one space, at most 80 code points, never empty; then {@code extension}.
     *
     * @param extension without the dot, e.g. {@code pdf}
     */
    public static String fileName(String title, String extension) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        boolean space = false;
        String stripped = title.strip();
        for (int i = 0; i < stripped.length() && count < MAX_CODE_POINTS; ) {
            int cp = stripped.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            if (space && !b.isEmpty()) {
                b.append(' ');
                count++;
            }
            space = false;
            if (cp < 0x20 || cp == 0x7F || "/\\:*?\"<>|".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT
                    && cp != 0x200C && cp != 0x200D) {
                b.append('_');
            } else {
                b.appendCodePoint(cp);
            }
            count++;
        }
        String base = b.toString().replaceAll("^[.]+", "");
        return (base.isBlank() ? "export" : base) + "." + extension;
    }

    /**
     * The {@code Content-Disposition} value.
     *
     * @param disposition {@code attachment} or {@code inline}
     * @param fileName    the file name (any Unicode)
     */
    public static String contentDisposition(String disposition, String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 8187 value-chars: attr-char kept, every other UTF-8 byte as %XX. */
    static String encode(String value) {
        StringBuilder b = new StringBuilder();
        for (byte raw : value.getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.toString();
    }
}
