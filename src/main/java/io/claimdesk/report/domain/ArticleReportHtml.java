package io.claimdesk.report.domain;

import io.claimdesk.core.work.Cancellation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the article report as one XHTML document (XML syntax, so the same text is served as HTML and rendered
 * to PDF by {@link PdfRenderer}): the article's metadata; its text with the claim spans highlighted and numbered
 * ({@link ClaimSpans}, overlapping spans included); then each claim with statement, claimant, claim date,
 * status, verdict (label in the report language), rationale, evidence with stance (as a symbol and a word, never
 * colour alone) and its canonical link with the archived copy beside it, approver and approval time (UTC). In the {@link ReportVariant#INTERNAL} variant a
 * banner says so, and a verdict that is not approved yet (with its rationale) carries the word "draft" in the
 * report language after it and the {@code draft} style (dashed frame, grey italic); the caller decides which
 * claims a {@link ReportVariant#PUBLIC} report holds (the APPROVED ones, {@code ReportService}).
 *
 * <p>Mixed-direction text: the title, publisher, byline, statement, quote, claimant, rationale, approver and each
 * evidence title, publisher and excerpt take their own direction from their content ({@link BidiText#direction},
 * the claim's or article's language when the text has no strong character) and isolate their web addresses
 * ({@link BidiText#html}), so Latin, digits, percentages, quotation marks and URLs inside Arabic (and the reverse)
 * stay where the author put them in either report language.
 *
 * <p>The document element carries the article's {@code lang} and {@code dir}. Every piece of user text passes
 * through {@link #escape(String)} (Spring {@link HtmlUtils}: {@code & < > " '} become references valid in HTML
 * and XML); characters XML 1.0 forbids (C0 controls other than tab and line feed, lone surrogates, U+FFFE/U+FFFF)
 * are dropped. Only links with an {@code http} or {@code https} scheme become {@code href}s.
 */
public final class ArticleReportHtml {

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private ArticleReportHtml() {
    }

    /**
     * @param claims         the article's claims in text order; claim number i+1 is {@code claims.get(i)}
     * @param reportLanguage {@code ar} or {@code en}: language of labels and verdict names
     * @param variant        public or internal (drafts marked, see the class comment)
     * @param text           labels in the report language
     * @param generatedAt    when the report is made
     * @return a well-formed XHTML document
     */
    public static String render(ReportArticle article, List<ExportedClaim> claims, String reportLanguage,
                                ReportVariant variant, ReportText text, OffsetDateTime generatedAt) {
        return render(article, claims, Map.of(), reportLanguage, variant, text, generatedAt);
    }

    /**
     * The report with each claim's corrections log: "updated on &lt;re-approval, UTC&gt;: &lt;reopen reason&gt;",
     * oldest first, under its approval.
     *
     * @param corrections the corrections of each claim by claim id (claims without an entry have none)
     * @see #render(ReportArticle, List, String, ReportVariant, ReportText, OffsetDateTime)
     */
    public static String render(ReportArticle article, List<ExportedClaim> claims,
                                Map<Long, List<PublicCheck.Correction>> corrections, String reportLanguage,
                                ReportVariant variant, ReportText text, OffsetDateTime generatedAt) {
        StringBuilder out = new StringBuilder(article.body().length() * 2 + 4096);
        String frame = "ar".equals(reportLanguage) ? "rtl" : "ltr";
        String title = article.title() == null || article.title().isBlank()
                ? text.get("report.untitled", article.id()) : article.title();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                // the frame (labels, headings) follows the report language; the article's own text keeps its
                // direction below, so an Arabic article in an English report reads right
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(reportLanguage))
                .append("\" dir=\"").append(frame).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body dir=\"")
                .append(frame).append("\">\n");
        out.append(pageFooter(text, frame));

        out.append("<header>\n<p class=\"kind\">").append(escape(text.get("report.heading")))
                .append("</p>\n");
        if (variant == ReportVariant.INTERNAL) {
            out.append("<p class=\"internal\" id=\"internal-notice\">").append(escape(text.get("report.internal")))
                    .append("</p>\n");
        }
        String titleDir = BidiText.direction(title, article.language());
        // the content in an isolate of the same direction, like every other field: in print that is an inline block
        // with its own direction, which keeps openhtmltopdf from laying the runs of the heading out in reverse
        out.append("<h1 dir=\"").append(titleDir).append("\">").append(isolate(title, article.language()))
                .append("</h1>\n<div class=\"meta\">\n");
        rowText(out, text.get("report.publisher"), article.publisher(), article.language());
        rowText(out, text.get("report.byline"), article.byline(), article.language());
        rowHtml(out, text.get("report.url"), ltr(link(article.url(), article.url())));
        rowLtr(out, text.get("report.publishedAt"), article.publishedAt() == null ? null : utc(article.publishedAt()));
        rowLtr(out, text.get("report.language"), article.language());
        row(out, text.get("report.claimCount"), Integer.toString(claims.size()));
        rowLtr(out, text.get("report.generatedAt"), utc(generatedAt));
        out.append("</div>\n</header>\n");

        List<ClaimSpans.Span> spans = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ExportedClaim c = claims.get(i);
            if (!c.orphaned()) {
                spans.add(new ClaimSpans.Span(i + 1, c.startCp(), c.endCp()));
            }
        }
        out.append("<section class=\"article-text\">\n<h2>").append(escape(text.get("report.text")))
                .append("</h2>\n<div class=\"body\" lang=\"").append(escape(article.language())).append("\" dir=\"")
                .append(direction(article.direction())).append("\">");
        // each line of the body is a paragraph with its own direction (BidiText.paragraphDirection: a line written
        // wholly in the other direction, e.g. an English paragraph in an Arabic article, turns); a claim span
        // that crosses a line break is cut into one span per paragraph
        String bodyDir = direction(article.direction());
        String[] lines = article.body().split("\n", -1);
        List<List<ClaimSpans.Piece>> pieces = new ArrayList<>();
        pieces.add(new ArrayList<>());
        for (ClaimSpans.Piece piece : ClaimSpans.split(article.body(), spans)) {
            Cancellation.check(); // a cancelled report job (BoundedWork) stops here
            String[] parts = piece.text().split("\n", -1);
            for (int k = 0; k < parts.length; k++) {
                if ((k & 255) == 255) {
                    Cancellation.check();
                }
                if (k > 0) {
                    pieces.add(new ArrayList<>());
                }
                List<Integer> starting = k == 0 ? piece.starting() : List.of();
                if (!parts[k].isEmpty() || !starting.isEmpty()) {
                    pieces.get(pieces.size() - 1).add(new ClaimSpans.Piece(parts[k], piece.covering(), starting));
                }
            }
        }
        for (int line = 0; line < lines.length; line++) {
            String dir = BidiText.paragraphDirection(lines[line], bodyDir);
            out.append("<div class=\"para\" dir=\"").append(dir).append("\">");
            if (lines[line].isEmpty()) {
                out.append("<br/>");
            }
            // (the line's content in an isolate of its direction, as the title above)
            out.append("<span dir=\"").append(dir).append("\">");
            paragraph(out, lines[line], dir, pieces.get(line), text);
            out.append("</span></div>");
        }
        out.append("</div>\n</section>\n");

        out.append("<section class=\"claims\">\n<h2>").append(escape(text.get("report.claims"))).append("</h2>\n");
        if (claims.isEmpty()) {
            out.append("<p>").append(escape(text.get("report.noClaims"))).append("</p>\n");
        }
        for (int i = 0; i < claims.size(); i++) {
            claim(out, i + 1, claims.get(i), corrections.getOrDefault(claims.get(i).id(), List.of()), reportLanguage,
                    article.language(), text);
        }
        out.append("</section>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void claim(StringBuilder out, int number, ExportedClaim c,
                              List<PublicCheck.Correction> corrections, String language, String articleLanguage,
                              ReportText text) {
        // the number opens the statement's isolate, so it stands at the statement's start and shares its line in
        // the PDF too (there the isolate is an inline block as wide as the heading)
        String statementDir = BidiText.direction(c.statement(), c.language());
        out.append("<div class=\"claim\" id=\"claim-").append(number).append("\">\n<h3><span dir=\"")
                .append(statementDir).append("\"><span class=\"claim-no\">[").append(number).append("]</span> ")
                .append(BidiText.html(c.statement(), statementDir)).append("</span></h3>\n<div class=\"fields\">\n");
        // the quote is the article's text; statement, claimant and rationale are in the claim's language
        rowHtml(out, text.get("report.quote"), isolate(c.quote(), articleLanguage)
                + (c.orphaned() ? " (" + escape(text.get("report.orphaned")) + ")" : ""));
        rowText(out, text.get("report.claimant"), c.claimant(), c.language());
        rowLtr(out, text.get("report.claimDate"), c.claimDate() == null ? null : c.claimDate().toString());
        row(out, text.get("report.status"), text.get("report.status." + c.status()));
        if (c.verdict() != null && !c.approved()) {
            // only the internal report holds claims that are not approved: their verdict is a draft
            String draft = "<span class=\"draft-mark\">[" + escape(text.get("report.draft")) + "]</span>";
            rowHtml(out, text.get("report.verdict"), "<span class=\"draft\">"
                    + escape(c.verdict().label(language)) + "</span> " + draft);
            rowHtml(out, text.get("report.rationale"), c.rationale() == null || c.rationale().isBlank() ? "&#8212;"
                    : "<span class=\"draft\" dir=\"" + BidiText.direction(c.rationale(), c.language()) + "\">"
                    + BidiText.html(c.rationale(), BidiText.direction(c.rationale(), c.language())) + "</span> "
                    + draft);
        } else {
            row(out, text.get("report.verdict"), c.verdict() == null ? null : c.verdict().label(language));
            rowText(out, text.get("report.rationale"), c.rationale(), c.language());
        }
        rowText(out, text.get("report.approvedBy"), c.approverName(), null);
        rowLtr(out, text.get("report.approvedAt"), c.approvedAt() == null ? null : utc(c.approvedAt()));
        if (!corrections.isEmpty()) {
            StringBuilder log = new StringBuilder();
            for (PublicCheck.Correction k : corrections) {
                // the message is escaped, then its two places take the (escaped) time and reason
                String line = escape(text.get("report.correction", "\uE000", "\uE001"))
                        .replace("\uE000", ltr(escape(utc(k.reapprovedAt()))))
                        .replace("\uE001", isolate(k.reason(), null));
                log.append("<span class=\"correction\">").append(line).append("</span><br/>");
            }
            rowHtml(out, text.get("report.corrections"), log.substring(0, log.length() - "<br/>".length()));
        }
        out.append("</div>\n<p class=\"evidence-heading\">").append(escape(text.get("report.evidence")))
                .append("</p>\n");
        if (c.evidence().isEmpty()) {
            out.append("<p class=\"none\">").append(escape(text.get("report.noEvidence"))).append("</p>\n");
        } else {
            out.append("<ul class=\"evidence\">\n");
            for (ExportedClaim.EvidenceLink e : c.evidence()) {
                String stance = e.stance().toLowerCase(Locale.ROOT);
                out.append("<li><span class=\"stance stance-").append(stance).append("\">")
                        .append(stanceSymbol(e.stance())).append(' ')
                        .append(escape(text.get("report.stance." + e.stance()))).append("</span> ")
                        .append(e.title() == null || e.title().isBlank() ? link(e.url(), e.url())
                                : linkHtml(e.url(), isolate(e.title(), null)));
                if (e.publisher() != null && !e.publisher().isBlank()) {
                    out.append("<br/><span class=\"publisher\" dir=\"")
                            .append(BidiText.direction(e.publisher(), null)).append("\">")
                            .append(BidiText.html(e.publisher())).append("</span>");
                }
                // the canonical link, with the archived copy beside it
                out.append("<br/><span class=\"url ltr\" dir=\"ltr\">").append(escape(e.url())).append("</span>");
                if (e.archiveUrl() != null && !e.archiveUrl().isBlank()) {
                    out.append(" <span class=\"archive\">(").append(link(e.archiveUrl(), text.get("report.archive")))
                            .append(")</span>");
                }
                if (e.excerpt() != null && !e.excerpt().isBlank()) {
                    out.append("<br/><q dir=\"").append(BidiText.direction(e.excerpt(), null)).append("\">")
                            .append(BidiText.html(e.excerpt())).append("</q>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</div>\n");
    }

    /** A symbol that tells the stance apart without colour (the word follows it). */
    private static String stanceSymbol(String stance) {
        return switch (stance) {
            case "SUPPORTS" -> "&#10004;"; // heavy check mark
            case "REFUTES" -> "&#10008;"; // heavy ballot x
            default -> "&#9670;"; // black diamond
        };
    }

    private static void row(StringBuilder out, String label, @Nullable String value) {
        rowHtml(out, label, value == null || value.isBlank() ? "&#8212;" : escape(value));
    }

    /**
     * A row of user text: the value takes its own direction ({@link BidiText#direction}, {@code language} when
     * the text has no strong character) and its web addresses are isolated ({@link BidiText#html}), so mixed
     * Arabic/Latin/number text stays in the order the author wrote it, in either report language.
     */
    private static void rowText(StringBuilder out, String label, @Nullable String value, @Nullable String language) {
        if (value == null || value.isBlank()) {
            rowHtml(out, label, "&#8212;");
            return;
        }
        out.append("<div class=\"field\"><span class=\"label\">").append(escape(label))
                .append(":</span> <span class=\"value\" dir=\"").append(BidiText.direction(value, language))
                .append("\">").append(BidiText.html(value, BidiText.direction(value, language)))
                .append("</span></div>\n");
    }

    /** User text as an inline isolate with its own direction (see {@link #rowText}). */
    private static String isolate(String text, @Nullable String language) {
        String dir = BidiText.direction(text, language);
        return "<span dir=\"" + dir + "\">" + BidiText.html(text, dir) + "</span>";
    }

    /** A row whose value is left-to-right (dates, times, codes, URLs), kept whole inside right-to-left text. */
    private static void rowLtr(StringBuilder out, String label, @Nullable String value) {
        rowHtml(out, label, value == null || value.isBlank() ? "&#8212;" : ltr(escape(value)));
    }

    /**
     * Wraps HTML in a left-to-right inline block: {@code dir="ltr"} isolates it in browsers, and the inline block
     * with {@code direction: ltr} does the same in openhtmltopdf (which does not implement {@code unicode-bidi});
     * without it "2024-10-08 23:30 UTC" shows as "UTC 23:30 08-10-2024" in Arabic text.
     */
    private static String ltr(String html) {
        return "<span class=\"ltr\" dir=\"ltr\">" + html + "</span>";
    }

    private static void rowHtml(StringBuilder out, String label, String html) {
        out.append("<div class=\"field\"><span class=\"label\">").append(escape(label))
                .append(":</span> <span class=\"value\">").append(html).append("</span></div>\n");
    }

    private static String link(@Nullable String url, @Nullable String label) {
        if (url == null || url.isBlank()) {
            return "&#8212;";
        }
        String shown = escape(label == null ? url : label);
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return "<a href=\"" + escape(url.strip()) + "\">" + shown + "</a>";
        }
        return shown;
    }

    /**
     * One line of the article body: the runs of the other direction and the web addresses in isolates
     * ({@link BidiText#isolates}) as in every other field, the claim spans highlighted inside them (a highlight is
     * cut where an isolate starts or ends, so the elements nest; highlights carry no direction, isolates do), and
     * each claim's number where the claim starts.
     */
    private static void paragraph(StringBuilder out, String line, String dir, List<ClaimSpans.Piece> pieces,
                                  ReportText text) {
        List<BidiText.Isolate> isolates = BidiText.isolates(line, dir);
        int next = 0; // the next isolate to open, or the open one
        boolean open = false;
        int pos = 0;
        for (ClaimSpans.Piece piece : pieces) {
            for (int number : piece.starting()) {
                out.append("<span class=\"claim-no\">[").append(number).append("]</span>");
            }
            int end = pos + piece.text().length();
            int at = pos;
            while (at < end) {
                if (!open && next < isolates.size() && isolates.get(next).start() == at) {
                    out.append(isolates.get(next).openTag());
                    open = true;
                }
                int until = end;
                if (open) {
                    until = Math.min(until, isolates.get(next).end());
                } else if (next < isolates.size()) {
                    until = Math.min(until, isolates.get(next).start());
                }
                String body = escape(piece.text().substring(at - pos, until - pos));
                if (piece.covering().isEmpty()) {
                    out.append(body);
                } else {
                    int depth = Math.min(piece.covering().size(), 3);
                    out.append("<span class=\"span depth-").append(depth).append("\" title=\"")
                            .append(escape(text.get("report.spanTitle", join(piece.covering())))).append("\">")
                            .append(body).append("</span>");
                }
                at = until;
                if (open && isolates.get(next).end() == at) {
                    out.append("</span>");
                    open = false;
                    next++;
                }
            }
            pos = end;
        }
    }

    /** A link around HTML when {@code url} is http(s), else the HTML alone. */
    private static String linkHtml(@Nullable String url, String html) {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return "<a href=\"" + escape(url.strip()) + "\">" + html + "</a>";
        }
        return html;
    }

    private static String direction(String direction) {
        return "rtl".equals(direction) ? "rtl" : "ltr";
    }

    /** A UTC time as {@code yyyy-MM-dd HH:mm UTC}. */
    private static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(UTC_TIME);
    }

    private static String join(List<Integer> numbers) {
        StringBuilder b = new StringBuilder();
        for (int n : numbers) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(n);
        }
        return b.toString();
    }

    /**
     * Escapes user text for XHTML element content and attribute values.
     *
     * @return the text with {@code & < > " '} as character references and XML-forbidden characters removed
     */
    public static String escape(@Nullable String value) {
        if (value == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (allowed) {
                clean.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return HtmlUtils.htmlEscape(clean.toString(), "UTF-8");
    }

    /**
     * The page footer of the PDF, "page X of Y" in the report language ({@code report.page}): a CSS Paged Media
     * running element ({@code position: running(footer)}, shown by {@code @bottom-center}) whose two places are the
     * counters {@code page} and {@code pages}. A running element is laid out like any paragraph, so its Arabic is
     * shaped and ordered (margin-box {@code content} strings are not); browsers hide it on screen.
     */
    static String pageFooter(ReportText text, String frame) {
        String label = escape(text.get("report.page", "\uE000", "\uE001"));
        return "<div class=\"page-footer\" dir=\"" + frame + "\">"
                + label.replace("\uE000", "<span class=\"page-number\"></span>")
                .replace("\uE001", "<span class=\"page-count\"></span>")
                + "</div>\n";
    }

    /**
     * The report's style. Print rules keep the PDF compact: claims flow one after another (a claim may continue on
     * the next page), no heading is left at the foot of a page ({@code page-break-after: avoid}), a field, an
     * evidence item and two lines of a paragraph stay together.
     */
    private static final String STYLE = """
            @page { size: A4; margin: 16mm 16mm 18mm 16mm; @bottom-center { content: element(footer); } }
            .page-footer { position: running(footer); text-align: center; font-size: 9pt; color: #555; }
            .page-number::before { content: counter(page); }
            .page-count::before { content: counter(pages); }
            @media screen { .page-footer { display: none; } }
            body { font-family: %s, sans-serif; font-size: 11pt; line-height: 1.5;
                   color: #111; margin: 0; }
            h1 { font-size: 18pt; margin: 0 0 4pt 0; }
            h2 { font-size: 14pt; border-bottom: 1px solid #999; margin: 12pt 0 4pt 0; page-break-after: avoid; }
            h3 { font-size: 12pt; margin: 0 0 4pt 0; page-break-after: avoid; }
            p, .para { orphans: 2; widows: 2; }
            .field, li { page-break-inside: avoid; }
            .kind { color: #555; margin: 0; }
            .internal { color: #8a1c1c; font-weight: bold; border: 1px solid #8a1c1c; padding: 2pt 6pt; margin: 4pt 0; }
            .draft { color: #666; font-style: italic; border: 1px dashed #999; padding: 0 3pt; }
            .draft-mark { color: #8a1c1c; font-weight: bold; font-size: 9pt; text-transform: uppercase; }
            .field { margin: 1pt 0; }
            .label { color: #444; font-weight: bold; }
            .body { white-space: normal; }
            .span { background-color: #fff3b0; border-bottom: 2px solid #c9a400; }
            .span.depth-2 { background-color: #ffd970; }
            .span.depth-3 { background-color: #ffb347; }
            .claim-no { font-weight: bold; color: #7a4b00; font-size: 9pt; padding: 0 1pt; }
            .claim { border: 1px solid #ccc; padding: 6pt 8pt; margin: 6pt 0; page-break-inside: auto; }
            .evidence-heading { font-weight: bold; margin: 6pt 0 2pt 0; page-break-after: avoid; }
            ul.evidence { margin: 0; padding: 0; list-style: none; }
            ul.evidence li { margin: 2pt 0; }
            .stance { font-weight: bold; padding: 0 3pt; border: 1px solid; }
            .stance-supports { color: #1b7f3b; }
            .stance-refutes { color: #b3261e; }
            .stance-context { color: #5b5f97; }
            .ltr { direction: ltr; display: inline-block; }
            /* openhtmltopdf lays the runs of a line out in the line's direction and does not nest isolates
               (browsers isolate span[dir] by themselves): in print an isolate is an inline block with its own
               direction, so its runs keep their order and the block keeps its place in the line */
            @media print {
              [dir="ltr"] { direction: ltr; }
              [dir="rtl"] { direction: rtl; }
              span[dir="ltr"] { direction: ltr; display: inline-block; }
              span[dir="rtl"] { direction: rtl; display: inline-block; }
            }
            .url { color: #555; font-size: 9pt; }
            a { color: #0b4f9c; }
            @media print { a { text-decoration: none; } }
            """.formatted(PdfRenderer.FONT_FAMILY_CSS);
}
