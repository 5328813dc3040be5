package io.claimdesk.evidence.domain;

import org.jspecify.annotations.Nullable;

/** Changes to an evidence link: a null component keeps the field, a blank text clears it. */
public record EvidenceChanges(@Nullable Stance stance, @Nullable String excerpt, @Nullable String note) {
}
