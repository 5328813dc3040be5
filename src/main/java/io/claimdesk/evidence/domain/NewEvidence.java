package io.claimdesk.evidence.domain;

import io.claimdesk.core.web.UrlCanonicalizer;

import org.jspecify.annotations.Nullable;

/**
 * What a checker gives to link a claim to a source. The source is found by the canonical form of {@code url} or
 * created; {@code title}, {@code publisher}, {@code sourceType} and {@code archiveUrl} describe a new source and
 * fill only the empty fields of an existing one.
 *
 * @param url        an http or https link, at most {@value UrlCanonicalizer#MAX_LENGTH} code points
 * @param sourceType null means {@link SourceType#OTHER} for a new source
 * @param archiveUrl http or https link of a snapshot
 */
public record NewEvidence(String url, Stance stance, @Nullable String excerpt, @Nullable String note,
                          @Nullable String title, @Nullable String publisher, @Nullable SourceType sourceType,
                          @Nullable String archiveUrl) {

    /** A link with only URL and stance. */
    public static NewEvidence of(String url, Stance stance) {
        return new NewEvidence(url, stance, null, null, null, null, null, null);
    }
}
