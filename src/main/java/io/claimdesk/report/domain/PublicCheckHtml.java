package io.claimdesk.report.domain;

import static io.claimdesk.report.domain.ArticleReportHtml.escape;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * Writes the public fact-check pages as HTML5 documents: one page per published check ({@link #page}), the index
 * {@code /checks} ({@link #index}) and the "not found" page ({@link #notFound}).
 *
 * <p>Safe by construction: every piece of user text passes through {@link ArticleReportHtml#escape}; only
 * {@code http}/{@code https} links become {@code href}s; the one script is the JSON-LD data block, made
 * script-safe by {@link #scriptSafeJson}; there is no inline style or script handler, so the pages work under a
 * strict Content Security Policy ({@code default-src 'none'; style-src 'self'}): the look comes from
 * {@code /checks/assets/checks.css} and the verdict colours from {@code /checks/assets/verdicts.css}
 * ({@link #verdictStyles}).
 *
 * <p>Direction: the document carries the page language's {@code lang} and {@code dir}; every field of user text
 * takes its own direction from its content (first strong character, {@link BidiText#direction}, written out as
 * {@code dir} on block elements; {@code <bdi>} for fields inside a sentence), and inside each field web addresses
 * and runs of the other direction are isolated ({@link BidiText#html(String, String)}). Dates are UTC days in the page
 * language with Latin digits ({@code 8 October 2024}, {@code 8 أكتوبر 2024}) inside {@code <time>} elements
 * that give the ISO 8601 instant.
 */
public final class PublicCheckHtml {

    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AR = DateTimeFormatter.ofPattern("d MMMM uuuu",
            Locale.forLanguageTag("ar"));
    private static final String STYLESHEET = "/checks/assets/checks.css";
    private static final String VERDICT_STYLES = "/checks/assets/verdicts.css";

    private PublicCheckHtml() {
    }

    /**
     * The public page of one check.
     *
     * @param lang   page language, {@code ar} or {@code en}
     * @param text   labels in the page language
     * @param jsonLd the check's ClaimReview, serialised JSON (made script-safe here)
     */
    public static String page(PublicCheck check, Publisher publisher, String lang, ReportText text, String jsonLd) {
        ExportedClaim c = check.claim();
        ExportedClaim.Verdict verdict = c.verdict();
        String label = verdict == null ? "" : verdict.label(lang);
        String canonical = publisher.siteBaseUrl() + encodePath(check.path());
        StringBuilder out = new StringBuilder(8192);
        String title = label + ": " + c.statement() + " – " + publisher.name();
        head(out, lang, title, publisher);
        out.append("<link rel=\"canonical\" href=\"").append(escape(canonical)).append("\">\n");
        for (String other : List.of("ar", "en")) {
            out.append("<link rel=\"alternate\" hreflang=\"").append(other).append("\" href=\"")
                    .append(escape(canonical + "?lang=" + other)).append("\">\n");
        }
        String description = label + (blank(c.rationale()) ? "" : " – " + shorten(c.rationale(), 200));
        meta(out, "og:type", "article");
        meta(out, "og:title", c.statement());
        meta(out, "og:description", description);
        meta(out, "og:url", canonical);
        meta(out, "og:site_name", publisher.name());
        meta(out, "og:locale", "ar".equals(lang) ? "ar_AR" : "en_US");
        if (!blank(publisher.logoUrl())) {
            meta(out, "og:image", publisher.logoUrl());
        }
        if (c.firstApprovedAt() != null) {
            meta(out, "article:published_time", iso(c.firstApprovedAt()));
        }
        if (c.approvedAt() != null) {
            meta(out, "article:modified_time", iso(c.approvedAt()));
        }
        out.append("<meta name=\"description\" content=\"").append(escape(description)).append("\">\n");
        out.append("<script type=\"application/ld+json\">").append(scriptSafeJson(jsonLd)).append("</script>\n");
        out.append("</head>\n<body>\n");
        siteHeader(out, publisher, lang, text, "/" + encodePath(check.path()));

        out.append("<main>\n<article class=\"check\" id=\"check-").append(c.id()).append("\">\n");
        out.append("<p class=\"kicker\">").append(escape(text.get("check.kicker"))).append("</p>\n");
        out.append("<h1 ").append(dirAttr(c.statement(), c.language())).append(" lang=\"")
                .append(escape(c.language())).append("\">").append(text(c.statement(), c.language()))
                .append("</h1>\n");

        if (verdict != null) {
            out.append("<section class=\"verdict verdict-").append(escape(verdict.code())).append(" verdict-")
                    .append(kind(verdict)).append("\" aria-labelledby=\"verdict-heading\">\n")
                    .append(icon(verdict))
                    .append("<div>\n<h2 id=\"verdict-heading\" class=\"verdict-heading\">")
                    .append(escape(text.get("check.verdict"))).append("</h2>\n<p class=\"verdict-label\">")
                    .append(escape(label)).append("</p>\n</div>\n</section>\n");
        }

        out.append("<section class=\"claim\">\n<h2>").append(escape(text.get("check.claim"))).append("</h2>\n")
                .append("<blockquote ").append(dirAttr(c.quote(), c.language())).append('>')
                .append(text(c.quote(), c.language())).append("</blockquote>\n");
        if (!blank(c.claimant()) || c.claimDate() != null) {
            out.append("<p class=\"attribution\">&#8212; ");
            if (!blank(c.claimant())) {
                out.append("<bdi class=\"claimant\">").append(BidiText.html(c.claimant())).append("</bdi>");
            }
            if (c.claimDate() != null) {
                if (!blank(c.claimant())) {
                    out.append(lang.equals("ar") ? "&#1548; " : ", ");
                }
                out.append("<time class=\"claim-date\" datetime=\"").append(c.claimDate()).append("\" title=\"")
                        .append(escape(text.get("check.claimDate"))).append("\">")
                        .append(escape(day(c.claimDate().atStartOfDay().atOffset(ZoneOffset.UTC), lang)))
                        .append("</time>");
            }
            out.append("</p>\n");
        }
        out.append("</section>\n");

        out.append("<section class=\"appearance\">\n<h2>").append(escape(text.get("check.appearance")))
                .append("</h2>\n<p>");
        String articleTitle = blank(c.articleTitle()) ? text.get("check.untitled") : c.articleTitle();
        out.append(link(c.articleUrl(), "<bdi class=\"article-title\">" + BidiText.html(articleTitle) + "</bdi>"));
        if (!blank(check.articlePublisher())) {
            out.append(" &#183; <bdi class=\"article-publisher\">").append(escape(check.articlePublisher()))
                    .append("</bdi>");
        }
        out.append("</p>\n");
        if (!blank(c.articleUrl())) {
            out.append("<p class=\"url\"><bdi dir=\"ltr\">").append(escape(c.articleUrl())).append("</bdi></p>\n");
        }
        out.append("</section>\n");

        if (!blank(c.rationale())) {
            out.append("<section class=\"rationale\">\n<h2>").append(escape(text.get("check.rationale")))
                    .append("</h2>\n");
            paragraphs(out, c.rationale(), c.language());
            out.append("</section>\n");
        }

        out.append("<section class=\"evidence\">\n<h2>").append(escape(text.get("check.evidence")))
                .append("</h2>\n");
        if (c.evidence().isEmpty()) {
            out.append("<p>").append(escape(text.get("check.noEvidence"))).append("</p>\n");
        } else {
            out.append("<ol class=\"evidence-list\">\n");
            for (ExportedClaim.EvidenceLink e : c.evidence()) {
                String stance = e.stance().toLowerCase(Locale.ROOT);
                out.append("<li>\n<span class=\"stance stance-").append(escape(stance)).append("\">")
                        .append(stanceSymbol(e.stance())).append(' ')
                        .append(escape(text.get("report.stance." + e.stance()))).append("</span>\n")
                        .append("<p class=\"source-title\">")
                        .append(link(e.url(), "<bdi>" + BidiText.html(blank(e.title()) ? e.url() : e.title())
                                + "</bdi>"));
                if (!blank(e.publisher())) {
                    out.append(" &#183; <bdi class=\"source-publisher\">").append(escape(e.publisher()))
                            .append("</bdi>");
                }
                out.append("</p>\n<p class=\"url\"><bdi dir=\"ltr\">").append(escape(e.url())).append("</bdi></p>\n");
                if (!blank(e.archiveUrl())) {
                    out.append("<p class=\"archive\">")
                            .append(link(e.archiveUrl(), escape(text.get("check.archive")))).append("</p>\n");
                }
                if (!blank(e.excerpt())) {
                    out.append("<blockquote class=\"excerpt\" ").append(dirAttr(e.excerpt(), null)).append('>')
                            .append(text(e.excerpt(), null)).append("</blockquote>\n");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n");

        out.append("<section class=\"corrections\">\n<h2>").append(escape(text.get("check.corrections")))
                .append("</h2>\n");
        if (check.corrections().isEmpty()) {
            out.append("<p>").append(escape(text.get("check.noCorrections"))).append("</p>\n");
        } else {
            out.append("<ul class=\"corrections-list\">\n");
            for (PublicCheck.Correction k : check.corrections()) {
                out.append("<li>").append(format(text, "check.correction", time(k.reapprovedAt(), lang),
                        "<bdi class=\"reason\">" + BidiText.html(k.reason()) + "</bdi>")).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");

        out.append("<footer class=\"review\">\n");
        if (!blank(c.approverName())) {
            out.append("<p class=\"reviewer\">").append(format(text, "check.reviewedBy",
                    "<bdi>" + escape(c.approverName()) + "</bdi>")).append("</p>\n");
        }
        if (c.approvedAt() != null) {
            out.append("<p class=\"approved\">").append(format(text, "check.approvedOn", time(c.approvedAt(), lang)))
                    .append("</p>\n");
        }
        if (c.firstApprovedAt() != null && !c.firstApprovedAt().equals(c.approvedAt())) {
            out.append("<p class=\"published\">").append(format(text, "check.publishedOn",
                    time(c.firstApprovedAt(), lang))).append("</p>\n");
        }
        out.append("</footer>\n</article>\n</main>\n");
        siteFooter(out, text, lang);
        return out.toString();
    }

    /**
     * The index of published checks.
     *
     * @param languages      the claim languages to offer in the filter
     * @param languageFilter the claim language filtered on, or null
     * @param verdictFilter  the verdict code filtered on, or null
     */
    public static String index(PublicCheckService.IndexPage page, List<PublicCheckService.ScaleVerdict> verdicts,
                               List<String> languages, @Nullable String languageFilter,
                               @Nullable String verdictFilter, Publisher publisher, String lang, ReportText text) {
        StringBuilder out = new StringBuilder(8192);
        head(out, lang, text.get("check.index.title") + " – " + publisher.name(), publisher);
        out.append("<link rel=\"canonical\" href=\"").append(escape(publisher.siteBaseUrl() + "checks"))
                .append("\">\n<meta property=\"og:type\" content=\"website\">\n");
        meta(out, "og:title", text.get("check.index.title") + " – " + publisher.name());
        meta(out, "og:url", publisher.siteBaseUrl() + "checks");
        meta(out, "og:site_name", publisher.name());
        out.append("</head>\n<body>\n");
        siteHeader(out, publisher, lang, text, "/checks" + query(null, languageFilter, verdictFilter, page.page()));

        out.append("<main class=\"index\">\n<h1>").append(escape(text.get("check.index.title"))).append("</h1>\n");
        out.append("<form class=\"filters\" method=\"get\" action=\"/checks\">\n")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(escape(lang)).append("\">\n")
                .append("<label>").append(escape(text.get("check.index.filterLanguage")))
                .append(" <select name=\"language\">\n<option value=\"\">")
                .append(escape(text.get("check.index.all"))).append("</option>\n");
        for (String l : languages) {
            out.append("<option value=\"").append(escape(l)).append('"')
                    .append(l.equals(languageFilter) ? " selected" : "").append('>')
                    .append(escape(languageName(l, text))).append("</option>\n");
        }
        out.append("</select></label>\n<label>").append(escape(text.get("check.index.filterVerdict")))
                .append(" <select name=\"verdict\">\n<option value=\"\">")
                .append(escape(text.get("check.index.all"))).append("</option>\n");
        for (PublicCheckService.ScaleVerdict v : verdicts) {
            out.append("<option value=\"").append(escape(v.code())).append('"')
                    .append(v.code().equals(verdictFilter) ? " selected" : "").append('>')
                    .append(escape(v.label(lang))).append("</option>\n");
        }
        out.append("</select></label>\n<button type=\"submit\">").append(escape(text.get("check.index.apply")))
                .append("</button>\n</form>\n");
        out.append("<p class=\"count\">").append(escape(text.get("check.index.count", page.total())))
                .append("</p>\n");
        if (page.checks().isEmpty()) {
            out.append("<p class=\"empty\">").append(escape(text.get("check.index.empty"))).append("</p>\n");
        } else {
            out.append("<ol class=\"checks\">\n");
            for (PublicCheck check : page.checks()) {
                ExportedClaim c = check.claim();
                out.append("<li class=\"check-item\" id=\"check-").append(c.id()).append("\">\n");
                if (c.verdict() != null) {
                    out.append("<span class=\"badge verdict-").append(escape(c.verdict().code())).append(" verdict-")
                            .append(kind(c.verdict())).append("\">").append(icon(c.verdict()))
                            .append("<span class=\"badge-label\">").append(escape(c.verdict().label(lang)))
                            .append("</span></span>\n");
                }
                out.append("<h2 ").append(dirAttr(c.statement(), c.language())).append(" lang=\"")
                        .append(escape(c.language())).append("\"><a href=\"/")
                        .append(escape(encodePath(check.path()))).append("?lang=").append(escape(lang))
                        .append("\">").append(text(c.statement(), c.language()))
                        .append("</a></h2>\n<p class=\"meta\">");
                if (!blank(c.claimant())) {
                    out.append("<bdi class=\"claimant\">").append(escape(c.claimant())).append("</bdi> &#183; ");
                }
                out.append(format(text, "check.approvedOn", time(c.approvedAt(), lang))).append("</p>\n</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("<nav class=\"pages\">\n");
        if (page.page() > 1) {
            out.append("<a rel=\"prev\" href=\"/checks")
                    .append(escape(query(lang, languageFilter, verdictFilter, page.page() - 1))).append("\">")
                    .append(escape(text.get("check.index.newer"))).append("</a>\n");
        }
        out.append("<span>").append(escape(text.get("check.index.page", page.page(), page.lastPage())))
                .append("</span>\n");
        if (page.page() < page.lastPage()) {
            out.append("<a rel=\"next\" href=\"/checks")
                    .append(escape(query(lang, languageFilter, verdictFilter, page.page() + 1))).append("\">")
                    .append(escape(text.get("check.index.older"))).append("</a>\n");
        }
        out.append("</nav>\n</main>\n");
        siteFooter(out, text, lang);
        return out.toString();
    }

    /** The page of an address with no published check (served with status 404). */
    public static String notFound(Publisher publisher, String lang, ReportText text) {
        StringBuilder out = new StringBuilder(2048);
        head(out, lang, text.get("check.notFound.title") + " – " + publisher.name(), publisher);
        out.append("<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n");
        siteHeader(out, publisher, lang, text, "/checks");
        out.append("<main>\n<h1>").append(escape(text.get("check.notFound.title"))).append("</h1>\n<p>")
                .append(escape(text.get("check.notFound.text"))).append("</p>\n</main>\n");
        siteFooter(out, text, lang);
        return out.toString();
    }

    /**
     * JSON made safe inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} become the JSON
     * escapes {@code \u003c}, {@code \u003e} and {@code \u0026}, so no {@code </script>} or {@code <!--} can
     * end or change the block, and the JSON means the same.
     */
    public static String scriptSafeJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /**
     * The verdict colours as a style sheet: {@code .verdict-<CODE> { --verdict: <colour>; }} per verdict (codes
     * match {@code [A-Z][A-Z0-9_]*} and colours {@code #rrggbb} by the table's checks; anything else is skipped).
     */
    public static String verdictStyles(List<PublicCheckService.ScaleVerdict> verdicts) {
        StringBuilder css = new StringBuilder("/* verdict colours of the scale */\n");
        for (PublicCheckService.ScaleVerdict v : verdicts) {
            if (v.code().matches("[A-Z][A-Z0-9_]{0,39}") && v.colour().matches("#[0-9a-fA-F]{6}")) {
                css.append(".verdict-").append(v.code()).append(" { --verdict: ").append(v.colour())
                        .append("; }\n");
            }
        }
        return css.toString();
    }

    private static void head(StringBuilder out, String lang, String title, Publisher publisher) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(lang)).append("\" dir=\"")
                .append("ar".equals(lang) ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(VERDICT_STYLES).append("\">\n")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/checks/feed.atom?lang=")
                .append(escape(lang)).append("\" title=\"").append(escape(publisher.name())).append("\">\n");
    }

    /** The site header: organisation (logo and name, linking to the index) and the language switch. */
    private static void siteHeader(StringBuilder out, Publisher publisher, String lang, ReportText text,
                                   String here) {
        out.append("<header class=\"site\">\n<a class=\"brand\" href=\"/checks?lang=").append(escape(lang))
                .append("\">");
        if (!blank(publisher.logoUrl()) && isHttp(publisher.logoUrl())) {
            out.append("<img class=\"logo\" src=\"").append(escape(publisher.logoUrl())).append("\" alt=\"\">");
        }
        out.append("<bdi>").append(escape(publisher.name()))
                .append("</bdi></a>\n<nav class=\"languages\" aria-label=\"")
                .append(escape(text.get("check.languageSwitch"))).append("\">");
        String sep = here.contains("?") ? "&" : "?";
        // each language name in its own language, so a reader finds theirs
        for (String[] l : new String[][] {{"ar", "العربية"}, {"en", "English"}}) {
            if (l[0].equals(lang)) {
                out.append("<span class=\"current\" lang=\"").append(l[0]).append("\" aria-current=\"true\">")
                        .append(l[1]).append("</span>");
            } else {
                out.append("<a lang=\"").append(l[0]).append("\" hreflang=\"").append(l[0]).append("\" href=\"")
                        .append(escape(here + sep + "lang=" + l[0])).append("\">").append(l[1]).append("</a>");
            }
        }
        out.append("</nav>\n</header>\n");
    }

    private static void siteFooter(StringBuilder out, ReportText text, String lang) {
        out.append("<footer class=\"site\">\n<a href=\"/checks?lang=").append(escape(lang)).append("\">")
                .append(escape(text.get("check.allChecks"))).append("</a> &#183; <a href=\"/checks/feed.atom?lang=")
                .append(escape(lang)).append("\" type=\"application/atom+xml\">")
                .append(escape(text.get("check.feed"))).append("</a>\n</footer>\n</body>\n</html>\n");
    }

    private static void meta(StringBuilder out, String property, @Nullable String content) {
        out.append("<meta property=\"").append(property).append("\" content=\"").append(escape(content))
                .append("\">\n");
    }

    /**
     * Paragraphs of a multi-line text (blank lines part them, line breaks stay), each with its own direction
     * ({@link BidiText}; {@code language} when a paragraph has no strong character).
     */
    private static void paragraphs(StringBuilder out, String text, String language) {
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                String p = paragraph.strip();
                out.append("<p ").append(dirAttr(p, language)).append('>')
                        .append(text(p, language).replaceAll("\\R", "<br>")).append("</p>\n");
            }
        }
    }

    /** {@code dir="rtl"} or {@code dir="ltr"}: the text's own direction ({@link BidiText#direction}). */
    private static String dirAttr(String text, @Nullable String language) {
        return "dir=\"" + BidiText.direction(text, language) + "\"";
    }

    /** User text for an element carrying {@link #dirAttr}: escaped, runs of the other direction isolated. */
    private static String text(String text, @Nullable String language) {
        return BidiText.html(text, BidiText.direction(text, language));
    }

    /**
     * A message whose parameters are HTML: the message is escaped, the parameters are inserted as given (they are
     * escaped by the caller).
     */
    private static String format(ReportText text, String key, String... htmlParams) {
        Object[] marks = new Object[htmlParams.length];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = "\u0001" + i + "\u0002";
        }
        String escaped = escape(text.get(key, marks).replace("\u0001", "@@@").replace("\u0002", "###"));
        for (int i = 0; i < htmlParams.length; i++) {
            escaped = escaped.replace("@@@" + i + "###", htmlParams[i]);
        }
        return escaped;
    }

    private static String time(@Nullable OffsetDateTime time, String lang) {
        if (time == null) {
            return "&#8212;";
        }
        return "<time datetime=\"" + iso(time) + "\">" + escape(day(time, lang)) + "</time>";
    }

    /** The UTC day of an instant in the page language, Latin digits. */
    static String day(OffsetDateTime time, String lang) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format("ar".equals(lang) ? DAY_AR : DAY_EN);
    }

    private static String iso(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A link when {@code url} is http(s), else the label alone; {@code labelHtml} is HTML. */
    private static String link(@Nullable String url, String labelHtml) {
        if (blank(url) || !isHttp(url)) {
            return labelHtml;
        }
        return "<a href=\"" + escape(url.strip()) + "\">" + labelHtml + "</a>";
    }

    private static boolean isHttp(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Where a verdict sits: {@code true}, {@code false}, {@code mixed} on the scale, {@code unrated} off it. */
    static String kind(ExportedClaim.Verdict v) {
        if (!v.onScale() || v.bestRating() == v.worstRating()) {
            return "unrated";
        }
        double position = (double) (v.ratingValue() - v.worstRating()) / (v.bestRating() - v.worstRating());
        return position >= 2.0 / 3 ? "true" : position <= 1.0 / 3 ? "false" : "mixed";
    }

    /** An icon for the verdict's kind (Material Design icons, Apache 2.0), in the verdict colour by style. */
    private static String icon(ExportedClaim.Verdict v) {
        String path = switch (kind(v)) {
            case "true" -> "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z";
            case "false" -> "M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 "
                    + "13.4 12z";
            case "mixed" -> "M11 7h2v7h-2zm0 8h2v2h-2zM12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 "
                    + "0-16 8 8 0 0 1 0 16z";
            default -> "M11 18h2v-2h-2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 "
                    + "16zm0-14a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 0-4-4z";
        };
        return "<svg class=\"verdict-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\">"
                + "<path fill=\"currentColor\" d=\"" + path + "\"/></svg>";
    }

    /** A symbol that tells the stance apart without colour (the word follows it). */
    private static String stanceSymbol(String stance) {
        return switch (stance) {
            case "SUPPORTS" -> "&#10004;";
            case "REFUTES" -> "&#10008;";
            default -> "&#9670;";
        };
    }

    private static String languageName(String code, ReportText text) {
        String name = text.get("check.language." + code);
        return name.startsWith("!") ? code : name;
    }

    /** {@code ?lang=..&language=..&verdict=..&page=..} with the parts that are set (page only above 1). */
    static String query(@Nullable String lang, @Nullable String language, @Nullable String verdict, int page) {
        StringBuilder q = new StringBuilder();
        append(q, "lang", lang);
        append(q, "language", language);
        append(q, "verdict", verdict);
        if (page > 1) {
            append(q, "page", Integer.toString(page));
        }
        return q.toString();
    }

    private static void append(StringBuilder q, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? '?' : '&').append(name).append('=')
                    .append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
        }
    }

    /** A path with every segment percent-encoded as UTF-8 (RFC 3986), slashes kept. */
    public static String encodePath(String path) {
        return UriUtils.encodePath(path, StandardCharsets.UTF_8);
    }

    private static String shorten(String text, int maxCodePoints) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.codePointCount(0, s.length()) <= maxCodePoints) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, maxCodePoints - 1)) + "…";
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
