package io.claimdesk.report.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.core.i18n.Translations;
import io.claimdesk.report.domain.ChecksFeed;
import io.claimdesk.report.domain.ClaimReviewJsonLd;
import io.claimdesk.report.domain.PublicCheck;
import io.claimdesk.report.domain.PublicCheckHtml;
import io.claimdesk.report.domain.PublicCheckService;
import io.claimdesk.report.domain.Publisher;
import io.claimdesk.report.domain.ReportText;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public fact-check site, readable without signing in ({@code user.security.SecurityConfig} lets anonymous
 * GET requests through for {@code /checks} and {@code /checks/**} only):
 * <ul>
 *   <li>{@code /checks/{id}-{slug}}: the page of a published check; {@code /checks/{id}} and any other slug
 *       answer 301 to it (the query is kept);</li>
 *   <li>{@code /checks}: the index, newest (re-)approval first, {@value PublicCheckService#PAGE_SIZE} a page,
 *       filters {@code language} (the claim's) and {@code verdict} (a code), {@code page} from 1;</li>
 *   <li>{@code /checks/feed.atom}: Atom feed of the latest {@value PublicCheckService#FEED_SIZE} checks;</li>
 *   <li>{@code /checks/assets/...}: the style sheets and the Arabic web font.</li>
 * </ul>
 * {@code lang=ar|en} picks the page language; without it (or with another value) the publisher's default
 * language applies. A claim that is not APPROVED, removed or unknown answers 404 with a "not found" page.
 */
@Controller
public class PublicCheckController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final Pattern KEY = Pattern.compile("(\\d{1,18})(?:-(.*))?", Pattern.DOTALL);
    private static final CacheControl PAGE_CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final CacheControl ASSET_CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    private static final Map<String, String> FONTS = Map.of(
            "NotoNaskhArabic-Regular.ttf", "/fonts/NotoNaskhArabic-Regular.ttf",
            "NotoNaskhArabic-Bold.ttf", "/fonts/NotoNaskhArabic-Bold.ttf");

    private final PublicCheckService checks;
    private final ObjectMapper json;
    private final Map<String, byte[]> resources = new ConcurrentHashMap<>();

    public PublicCheckController(PublicCheckService checks, ObjectMapper json) {
        this.checks = checks;
        this.json = json;
    }

    @GetMapping("/checks/{key}")
    public ResponseEntity<String> check(@PathVariable String key, @RequestParam(required = false) @Nullable String lang)
            throws IOException {
        Publisher publisher = checks.publisher();
        String language = language(lang, publisher);
        Matcher m = KEY.matcher(key);
        Optional<PublicCheck> found = m.matches() ? checks.find(Long.parseLong(m.group(1))) : Optional.empty();
        if (found.isEmpty()) {
            return notFound(publisher, language);
        }
        PublicCheck check = found.get();
        String slug = m.group(2) == null ? "" : m.group(2);
        if (!slug.equals(check.slug())) {
            String location = "/" + PublicCheckHtml.encodePath(check.path())
                    + (lang == null ? "" : "?lang=" + language);
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, location).build();
        }
        String jsonLd = json.writeValueAsString(ClaimReviewJsonLd.claimReview(check.claim(), publisher));
        String html = PublicCheckHtml.page(check, publisher, language, text(language), jsonLd);
        return ResponseEntity.ok().contentType(HTML).cacheControl(PAGE_CACHE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language).body(html);
    }

    @GetMapping("/checks")
    public ResponseEntity<String> index(@RequestParam(required = false) @Nullable String lang,
                                        @RequestParam(required = false) @Nullable String language,
                                        @RequestParam(required = false) @Nullable String verdict,
                                        @RequestParam(required = false) @Nullable String page) {
        Publisher publisher = checks.publisher();
        String pageLanguage = language(lang, publisher);
        String languageFilter = language == null || language.isBlank() ? null
                : language.strip().toLowerCase(Locale.ROOT);
        String verdictFilter = verdict == null || verdict.isBlank() ? null : verdict.strip().toUpperCase(Locale.ROOT);
        int number = 1;
        if (page != null && page.strip().matches("\\d{1,6}")) {
            number = Math.max(1, Integer.parseInt(page.strip()));
        }
        PublicCheckService.IndexPage result = checks.index(languageFilter, verdictFilter, number);
        String html = PublicCheckHtml.index(result, checks.verdicts(), checks.languages(), languageFilter,
                verdictFilter, publisher, pageLanguage, text(pageLanguage));
        return ResponseEntity.ok().contentType(HTML).cacheControl(PAGE_CACHE)
                .header(HttpHeaders.CONTENT_LANGUAGE, pageLanguage).body(html);
    }

    @GetMapping("/checks/feed.atom")
    public ResponseEntity<String> feed(@RequestParam(required = false) @Nullable String lang) {
        Publisher publisher = checks.publisher();
        String language = language(lang, publisher);
        String atom = ChecksFeed.atom(checks.latest(), publisher, language,
                text(language).get("check.feed.title", publisher.name()));
        return ResponseEntity.ok().contentType(ATOM).cacheControl(PAGE_CACHE).body(atom);
    }

    @GetMapping("/checks/assets/checks.css")
    public ResponseEntity<byte[]> stylesheet() throws IOException {
        return ResponseEntity.ok().contentType(CSS).cacheControl(ASSET_CACHE)
                .body(resource("/checks/checks.css"));
    }

    @GetMapping("/checks/assets/verdicts.css")
    public ResponseEntity<String> verdictStyles() {
        return ResponseEntity.ok().contentType(CSS).cacheControl(PAGE_CACHE)
                .body(PublicCheckHtml.verdictStyles(checks.verdicts()));
    }

    @GetMapping("/checks/assets/fonts/{name}")
    public ResponseEntity<byte[]> font(@PathVariable String name) throws IOException {
        String path = FONTS.get(name);
        if (path == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("font/ttf")).cacheControl(ASSET_CACHE)
                .body(resource(path));
    }

    private ResponseEntity<String> notFound(Publisher publisher, String language) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .body(PublicCheckHtml.notFound(publisher, language, text(language)));
    }

    /** {@code ar} or {@code en} when asked for, else the publisher's default language. */
    private static String language(@Nullable String requested, Publisher publisher) {
        String l = requested == null ? "" : requested.strip().toLowerCase(Locale.ROOT);
        return l.equals("ar") || l.equals("en") ? l : publisher.defaultLanguage();
    }

    private ReportText text(String language) {
        Locale locale = Translations.localeOf(language);
        // the public pages carry no bidi isolates: their HTML sets dir on its elements
        return (key, params) -> Translations.plain(key, locale, params);
    }

    private byte[] resource(String path) throws IOException {
        byte[] cached = resources.get(path);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = PublicCheckController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("Missing resource " + path);
            }
            byte[] bytes = in.readAllBytes();
            resources.put(path, bytes);
            return bytes;
        }
    }
}
