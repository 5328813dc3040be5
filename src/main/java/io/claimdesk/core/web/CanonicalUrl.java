package io.claimdesk.core.web;

import java.util.Objects;

/**
 * A source URL as the user gave it and its canonical form.
 *
 * @param url       the input as given, with leading and trailing white space removed; use it for display and
 *                  for fetching (the canonical form may not be fetchable, e.g. after {@code www.} stripping)
 * @param canonical the canonical form produced by {@link UrlCanonicalizer}: an absolute, ASCII-only
 *                  http or https URL, suitable as an identity key for "same source" comparisons
 */
public record CanonicalUrl(String url, String canonical) {

    /** @throws NullPointerException if either component is null */
    public CanonicalUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(canonical, "canonical");
    }
}
