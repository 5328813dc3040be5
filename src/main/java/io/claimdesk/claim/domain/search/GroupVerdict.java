package io.claimdesk.claim.domain.search;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * An approved verdict of another claim of the same group, offered for reuse.
 *
 * @param claimId    the approved claim it comes from
 * @param verdict    rating code
 * @param approvedAt when it was approved (UTC), if recorded
 */
public record GroupVerdict(long claimId, String verdict, @Nullable String rationale,
                           @Nullable OffsetDateTime approvedAt) {
}
