package io.claimdesk.evidence.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * An evidence link: a claim cites a source with a stance. At most one link per claim and source.
 *
 * @param excerpt     text quoted from the source
 * @param addedByName display name of who added the link
 * @param addedAt     when the link was added (UTC)
 * @param version     optimistic-locking version
 * @param enteredUrl  the source URL exactly as the person who added the link entered it (trimmed), for audit; the
 *                    source keeps one canonical form for every way of writing it; {@code null} only for links
 *                    restored from an export that lacked it
 */
public record Evidence(long id, long claimId, Source source, Stance stance, @Nullable String excerpt,
                       @Nullable String note, long addedBy, String addedByName, OffsetDateTime addedAt,
                       OffsetDateTime updatedAt, int version, @Nullable String enteredUrl) {
}
