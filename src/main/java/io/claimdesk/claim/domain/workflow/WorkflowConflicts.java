package io.claimdesk.claim.domain.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.core.domain.CodedError;
import io.claimdesk.core.domain.ConflictException;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The conflict text of a stale version in the workflow (transitions, take, the workflow panel): who made the
 * newest change to the claim and what it was, from its history. Codes {@code review.stale},
 * {@code review.stale.status} and {@code review.stale.anonymous} of {@code i18n/errors*.properties}.
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
     * @return a conflict (409) with the current version and the display name of who changed it; its text names
     *         the newest change as words of the UI bundles ({@link CodedError.Term}: the event kind
     *         {@code review.kind.<wire name>}, or the status it moved the claim to, {@code review.status.<STATUS>})
     *         and its time (UTC, to the minute), so it reads in the user's language
     */
    public ConflictException stale(long claimId, int expectedVersion, int currentVersion) {
        var last = claims.lastEvent(claimId);
        String who = last.map(ClaimWorkflowRepository.LastEvent::actor).orElse(null);
        if (who == null) {
            return ConflictException.stale("review.stale.anonymous", currentVersion, null, expectedVersion,
                    currentVersion);
        }
        var e = last.get();
        String when = UTC_MINUTES.format(e.at().withOffsetSameInstant(ZoneOffset.UTC));
        var status = StatusChange.of(json, e.before(), e.after());
        if (status.isPresent()) {
            return ConflictException.stale("review.stale.status", currentVersion, who, who,
                    new CodedError.Term("review.status." + status.get().to().name()), when, expectedVersion,
                    currentVersion);
        }
        return ConflictException.stale("review.stale", currentVersion, who, who,
                new CodedError.Term("review.kind." + e.kind()), when, expectedVersion, currentVersion);
    }
}
