package io.claimdesk.report.domain;

import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.i18n.Translations;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article report (any signed-in user): XHTML via {@link ArticleReportHtml}, PDF of the same XHTML via
 * {@link PdfRenderer}. Labels come from the {@code i18n/report} bundle in the report language. The
 * {@link ReportVariant#PUBLIC} report holds the APPROVED claims only; the {@link ReportVariant#INTERNAL} one holds
 * every claim that is not removed, each verdict not approved yet marked as a draft.
 */
@Service
public class ReportService {

    private final ClaimExportRepository repository;
    private final Translations translations;
    private final PublisherSettingsService publisher;
    private final PdfRenderer pdfRenderer = new PdfRenderer();

    public ReportService(ClaimExportRepository repository, Translations translations,
                         PublisherSettingsService publisher) {
        this.repository = repository;
        this.translations = translations;
        this.publisher = publisher;
    }

    /** A rendered report: its title (for file names) and content. */
    public record Report(String title, String language, byte[] content) {
    }

    /**
     * The report language for a request: {@code ar} or {@code en} when given, else the article's language when it
     * is Arabic, else English.
     */
    public static String reportLanguage(@Nullable String requested, String articleLanguage) {
        if (requested != null && !requested.isBlank()) {
            return "ar".equals(requested.strip().toLowerCase(Locale.ROOT)) ? "ar" : "en";
        }
        return "ar".equals(articleLanguage) ? "ar" : "en";
    }

    /**
     * The report as XHTML (UTF-8), served as {@code text/html}.
     *
     * @param language {@code ar}, {@code en} or null for the article's language
     * @param variant  public (approved claims only) or internal (every claim, drafts marked)
     * @throws NotFoundException when the article does not exist
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public Report html(long articleId, @Nullable String language, ReportVariant variant) {
        ReportArticle article = repository.article(articleId);
        requireAtMost(article, MAX_HTML_CODE_POINTS, "report.tooLarge.html");
        String lang = reportLanguage(language, article.language());
        return new Report(title(article), lang, xhtml(article, claims(articleId, variant), lang, variant)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The report as PDF (A4, bundled fonts, Arabic shaped and ordered); claims as in {@link #html}.
     *
     * @throws NotFoundException when the article does not exist
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public Report pdf(long articleId, @Nullable String language, ReportVariant variant) {
        ReportArticle article = repository.article(articleId);
        requireAtMost(article, MAX_PDF_CODE_POINTS, "report.tooLarge.pdf");
        String lang = reportLanguage(language, article.language());
        String xhtml = xhtml(article, claims(articleId, variant), lang, variant);
        return new Report(title(article), lang, pdfRenderer.render(xhtml, publisher.current().siteBaseUrl()));
    }

    /**
     * Longest article, in code points, whose PDF report is rendered: a PDF of a 9 MB article ran 7.5 minutes at a
     * full core and 2.2 GB (issue 12); 300,000 code points (about 150 pages of Arabic text) renders in seconds.
     */
    public static final int MAX_PDF_CODE_POINTS = 300_000;
    /** Longest article, in code points, whose HTML report is built (the HTML is held in memory once). */
    public static final int MAX_HTML_CODE_POINTS = 3_000_000;

    /**
     * Refuses a report of an article above {@code max} code points before any rendering starts.
     *
     * @throws ValidationException (422) naming the article's length and the limit
     */
    private static void requireAtMost(ReportArticle article, int max, String code) {
        int length = article.body().codePointCount(0, article.body().length());
        if (length > max) {
            throw ValidationException.of(code, length, max);
        }
    }

    /**
     * The article's title for file names ({@code article-<id>} when it has none).
     *
     * @throws NotFoundException when the article does not exist
     */
    @PreAuthorize("hasRole('CHECKER')")
    public String title(long articleId) {
        return title(repository.article(articleId));
    }

    /** The claims a variant shows: all (internal) or the APPROVED ones (public), in text order. */
    private List<ExportedClaim> claims(long articleId, ReportVariant variant) {
        List<ExportedClaim> all = repository.claimsOfArticle(articleId);
        return variant == ReportVariant.INTERNAL ? all : all.stream().filter(ExportedClaim::approved).toList();
    }

    private String xhtml(ReportArticle article, List<ExportedClaim> claims, String lang, ReportVariant variant) {
        Locale locale = Translations.localeOf(lang);
        java.util.Map<Long, List<PublicCheck.Correction>> corrections = new java.util.HashMap<>();
        for (ExportedClaim c : claims) {
            List<PublicCheck.Correction> log = repository.corrections(c.id());
            if (!log.isEmpty()) {
                corrections.put(c.id(), log);
            }
        }
        return ArticleReportHtml.render(article, claims, corrections, lang, variant,
                (key, params) -> translations.getTranslation(key, locale, params),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String title(ReportArticle article) {
        return article.title() == null || article.title().isBlank() ? "article-" + article.id() : article.title();
    }
}
