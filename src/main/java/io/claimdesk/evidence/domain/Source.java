package io.claimdesk.evidence.domain;

import io.claimdesk.core.web.UrlCanonicalizer;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * A source in the registry: one row per canonical URL ({@link UrlCanonicalizer}).
 *
 * @param url             the link as first given (trimmed; http or https), used for opening the source
 * @param canonicalUrl    the identity key; unique in the registry
 * @param archiveUrl      a snapshot of the page (e.g. a web archive), http or https
 * @param archivedAt      when the snapshot was taken (UTC)
 * @param firstSeenAt     when the source entered the registry (UTC)
 * @param lastAccessedAt  when a checker last looked at the live page (UTC), as they recorded it
 * @param version         optimistic-locking version
 */
public record Source(long id, String url, String canonicalUrl, @Nullable String title, @Nullable String publisher,
                     SourceType type, Reliability reliability, @Nullable String reliabilityNote,
                     @Nullable String archiveUrl, @Nullable OffsetDateTime archivedAt, OffsetDateTime firstSeenAt,
                     @Nullable OffsetDateTime lastAccessedAt, OffsetDateTime updatedAt, int version) {

    /** The title when known, else the canonical URL (for lists). */
    public String label() {
        return title != null && !title.isBlank() ? title : canonicalUrl;
    }
}
