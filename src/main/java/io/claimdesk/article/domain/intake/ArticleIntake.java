package io.claimdesk.article.domain.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Facade of the intake pipeline: decode -> extract -> canonicalize -> collapse repeats -> byline -> language.
 * Stateless and thread-safe.
 *
 * <p>Errors are {@link IntakeException}s with a user-facing English message: EMPTY (nothing but white space),
 * TOO_LARGE ("The file is 12.0 MB; the limit is 10 MB."), UNREADABLE, BINARY, UNSUPPORTED_TYPE, NO_TEXT.
 * Sizes in messages use 1 MB = 1024 x 1024 bytes.
 */
public final class ArticleIntake {

    /** Longest first line, in code points, taken as a headline when there is no title. */
    public static final int MAX_HEADLINE_CODE_POINTS = 150;
    /** Most words in a first line taken as a headline. */
    public static final int MAX_HEADLINE_WORDS = 20;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟۔…:;،,]$");

    private final CharsetSniffer charsetSniffer = new CharsetSniffer();
    private final DocumentTypeSniffer typeSniffer = new DocumentTypeSniffer();
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();
    private final DocxExtractor docxExtractor = new DocxExtractor();
    private final PdfExtractor pdfExtractor = new PdfExtractor();
    private final TextCanonicalizer canonicalizer = new TextCanonicalizer();
    private final RepeatedBlockCollapser collapser = new RepeatedBlockCollapser();
    private final BylineDetector bylineDetector = new BylineDetector();
    private final LanguageDetector languageDetector = new LanguageDetector();

    /**
     * Takes in pasted text. The charset override in the options is ignored (the text is already decoded).
     *
     * @param pasted  the text as pasted
     * @param options size limit (applied to the UTF-8 length) and source URL
     * @return the article
     * @throws IntakeException EMPTY, TOO_LARGE
     */
    public IntakeResult fromText(String pasted, IntakeOptions options) {
        long size = utf8Length(pasted);
        checkSize(size, options, "text");
        if (pasted.isBlank() || canonicalizer.canonicalize(pasted).text().isEmpty()) {
            throw new IntakeException(IntakeException.Code.EMPTY, "The text is empty or contains only white space.");
        }
        return finish(ExtractedArticle.ofText(pasted), options, null, new ArrayList<>(), DocumentType.TEXT);
    }

    /**
     * Takes in an uploaded file (.txt in any common encoding, .html, .docx, .pdf). The type comes from the
     * content and name ({@link DocumentTypeSniffer}), not from the content type alone.
     *
     * @param document the upload
     * @param options  charset override (text and HTML only), size limit, source URL
     * @return the article
     * @throws IntakeException EMPTY, TOO_LARGE, UNREADABLE, BINARY, UNSUPPORTED_TYPE, NO_TEXT
     */
    public IntakeResult fromDocument(RawDocument document, IntakeOptions options) {
        if (document.size() == 0) {
            throw new IntakeException(IntakeException.Code.EMPTY, "The file is empty (0 bytes).");
        }
        checkSize(document.size(), options, "file");
        byte[] bytes = document.bytes();
        DocumentType type = typeSniffer.sniff(document);
        List<IntakeWarning> warnings = new ArrayList<>();
        String charset = null;
        ExtractedArticle extracted;
        switch (type) {
            case TEXT -> {
                DecodedText decoded = charsetSniffer.decode(bytes, options.charsetOverride(), null, false);
                warnings.addAll(decoded.warnings());
                charset = decoded.detection().charset().name();
                extracted = ExtractedArticle.ofText(decoded.text());
            }
            case HTML -> {
                DecodedText decoded = charsetSniffer.decode(bytes, options.charsetOverride(),
                        HtmlExtractor.declaredCharset(bytes), true);
                warnings.addAll(decoded.warnings());
                charset = decoded.detection().charset().name();
                extracted = htmlExtractor.extract(decoded.text(), options.sourceUrl());
            }
            case DOCX -> extracted = docxExtractor.extract(bytes, options.docxNotes());
            case PDF -> extracted = pdfExtractor.extract(bytes);
            default -> throw new IllegalStateException("unknown type " + type);
        }
        return finish(extracted, options, charset, warnings, type);
    }

    private IntakeResult finish(ExtractedArticle extracted, IntakeOptions options, @Nullable String charset,
            List<IntakeWarning> warnings, DocumentType type) {
        CanonicalText canonical = canonicalizer.canonicalize(extracted.text());
        if (canonical.text().isEmpty()) {
            if (type == DocumentType.TEXT) {
                throw new IntakeException(IntakeException.Code.EMPTY,
                        "The file is empty or contains only white space.");
            }
            throw new IntakeException(IntakeException.Code.NO_TEXT,
                    "The " + describe(type) + " contains no readable article text.");
        }
        warnings.addAll(canonical.warnings());
        List<PageFurniture.Line> furniture = PageFurniture.detect(canonical.text());
        PageFurniture.Removed withoutFurniture = PageFurniture.remove(canonical.text(), furniture);
        if (withoutFurniture.text().isBlank()) {
            furniture = List.of(); // never empty the body: a page of nothing but such lines keeps them
            withoutFurniture = PageFurniture.remove(canonical.text(), furniture);
        }
        PageFurniture.warning(furniture).ifPresent(warnings::add);
        // the repeat notes name lines of the canonical text of the kept raw text, furniture lines counted
        CollapsedText collapsed = collapser.collapse(withoutFurniture.text())
                .renumbered(withoutFurniture.originalLine());
        collapsed.warning().ifPresent(warnings::add);
        BylineExtraction byline = bylineDetector.extract(collapsed.text());
        String body = byline.body();
        String language = languageDetector.detect(body);
        if (language.equals(LanguageDetector.UNDETERMINED)) {
            warnings.add(IntakeWarning.of(IntakeWarning.Code.LANGUAGE_UNDETERMINED,
                    "The language of the article could not be determined."));
        }
        String direction = languageDetector.direction(language).code();
        String given = extracted.title() == null ? null : emptyToNull(canonicalLine(extracted.title()));
        String title = given != null ? given
                : java.util.Objects.requireNonNull(title(body), "a non-blank body has a title");
        String url = options.sourceUrl() != null ? HtmlExtractor.url(options.sourceUrl(), null) : extracted.url();
        return new IntakeResult(title, body, joinByline(extracted.author(), byline.byline()), url,
                extracted.canonicalUrl(), optionalLine(extracted.publisher()), optionalLine(extracted.description()),
                extracted.publishedAt(), language, direction, charset, warnings, sha256Hex(body), furniture,
                links(extracted.links(), body));
    }

    /**
     * The title of a body given without one: its first line when that looks like a headline ({@link IntakeResult}
     * states the rule), else the first line itself, cut at a word boundary to at most
     * {@value #MAX_HEADLINE_CODE_POINTS} code points with "…" (never empty for a non-blank body).
     *
     * @param body canonical text
     * @return the title, or {@code null} only for a blank body
     */
    public @Nullable String title(String body) {
        String headline = headline(body);
        if (headline != null) {
            return headline;
        }
        String first = body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (first.isEmpty()) {
            return null;
        }
        int length = first.codePointCount(0, first.length());
        if (length <= MAX_HEADLINE_CODE_POINTS) {
            return first;
        }
        String cut = first.substring(0, first.offsetByCodePoints(0, MAX_HEADLINE_CODE_POINTS - 1));
        int space = cut.lastIndexOf(' ');
        if (space > cut.length() / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip().replaceAll("[\\s،,;:؛\\-–—]+$", "") + "…";
    }

    /** The page's links whose paragraph (canonical, folded) is a line of the body, in body order. */
    private List<BodyLink> links(List<BodyLink> extracted, String body) {
        if (extracted.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> lines = new java.util.HashSet<>();
        body.lines().map(RepeatedBlockCollapser::fold).forEach(lines::add);
        List<BodyLink> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (BodyLink link : extracted) {
            String paragraph = canonicalLine(link.paragraph());
            if (lines.contains(paragraph) && seen.add(link.url() + "\n" + paragraph)) {
                out.add(new BodyLink(link.url(), canonicalLine(link.anchorText()), paragraph));
            }
        }
        return out;
    }

    private @Nullable String headline(String body) {
        List<String> paragraphs = body.lines().filter(l -> !l.isBlank()).toList();
        if (paragraphs.size() < 2) {
            return null;
        }
        String first = paragraphs.get(0).strip();
        int words = first.split("\\s+").length;
        if (first.codePointCount(0, first.length()) > MAX_HEADLINE_CODE_POINTS || words > MAX_HEADLINE_WORDS
                || SENTENCE_END.matcher(first).find() || bylineDetector.isCreditLine(first)) {
            return null;
        }
        return first;
    }

    private @Nullable String joinByline(@Nullable String author, @Nullable String credit) {
        String a = optionalLine(author);
        String c = optionalLine(credit);
        if (a == null) {
            return c;
        }
        if (c == null || c.toLowerCase(Locale.ROOT).contains(a.toLowerCase(Locale.ROOT))) {
            return c == null ? a : c;
        }
        if (a.toLowerCase(Locale.ROOT).contains(c.toLowerCase(Locale.ROOT))) {
            return a;
        }
        return a + "; " + c;
    }

    private @Nullable String optionalLine(@Nullable String s) {
        return s == null ? null : emptyToNull(canonicalLine(s));
    }

    private String canonicalLine(String s) {
        return RepeatedBlockCollapser.fold(canonicalizer.canonicalize(s).text());
    }

    private static @Nullable String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /**
     * Refuses a size over the limit before any byte is read (uploads check this first).
     *
     * @param what "file" or "text", for the message
     * @throws IntakeException TOO_LARGE
     */
    public static void checkSize(long size, IntakeOptions options, String what) {
        if (size > options.maxSizeBytes()) {
            throw new IntakeException(IntakeException.Code.TOO_LARGE, "The " + what + " is " + formatSize(size, true)
                    + "; the limit is " + formatSize(options.maxSizeBytes(), false) + ".");
        }
    }

    /**
     * Human size: bytes below 1 KB, KB below 1 MB, else MB (1024-based). With {@code oneDecimal} the KB/MB figure
     * always has one decimal ("12.0 MB"), otherwise whole numbers drop it ("10 MB").
     */
    static String formatSize(long bytes, boolean oneDecimal) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value;
        String unit;
        if (bytes < 1024L * 1024) {
            value = bytes / 1024.0;
            unit = "KB";
        } else {
            value = bytes / (1024.0 * 1024);
            unit = "MB";
        }
        if (!oneDecimal && value == Math.rint(value)) {
            return String.format(Locale.ENGLISH, "%,d %s", (long) value, unit);
        }
        return String.format(Locale.ENGLISH, "%,.1f %s", value, unit);
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String describe(DocumentType type) {
        return switch (type) {
            case TEXT -> "text file";
            case HTML -> "web page";
            case DOCX -> "Word document";
            case PDF -> "PDF";
        };
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes. */
    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
