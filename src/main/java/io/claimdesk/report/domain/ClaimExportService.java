package io.claimdesk.report.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim exports for any signed-in user (CHECKER and above): CSV, ClaimReview JSON-LD and Web Annotation JSON-LD,
 * streamed ({@link ClaimExports}). The organisation and its check URLs come from the publisher settings
 * ({@link PublisherSettingsService}).
 */
@Service
public class ClaimExportService {

    private final ClaimExportRepository repository;
    private final ClaimExports exports;

    public ClaimExportService(ClaimExportRepository repository, PublisherSettingsService publisher) {
        this.repository = repository;
        this.exports = new ClaimExports(repository, publisher::current);
    }

    /** See {@link ClaimExports#writeCsv}. */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public long writeCsv(ClaimFilter filter, OutputStream out, boolean bom, String language, ReportVariant variant)
            throws IOException {
        return exports.writeCsv(filter, out, bom, language, variant);
    }

    /** See {@link ClaimExports#writeClaimReviews}. */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public long writeClaimReviews(ClaimFilter filter, OutputStream out) throws IOException {
        return exports.writeClaimReviews(filter, out);
    }

    /** See {@link ClaimExports#writeAnnotations}. */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public long writeAnnotations(ClaimFilter filter, OutputStream out) throws IOException {
        return exports.writeAnnotations(filter, out);
    }

    /** How many claims a filter matches (shown before a long export). */
    @PreAuthorize("hasRole('CHECKER')")
    public int count(ClaimFilter filter) {
        return repository.count(filter);
    }

    /** Articles for the export filter's picker, newest first. */
    @PreAuthorize("hasRole('CHECKER')")
    public List<ClaimExportRepository.ArticleChoice> findArticles(String text, int offset, int limit) {
        return repository.findArticles(text, offset, limit);
    }

    /** How many articles {@link #findArticles} can return. */
    @PreAuthorize("hasRole('CHECKER')")
    public int countArticles(String text) {
        return repository.countArticles(text);
    }

    /** Verdict codes of the scale, in scale order. */
    @PreAuthorize("hasRole('CHECKER')")
    public List<String> ratingCodes() {
        return repository.ratingCodes();
    }
}
