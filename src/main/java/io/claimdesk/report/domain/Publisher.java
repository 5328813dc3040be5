package io.claimdesk.report.domain;

import org.jspecify.annotations.Nullable;

/**
 * The fact-checking organisation as published outputs name it (ClaimReview {@code author}, check URLs).
 *
 * @param name            organisation name, never blank
 * @param logoUrl         absolute http(s) URL of its logo, or null
 * @param siteBaseUrl     absolute http(s) URL of its public site, ending with {@code /}
 * @param defaultLanguage {@code ar} or {@code en}: language of public pages when nothing else decides
 */
public record Publisher(String name, @Nullable String logoUrl, String siteBaseUrl, String defaultLanguage) {

    /** The stable public address of the fact-check of claim {@code claimId}: {@code <site base>checks/<id>}. */
    public String checkUrl(long claimId) {
        return siteBaseUrl + "checks/" + claimId;
    }
}
