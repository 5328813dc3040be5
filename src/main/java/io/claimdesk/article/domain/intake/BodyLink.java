package io.claimdesk.article.domain.intake;

import java.util.Objects;

/**
 * A link in the article text of an HTML page (issue 14: links become candidate sources).
 *
 * @param url        absolute {@code http}/{@code https} address, resolved against the page's address (jsoup
 *                   {@code abs:href}); never another scheme
 * @param anchorText the link's text, white space folded (may be empty for a link around an image)
 * @param paragraph  the paragraph (one line of the body, canonical, without surrounding white space) that holds it
 */
public record BodyLink(String url, String anchorText, String paragraph) {

    public BodyLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(anchorText, "anchorText");
        Objects.requireNonNull(paragraph, "paragraph");
    }
}
