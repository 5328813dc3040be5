package io.claimdesk.report.domain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.ZoneOffset;

/**
 * Builds schema.org {@code ClaimReview} (https://schema.org/ClaimReview, and Google's "Fact Check (ClaimReview)"
 * structured-data guidelines) for one approved claim:
 * {@code claimReviewed} = the statement; {@code reviewRating} = a {@code Rating} with {@code ratingValue},
 * {@code bestRating}, {@code worstRating} and {@code alternateName} from the verdict scale; {@code itemReviewed} = a
 * {@code Claim} whose {@code author} is the claimant (typed {@code Person}: the workbench does not record whether a
 * claimant is a person or an organisation), {@code datePublished} the claim date and {@code appearance} the article
 * URL (as a {@code CreativeWork}); {@code author} = the fact-checking organisation; {@code url} = the organisation's
 * check base URL followed by the claim id; {@code datePublished} = the approval date (UTC).
 * Optional properties are left out when the claim lacks the value (no claimant, no claim date, no article URL).
 */
public final class ClaimReviewJsonLd {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClaimReviewJsonLd() {
    }

    /**
     * @param organisationName name of the fact-checking organisation
     * @param checkBaseUrl     base URL of published checks; the claim id is appended
     * @return the ClaimReview object, with its own {@code @context}
     * @throws IllegalArgumentException when the claim is not approved or has no verdict or approval time
     */
    public static ObjectNode claimReview(ExportedClaim claim, String organisationName, String checkBaseUrl) {
        if (!"APPROVED".equals(claim.status()) || claim.verdict() == null || claim.approvedAt() == null) {
            throw new IllegalArgumentException("Claim " + claim.id() + " is not approved with a verdict");
        }
        ExportedClaim.Verdict verdict = claim.verdict();
        ObjectNode review = JSON.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", checkUrl(checkBaseUrl, claim.id()));
        review.put("claimReviewed", claim.statement());
        review.put("datePublished", claim.approvedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString());
        review.put("inLanguage", claim.language());

        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", organisationName);
        author.put("url", origin(checkBaseUrl));

        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", verdict.ratingValue());
        rating.put("bestRating", verdict.bestRating());
        rating.put("worstRating", verdict.worstRating());
        rating.put("alternateName", verdict.alternateName());

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

    /** {@code checkBaseUrl} followed by the claim id (a {@code /} is added when the base lacks one). */
    public static String checkUrl(String checkBaseUrl, long claimId) {
        return (checkBaseUrl.endsWith("/") ? checkBaseUrl : checkBaseUrl + "/") + claimId;
    }

    /** Scheme, host and port of {@code url} with a trailing slash, or {@code url} itself when it is not absolute. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + "/";
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
