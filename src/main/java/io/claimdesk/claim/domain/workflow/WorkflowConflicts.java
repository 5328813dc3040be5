package io.claimdesk.claim.domain.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.core.domain.ConflictException;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The conflict text of a stale version in the workflow (transitions, take, the workflow panel): who made the
 * newest change to the claim and what it was, from its history. Codes {@code review.stale} and
 * {@code review.stale.anonymous} of {@code i18n/errors*.properties}.
 */
@Component
public class WorkflowConflicts {

    private static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final ClaimWorkflowRepository claims;
    private final ObjectMapper json;

    public WorkflowConflicts(ClaimWorkflowRepository claims, ObjectMapper json) {
        this.claims = claims;
        this.json = json;
    }

    /**
     * @param expectedVersion the version the caller read
     * @param currentVersion  the version now stored
     * @return a conflict (409) with the current version and the display name of who changed it
     */
    public ConflictException stale(long claimId, int expectedVersion, int currentVersion) {
        var last = claims.lastEvent(claimId);
        String who = last.map(ClaimWorkflowRepository.LastEvent::actor).orElse(null);
        if (who == null) {
            return ConflictException.stale("review.stale.anonymous", currentVersion, null, expectedVersion,
                    currentVersion);
        }
        var e = last.get();
        String what = describe(e.kind(), e.before(), e.after());
        String when = UTC_MINUTES.format(e.at().withOffsetSameInstant(ZoneOffset.UTC));
        return ConflictException.stale("review.stale", currentVersion, who, who, what + ", " + when,
                expectedVersion, currentVersion);
    }

    /**
     * A short English description of an event: its kind (dots as spaces) and the status change when it records
     * one, e.g. {@code status changed from in progress to ready for review}.
     */
    public String describe(String kind, @org.jspecify.annotations.Nullable String before,
                           @org.jspecify.annotations.Nullable String after) {
        String what = kind.replace('.', ' ');
        return StatusChange.of(json, before, after)
                .map(c -> what + (c.from() == null ? "" : " from " + StatusChange.words(c.from()))
                        + " to " + StatusChange.words(c.to()))
                .orElse(what);
    }
}
