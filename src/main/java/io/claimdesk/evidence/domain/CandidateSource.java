package io.claimdesk.evidence.domain;

/**
 * A link of the article's text offered as a source for a claim from its paragraph (issue 14).
 *
 * @param url        absolute http(s) address as resolved from the page
 * @param anchorText the link's text in the article (may be empty)
 * @param paragraph  the paragraph of the article that holds the link
 * @param cited      whether the claim already cites this source (same canonical URL)
 */
public record CandidateSource(String url, String anchorText, String paragraph, boolean cited) {
}
