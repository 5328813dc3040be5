package io.claimdesk.claim.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a history event ({@code claim_event.kind}) records. The database keeps the lower-case dotted wire names
 * ({@link #wireName()}), as every migration, backup and export since issue 3 has them; this enum is the one list
 * of them in the code (issue 13). The UI words each kind with the key {@code review.kind.<wire name>}.
 */
public enum ClaimEventKind {
    CLAIM_CREATED("claim.created"),
    CLAIM_EDITED("claim.edited"),
    CLAIM_REANCHORED("claim.reanchored"),
    CLAIM_ORPHANED("claim.orphaned"),
    CLAIM_REATTACHED("claim.reattached"),
    CLAIM_REMOVED("claim.removed"),
    CLAIM_ASSIGNED("claim.assigned"),
    STATUS_CHANGED("status.changed"),
    EVIDENCE_ADDED("evidence.added"),
    EVIDENCE_EDITED("evidence.edited"),
    EVIDENCE_REMOVED("evidence.removed"),
    SOURCE_MERGED("source.merged"),
    COMMENT_ADDED("comment.added"),
    GROUP_JOINED("group.joined"),
    VERDICT_REUSED("verdict.reused");

    private static final Map<String, ClaimEventKind> BY_WIRE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ClaimEventKind::wireName, Function.identity()));

    private final String wireName;

    ClaimEventKind(String wireName) {
        this.wireName = wireName;
    }

    /** The string stored in {@code claim_event.kind}, e.g. {@code status.changed}. */
    public String wireName() {
        return wireName;
    }

    /** The kind stored as {@code wireName}; empty for a name this version does not know (e.g. a newer backup). */
    public static Optional<ClaimEventKind> fromWire(String wireName) {
        return Optional.ofNullable(BY_WIRE.get(wireName));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
