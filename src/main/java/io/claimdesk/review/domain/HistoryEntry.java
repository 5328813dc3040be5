package io.claimdesk.review.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * One event of a claim's history ({@code claim_event}).
 *
 * @param seq      place in the claim's chain, 1 for the first event (drawn under the chain lock)
 * @param at       when it happened, UTC (transaction start: not always increasing with {@code seq})
 * @param actorId  who did it, null for the system
 * @param actor    the actor's display name, or null for the system
 * @param kind     e.g. {@code status.changed}, {@code claim.assigned}, {@code comment.added}
 * @param before   JSON text of the state before, or null
 * @param after    JSON text of the state after, or null
 * @param hash     SHA-256 hex over the content and {@code prevHash}, computed by the database
 * @param prevHash the previous event's hash of the same claim (64 zeros for the first)
 */
public record HistoryEntry(long id, long claimId, int seq, OffsetDateTime at, @Nullable Long actorId, @Nullable String actor,
                           String kind, @Nullable String before, @Nullable String after, @Nullable String note,
                           String hash, String prevHash) {
}
