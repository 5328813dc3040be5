package io.claimdesk.report.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One claim as the exports (CSV, ClaimReview, Web Annotations) see it, with its article, verdict mapping and
 * evidence. Offsets are Unicode code points in the article's canonical text, end exclusive; times are UTC.
 *
 * @param verdict null when no verdict was proposed yet
 * @param approverName display name of the supervisor who approved it, or null
 * @param approvedAt      the last approval (a re-approval after a reopen replaces it), or null when not approved
 * @param firstApprovedAt the first approval of the claim, from its history (equals {@code approvedAt} when it was
 *                        approved once), or null when not approved
 */
public record ExportedClaim(long id, long articleId, @Nullable String articleTitle, @Nullable String articleUrl,
                            String quote, String quotePrefix, String quoteSuffix, int startCp, int endCp,
                            boolean orphaned, String statement, @Nullable String claimant,
                            @Nullable LocalDate claimDate, String language, String status,
                            @Nullable Verdict verdict, @Nullable String rationale, @Nullable String approverName,
                            @Nullable OffsetDateTime approvedAt, @Nullable OffsetDateTime firstApprovedAt,
                            OffsetDateTime createdAt, List<EvidenceLink> evidence) {

    /** Whether the claim is APPROVED: only then may its verdict reach readers outside the desk. */
    public boolean approved() {
        return "APPROVED".equals(status);
    }

    /**
     * A rating of the verdict scale with its schema.org {@code Rating} mapping.
     *
     * @param code          rating code, e.g. {@code FALSE}
     * @param alternateName the English ClaimReview {@code alternateName} (textual rating)
     */
    public record Verdict(String code, String labelEn, String labelAr, int ratingValue, int bestRating,
                          int worstRating, String alternateName) {

        /** The label in a report language ({@code ar} gives Arabic, anything else English). */
        public String label(String language) {
            return "ar".equals(language) ? labelAr : labelEn;
        }

        /**
         * The textual rating in the language of a review: the Arabic label for {@code ar}, else the scale's
         * English {@code alternateName}.
         */
        public String alternateName(String language) {
            return "ar".equals(language) ? labelAr : alternateName;
        }

        /**
         * Whether the verdict sits on the numeric scale: {@code worstRating <= ratingValue <= bestRating}. The
         * verdict scale marks a verdict off the scale ("not rated", e.g. Unproven) with a value below
         * {@code worstRating} (0 on a 1-6 scale; {@code RatingService} allows down to 0); such a verdict has no
         * numeric rating.
         */
        public boolean onScale() {
            return worstRating <= ratingValue && ratingValue <= bestRating;
        }
    }

    /**
     * A source linked to the claim.
     *
     * @param url        the source's canonical URL (tracking parameters and fragments gone), the link every output
     *                   gives
     * @param stance     {@code SUPPORTS}, {@code REFUTES} or {@code CONTEXT}
     * @param archiveUrl the archived copy, given beside the link, or null
     */
    public record EvidenceLink(String url, @Nullable String title, @Nullable String publisher, String stance,
                               @Nullable String excerpt, @Nullable String archiveUrl) {
    }
}
