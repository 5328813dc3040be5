package io.claimdesk.evidence.domain;

import org.jspecify.annotations.Nullable;

/**
 * The state of an evidence link as written into a claim's history ({@code claim_event.before/after}, JSON with
 * these component names; {@code stance} is SUPPORTS, REFUTES or CONTEXT).
 */
public record EvidenceSnapshot(long evidenceId, long sourceId, String url, String canonicalUrl,
                               @Nullable String title, String stance, @Nullable String excerpt,
                               @Nullable String note) {

    static EvidenceSnapshot of(Evidence e) {
        return new EvidenceSnapshot(e.id(), e.source().id(), e.source().url(), e.source().canonicalUrl(),
                e.source().title(), e.stance().name(), e.excerpt(), e.note());
    }
}
