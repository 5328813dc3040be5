package io.claimdesk.report.domain;

import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.i18n.Translations;
import io.claimdesk.core.work.BoundedWork;
import io.claimdesk.core.work.Cancellation;
import io.claimdesk.core.work.WorkUnavailableException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The article report (any signed-in user): XHTML via {@link ArticleReportHtml}, PDF of the same XHTML via
 * {@link PdfRenderer}. Labels come from the {@code i18n/report} bundle in the report language. The
 * {@link ReportVariant#PUBLIC} report holds the APPROVED claims only; the {@link ReportVariant#INTERNAL} one holds
 * every claim that is not removed, each verdict not approved yet marked as a draft.
 */
@Service
public class ReportService {

    private final ClaimExportRepository repository;
    private final PublisherSettingsService publisher;
    private final PdfRenderer pdfRenderer = new PdfRenderer();
    private final BoundedWork work;
    private final TransactionTemplate readOnly;

    public ReportService(ClaimExportRepository repository,
                         PublisherSettingsService publisher, BoundedWork work, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.publisher = publisher;
        this.work = work;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
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
     * The report as XHTML (UTF-8), served as {@code text/html}. The database is read first (one read-only
     * transaction, released before any rendering); the XHTML is then built on the bounded pool ({@link BoundedWork}).
     *
     * @param language {@code ar}, {@code en} or null for the article's language
     * @param variant  public (approved claims only) or internal (every claim, drafts marked)
     * @throws NotFoundException        when the article does not exist
     * @throws ValidationException      (422) when the article is over {@link #MAX_HTML_CODE_POINTS}
     * @throws WorkUnavailableException (503) when the pool is full, the time limit passed, the client went away or
     *                                  the application is stopping
     */
    @PreAuthorize("hasRole('CHECKER')")
    public Report html(long articleId, @Nullable String language, ReportVariant variant) {
        Source source = read(articleId, language, variant, MAX_HTML_CODE_POINTS, "report.tooLarge.html");
        return work.run(() -> new Report(source.title(), source.language(),
                xhtml(source).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * The report as PDF (A4, bundled fonts, Arabic shaped and ordered); claims as in {@link #html}, rendered on the
     * bounded pool. openhtmltopdf's layout and PDF writing do not check for cancellation: a cancelled PDF job (time
     * limit, client gone) stops at the next check around them, else its worker is freed when the library returns
     * and the PDF is dropped.
     *
     * @throws NotFoundException        when the article does not exist
     * @throws ValidationException      (422) when the article is over {@link #MAX_PDF_CODE_POINTS}
     * @throws WorkUnavailableException (503) as for {@link #html}
     */
    @PreAuthorize("hasRole('CHECKER')")
    public Report pdf(long articleId, @Nullable String language, ReportVariant variant) {
        Source source = read(articleId, language, variant, MAX_PDF_CODE_POINTS, "report.tooLarge.pdf");
        return work.run(() -> {
            String xhtml = xhtml(source);
            Cancellation.check();
            byte[] pdf = pdfRenderer.render(xhtml, source.baseUrl());
            Cancellation.check();
            return new Report(source.title(), source.language(), pdf);
        });
    }

    /** What a report is made of, read from the database before the rendering starts. */
    private record Source(ReportArticle article, List<ExportedClaim> claims,
                          Map<Long, List<PublicCheck.Correction>> corrections, String title, String language,
                          ReportVariant variant, String baseUrl) {
    }

    private Source read(long articleId, @Nullable String language, ReportVariant variant, int max, String code) {
        Source source = readOnly.execute(tx -> {
            ReportArticle article = repository.article(articleId);
            requireAtMost(article, max, code);
            List<ExportedClaim> claims = claims(articleId, variant);
            Map<Long, List<PublicCheck.Correction>> corrections = new HashMap<>();
            for (ExportedClaim c : claims) {
                List<PublicCheck.Correction> log = repository.corrections(c.id());
                if (!log.isEmpty()) {
                    corrections.put(c.id(), log);
                }
            }
            return new Source(article, claims, corrections, title(article),
                    reportLanguage(language, article.language()), variant, publisher.current().siteBaseUrl());
        });
        if (source == null) {
            throw new IllegalStateException("The report's read returned nothing");
        }
        return source;
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

    private String xhtml(Source source) {
        Locale locale = Translations.localeOf(source.language());
        return ArticleReportHtml.render(source.article(), source.claims(), source.corrections(), source.language(),
                source.variant(), (key, params) -> Translations.plain(key, locale, params),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String title(ReportArticle article) {
        return article.title() == null || article.title().isBlank() ? "article-" + article.id() : article.title();
    }
}
