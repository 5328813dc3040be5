package io.claimdesk.review.domain;

import java.util.Locale;

/**
 * One verdict of the rating scale with its mapping to schema.org ClaimReview's {@code reviewRating}
 * (https://schema.org/Rating: {@code ratingValue}, {@code bestRating}, {@code worstRating}, {@code alternateName}).
 *
 * @param code    upper-case identifier, e.g. {@code MOSTLY_FALSE}; what claims reference
 * @param ordinal position on the scale, smaller first (unique)
 * @param colour  {@code #rrggbb}, always shown together with the label
 * @param active  inactive verdicts stay on the claims that carry them but cannot be proposed
 */
public record Rating(String code, String labelEn, String labelAr, int ordinal, String colour, int ratingValue,
                     int bestRating, int worstRating, String alternateName, boolean active, int version) {

    /** The label in the UI language ({@code ar} gives Arabic, anything else English). */
    public String label(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? labelAr : labelEn;
    }
}
