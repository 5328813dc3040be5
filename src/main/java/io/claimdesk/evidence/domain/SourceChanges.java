package io.claimdesk.evidence.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * Changes to a source. A null component leaves the field as it is; a blank text clears it. Clearing the archive
 * URL clears its time too. Changing {@code reliability} or {@code reliabilityNote} needs the SUPERVISOR role.
 *
 * @param archiveUrl     http or https link of a snapshot
 * @param archivedAt     when the snapshot was taken (UTC)
 * @param lastAccessedAt when the live page was last looked at (UTC)
 */
public record SourceChanges(@Nullable String title, @Nullable String publisher, @Nullable SourceType type,
                            @Nullable Reliability reliability, @Nullable String reliabilityNote,
                            @Nullable String archiveUrl, @Nullable OffsetDateTime archivedAt,
                            @Nullable OffsetDateTime lastAccessedAt) {
}
