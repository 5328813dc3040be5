package io.claimdesk.report.domain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Builds schema.org {@code ClaimReview} (https://schema.org/ClaimReview) for one approved claim, following
 * Google Search Central, "Fact check (ClaimReview) structured data"
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
 * <ul>
 *   <li>{@code claimReviewed} = the statement; {@code inLanguage} = the claim's language; {@code url} = the
 *       publisher's public page of the check ({@link Publisher#checkUrl});</li>
 *   <li>{@code author} = the fact-checking organisation ({@code Organization} with {@code name}, {@code url} = the
 *       site base URL and {@code logo} when one is set);</li>
 *   <li>{@code datePublished} = the first approval, {@code dateModified} = the last (re-)approval, both ISO 8601
 *       in UTC to the second ({@code 2024-10-08T23:30:15Z});</li>
 *   <li>{@code reviewRating} = a {@code Rating} whose {@code alternateName} is the verdict in the review's
 *       language (the Arabic label for an Arabic claim, else the scale's English alternate name); {@code
 *       ratingValue}, {@code bestRating} and {@code worstRating} only when the verdict sits on the numeric scale
 *       ({@link ExportedClaim.Verdict#onScale()}), so {@code worstRating <= ratingValue <= bestRating} always
 *       holds; a verdict off the scale (Unproven) carries the textual rating alone;</li>
 *   <li>{@code itemReviewed} = a {@code Claim} whose {@code author} is the claimant (typed {@code Person}: the
 *       workbench does not record whether a claimant is a person or an organisation), {@code datePublished} the
 *       claim date and {@code appearance} the article ({@code CreativeWork} with its URL and headline).</li>
 * </ul>
 * Optional properties are left out when the claim lacks the value (no claimant, no claim date, no article URL).
 */
public final class ClaimReviewJsonLd {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ClaimReviewJsonLd() {
    }

    /**
     * @param publisher the fact-checking organisation
     * @return the ClaimReview object, with its own {@code @context}
     * @throws IllegalArgumentException when the claim is not approved or has no verdict or approval time
     */
    public static ObjectNode claimReview(ExportedClaim claim, Publisher publisher) {
        if (!claim.approved() || claim.verdict() == null || claim.approvedAt() == null) {
            throw new IllegalArgumentException("Claim " + claim.id() + " is not approved with a verdict");
        }
        ExportedClaim.Verdict verdict = claim.verdict();
        OffsetDateTime first = claim.firstApprovedAt() == null ? claim.approvedAt() : claim.firstApprovedAt();
        ObjectNode review = JSON.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", publisher.checkUrl(claim.id()));
        review.put("claimReviewed", claim.statement());
        review.put("datePublished", utc(first));
        review.put("dateModified", utc(claim.approvedAt()));
        review.put("inLanguage", claim.language());

        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", publisher.name());
        author.put("url", publisher.siteBaseUrl());
        if (publisher.logoUrl() != null && !publisher.logoUrl().isBlank()) {
            author.put("logo", publisher.logoUrl());
        }

        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        if (verdict.onScale()) {
            rating.put("ratingValue", verdict.ratingValue());
            rating.put("bestRating", verdict.bestRating());
            rating.put("worstRating", verdict.worstRating());
        }
        rating.put("alternateName", verdict.alternateName(claim.language()));

        ObjectNode item = review.putObject("itemReviewed");
        item.put("@type", "Claim");
        if (claim.claimant() != null && !claim.claimant().isBlank()) {
            ObjectNode claimant = item.putObject("author");
            claimant.put("@type", "Person");
            claimant.put("name", claim.claimant());
        }
        if (claim.claimDate() != null) {
            item.put("datePublished", claim.claimDate().toString());
        }
        if (claim.articleUrl() != null && !claim.articleUrl().isBlank()) {
            ObjectNode appearance = item.putObject("appearance");
            appearance.put("@type", "CreativeWork");
            appearance.put("url", claim.articleUrl());
            if (claim.articleTitle() != null && !claim.articleTitle().isBlank()) {
                appearance.put("headline", claim.articleTitle());
            }
        }
        return review;
    }

    /** A time as ISO 8601 in UTC, to the second. */
    private static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(UTC_SECONDS);
    }
}
