package io.claimdesk.claim.domain.workflow;

import io.claimdesk.claim.domain.ClaimEventKind;
import io.claimdesk.claim.domain.ClaimEvents;
import io.claimdesk.claim.domain.ClaimLocks;
import io.claimdesk.claim.domain.ClaimOwnership;
import io.claimdesk.claim.domain.ClaimTags;
import io.claimdesk.claim.domain.HistoryNote;
import io.claimdesk.db.tables.records.ClaimRecord;
import io.claimdesk.user.domain.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Adds or removes tags on several claims at once, under the same rules as editing one claim: the tag rule
 * ({@link ClaimTags}), ownership ({@link ClaimOwnership}) and the lock of claims in review or approved
 * ({@link ClaimLocks}). All or nothing: every claim is checked before any changes. One {@code claim.edited} event
 * per claim that changed, each a version bump.
 */
@Service
public class BulkTagging {

    private final ClaimWorkflowRepository claims;
    private final ClaimEvents events;
    private final CurrentUser currentUser;

    public BulkTagging(ClaimWorkflowRepository claims, ClaimEvents events, CurrentUser currentUser) {
        this.claims = claims;
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * @param tags tags to add: stripped, blank ones ignored, at most {@link ClaimTags#MAX_LENGTH} code points each
     * @return how many claims changed
     * @throws io.claimdesk.core.domain.ValidationException  for no tags, an over-long tag, no or too many claims
     * @throws io.claimdesk.core.domain.NotAllowedException  when a claim is a colleague's (checker)
     * @throws io.claimdesk.core.domain.ConflictException    when a claim is in review or approved
     * @throws io.claimdesk.core.domain.NotFoundException    naming unknown claims
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public int addTags(Collection<Long> claimIds, Collection<String> tags) {
        List<String> clean = ClaimTags.cleanNonEmpty(tags);
        return retag(claimIds, existing -> {
            Set<String> next = new LinkedHashSet<>(existing);
            next.addAll(clean);
            return next;
        }, HistoryNote.TAGS_ADDED.english(String.join(", ", clean)));
    }

    /** Removes tags from several claims; the same rules and errors as {@link #addTags}. */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public int removeTags(Collection<Long> claimIds, Collection<String> tags) {
        List<String> clean = ClaimTags.cleanNonEmpty(tags);
        return retag(claimIds, existing -> {
            Set<String> next = new LinkedHashSet<>(existing);
            clean.forEach(next::remove);
            return next;
        }, HistoryNote.TAGS_REMOVED.english(String.join(", ", clean)));
    }

    private int retag(Collection<Long> claimIds, Function<List<String>, Set<String>> change, String note) {
        var me = currentUser.require();
        List<ClaimRecord> locked = claims.lockAll(claimIds);
        // all or nothing: one claim that is not theirs refuses the whole call
        locked.forEach(c -> ClaimOwnership.requireClaim(me, c.getId(), c.getCreatedBy(), c.getAssigneeId(),
                "tags"));
        // tags are part of what a verdict rests on: the same lock as PATCH, checked for all before any change
        locked.forEach(c -> ClaimLocks.requireEditable(c.getId(), c.getStatus()));
        int changed = 0;
        for (ClaimRecord c : locked) {
            List<String> before = Arrays.asList(c.getTags());
            List<String> after = new ArrayList<>(change.apply(before));
            if (after.equals(before)) {
                continue;
            }
            claims.setTags(c.getId(), after);
            events.record(c.getId(), me.id(), ClaimEventKind.CLAIM_EDITED, Map.of("tags", before),
                    Map.of("tags", after), note);
            changed++;
        }
        return changed;
    }
}
