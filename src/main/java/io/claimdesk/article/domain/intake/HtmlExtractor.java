package io.claimdesk.article.domain.intake;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Pulls the main text and metadata out of an HTML page with jsoup.
 *
 * <p>Metadata, first found wins (Open Graph protocol, ogp.me; schema.org; HTML Living Standard):
 * <ul>
 *   <li>title: {@code og:title}, {@code <title>}, first {@code <h1>}; a trailing " - Publisher" / " | Publisher"
 *       equal to the publisher is removed;</li>
 *   <li>author: {@code meta name=author}, {@code article:author} (unless it is a URL), {@code rel=author},
 *       {@code itemprop=author};</li>
 *   <li>published: {@code article:published_time}, {@code <time datetime>}, {@code itemprop=datePublished},
 *       {@code meta name=date|pubdate|DC.date.issued}; ISO 8601 with offset, or without offset read as UTC,
 *       or a date alone as its start in UTC, or RFC 1123;</li>
 *   <li>canonical URL: {@code link rel=canonical}, {@code og:url}; url: {@code og:url}; publisher:
 *       {@code og:site_name}; description: {@code og:description}, {@code meta name=description}.</li>
 * </ul>
 * Text fields are passed through jsoup's text extraction, so no markup survives; URL fields are resolved against
 * the base URI and kept only when absolute {@code http}/{@code https} (never {@code javascript:}, {@code data:}).
 *
 * <p>Main text: script, style, noscript, template, iframe/frame/object/embed, form and controls, nav, footer,
 * aside, header/menus, media, svg/math and hidden elements are dropped. The root is the
 * {@code [itemprop=articleBody]}, {@code <article>}, or {@code <main>/[role=main]} element with the most text;
 * when none has text, the element holding the most {@code <p>} text directly (the densest block of paragraphs).
 * Block elements and {@code <br>} become line breaks, other white space collapses to one space, so paragraphs
 * come out one per line.
 */
public final class HtmlExtractor {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final String DROPPED = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
            + "applet, form, button, input, select, textarea, option, label, nav, footer, aside, menu, dialog, "
            + "img, picture, source, video, audio, track, canvas, svg, math, map, link, meta, base, "
            + "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "section", "article", "main", "header", "figure", "figcaption",
            "table", "thead", "tbody", "tfoot", "tr", "caption", "hr", "address", "details", "summary", "center");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    /**
     * Finds a charset declared by {@code <meta charset>} or {@code <meta http-equiv content="...; charset=">} in
     * the first 1024 bytes (WHATWG HTML "prescan a byte stream", simplified). Labels {@code iso-8859-1} and
     * {@code us-ascii} mean windows-1252 and UTF-16 labels mean UTF-8, as in the WHATWG Encoding Standard.
     *
     * @return the declared charset, or {@code null} when none or unknown
     */
    public static @Nullable Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return Charset.forName("windows-1252");
        }
        if (label.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(label);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param html    decoded HTML
     * @param baseUri where the page came from, for resolving relative links; {@code null} when unknown (relative
     *                links are then dropped)
     * @return main text (paragraphs separated by {@code \n}) and metadata, all plain text
     */
    public ExtractedArticle extract(String html, @Nullable String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String publisher = text(meta(doc, "og:site_name"));
        String title = firstNonNull(text(meta(doc, "og:title")), text(doc.title()), text(first(doc, "h1")));
        if (title != null && publisher != null) {
            for (String sep : List.of(" - ", " | ", " – ", " — ")) {
                if (title.endsWith(sep + publisher) && title.length() > sep.length() + publisher.length()) {
                    title = title.substring(0, title.length() - sep.length() - publisher.length()).strip();
                }
            }
        }
        String articleAuthor = text(meta(doc, "article:author"));
        if (articleAuthor != null && articleAuthor.matches("(?i)^https?://.*")) {
            articleAuthor = null;
        }
        Element relAuthor = doc.selectFirst("[rel~=(?i)^author$]");
        Element itemAuthor = doc.selectFirst("[itemprop=author]");
        String author = firstNonNull(text(meta(doc, "author")), articleAuthor,
                relAuthor == null ? null : text(relAuthor.text()),
                itemAuthor == null ? null : text(itemAuthor.hasAttr("content") ? itemAuthor.attr("content")
                        : itemAuthor.text()));
        Instant published = firstInstant(meta(doc, "article:published_time"), timeDatetime(doc),
                itemprop(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"),
                meta(doc, "DC.date.issued"), meta(doc, "dcterms.created"));
        String ogUrl = url(meta(doc, "og:url"), baseUri);
        Element canonicalLink = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String canonical = firstNonNull(canonicalLink == null ? null : url(canonicalLink.attr("href"), baseUri), ogUrl);
        String description = firstNonNull(text(meta(doc, "og:description")), text(meta(doc, "description")));

        Element body = doc.body();
        body.select(DROPPED).remove();
        body.select("header:not(article header), [role=navigation], [role=banner], [role=contentinfo], "
                + "[role=complementary]").remove();
        Element root = chooseRoot(body);
        String text = blockText(root);
        return new ExtractedArticle(text, title, author, published, ogUrl, canonical, publisher, description,
                links(root));
    }

    /**
     * The links of the article text: {@code a[href]} inside the root, resolved against the page's address (jsoup
     * {@code abs:href}), kept only when {@link #linkUrl} accepts them, each with its anchor text and the line of its
     * nearest block (its paragraph), in document order.
     */
    private static List<BodyLink> links(Element root) {
        List<BodyLink> out = new ArrayList<>();
        for (Element a : root.select("a[href]")) {
            String url = linkUrl(a.attr("href"), a.attr("abs:href"));
            if (url == null) {
                continue;
            }
            String anchor = WHITESPACE.matcher(a.text()).replaceAll(" ").strip();
            Element block = a.parent();
            while (block != null && block != root && !BLOCKS.contains(block.normalName())) {
                block = block.parent();
            }
            String paragraph = paragraphOf(blockText(block == null ? root : block), anchor);
            if (!paragraph.isEmpty()) {
                out.add(new BodyLink(url, anchor, paragraph));
            }
        }
        return out;
    }

    private static String paragraphOf(String blockText, String anchor) {
        String first = "";
        for (String line : blockText.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (first.isEmpty()) {
                first = line;
            }
            if (!anchor.isEmpty() && line.contains(anchor)) {
                return line;
            }
        }
        return first;
    }

    /**
     * A link's address as a browser would follow it, when it is {@code http} or {@code https}; {@code null} for any
     * other scheme, in any disguise: the attribute value is read as the WHATWG URL parser reads it (entities are
     * already decoded by the HTML parser; leading and trailing C0 controls and spaces removed; ASCII tab, LF and CR
     * removed anywhere), so {@code java&#9;script:}, {@code " JaVaScRiPt:"} and {@code java\tscript:} are all
     * {@code javascript:}; a value that still names {@code javascript:} after percent-decoding is refused too.
     *
     * @param href     the attribute value as parsed
     * @param absolute jsoup's {@code abs:href} (resolved against the page's address; empty when it cannot be)
     * @return the absolute http(s) address, or {@code null}
     */
    static @Nullable String linkUrl(String href, String absolute) {
        String browser = href.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
        String folded = browser.toLowerCase(Locale.ROOT);
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(folded.replace("+", "%2B"), StandardCharsets.UTF_8)
                    .replaceAll("[\\x00-\\x20]", "");
        } catch (IllegalArgumentException e) {
            decoded = folded;
        }
        if (decoded.contains("javascript:") || decoded.contains("vbscript:") || decoded.startsWith("data:")) {
            return null;
        }
        java.util.regex.Matcher scheme = Pattern.compile("^([a-z][a-z0-9+.\\-]*):").matcher(folded);
        if (scheme.find() && !scheme.group(1).equals("http") && !scheme.group(1).equals("https")) {
            return null;
        }
        return url(absolute.isBlank() ? browser : absolute, null);
    }

    private static Element chooseRoot(Element body) {
        for (String query : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
            Element best = null;
            int bestLength = 0;
            for (Element e : body.select(query)) {
                int length = e.text().length();
                if (length > bestLength) {
                    best = e;
                    bestLength = length;
                }
            }
            if (best != null) {
                return best;
            }
        }
        Map<Element, Integer> density = new HashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                density.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return density.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    private static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        int[] pre = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String t = textNode.getWholeText();
                    sb.append(pre[0] > 0 ? t : WHITESPACE.matcher(t).replaceAll(" "));
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        sb.append('\n');
                    } else if (tag.equals("td") || tag.equals("th")) {
                        sb.append('\t');
                    } else if (BLOCKS.contains(tag)) {
                        sb.append('\n');
                    }
                    if (tag.equals("pre")) {
                        pre[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCKS.contains(tag)) {
                        sb.append('\n');
                    }
                    if (tag.equals("pre")) {
                        pre[0]--;
                    }
                }
            }
        }, root);
        List<String> paragraphs = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            String p = line.replaceAll("^[ \\t]+|[ \\t]+$", "").replaceAll("(?<=\\S) {2,}", " ");
            if (!p.isBlank()) {
                paragraphs.add(p);
            }
        }
        return String.join("\n", paragraphs);
    }

    private static @Nullable String meta(Document doc, String key) {
        for (Element e : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(e.attr("property")) || key.equalsIgnoreCase(e.attr("name"))
                    || key.equalsIgnoreCase(e.attr("itemprop"))) {
                return e.attr("content");
            }
        }
        return null;
    }

    private static @Nullable String itemprop(Document doc, String key) {
        Element e = doc.selectFirst("[itemprop=" + key + "]");
        if (e == null) {
            return null;
        }
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        return e.hasAttr("datetime") ? e.attr("datetime") : e.text();
    }

    private static @Nullable String timeDatetime(Document doc) {
        Element e = doc.selectFirst("article time[datetime], time[datetime]");
        return e == null ? null : e.attr("datetime");
    }

    private static @Nullable String first(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : e.text();
    }

    /** Markup-free, white-space-folded text, or {@code null} when blank. */
    private static @Nullable String text(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String plain = value.indexOf('<') >= 0 || value.indexOf('&') >= 0 ? Jsoup.parse(value).text() : value;
        plain = WHITESPACE.matcher(plain).replaceAll(" ").strip();
        return plain.isEmpty() ? null : plain;
    }

    /** Absolute http(s) URL or {@code null}. */
    static @Nullable String url(@Nullable String value, @Nullable String baseUri) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute()) {
                if (baseUri == null || baseUri.isBlank()) {
                    return null;
                }
                uri = new URI(baseUri.strip()).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            return uri.toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Instant firstInstant(@Nullable String... values) {
        for (String v : values) {
            Instant i = v == null ? null : parseInstant(v);
            if (i != null) {
                return i;
            }
        }
        return null;
    }

    /**
     * Parses a date-time as found in HTML metadata. ISO 8601 with offset or zone; without offset it is read as
     * UTC; a date alone means its start in UTC; RFC 1123 as a fallback.
     *
     * @return the instant, or {@code null} when the value is not a recognised date
     */
    static @Nullable Instant parseInstant(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.matches(".*[+-]\\d{4}$") && v.contains("T")) {
            v = v.substring(0, v.length() - 2) + ":" + v.substring(v.length() - 2);
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    @SafeVarargs
    private static <T> @Nullable T firstNonNull(@Nullable T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
