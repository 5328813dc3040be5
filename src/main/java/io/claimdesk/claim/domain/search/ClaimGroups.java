package io.claimdesk.claim.domain.search;

import io.claimdesk.claim.domain.ClaimEventKind;
import io.claimdesk.claim.domain.HistoryNote;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimLocks;
import io.claimdesk.claim.domain.ClaimEvents;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.tables.records.ClaimRecord;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claim groups: a reviewer marks two claims (usually from different articles) as the same claim. An approved
 * verdict of one member can then be reused by another member as its proposed verdict; reuse only fills in the
 * verdict and rationale of a claim that is NEW or IN_PROGRESS, it never proposes or approves (the review workflow
 * still requires a proposal and a supervisor's approval). Every membership change is a {@code group.joined} event
 * and every reuse a {@code verdict.reused} event in the claim's history.
 */
@Service
public class ClaimGroups {

    private final SimilarityRepository repository;
    private final ClaimService claims;
    private final ClaimEvents events;
    private final CurrentUser currentUser;

    public ClaimGroups(SimilarityRepository repository, ClaimService claims, ClaimEvents events,
                       CurrentUser currentUser) {
        this.repository = repository;
        this.claims = claims;
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * Marks claims {@code claimId} and {@code otherId} as the same claim: both end in one group (an existing
     * group of either; two existing groups are merged into the older one).
     *
     * @return the group id
     * @throws ValidationException when both ids are the same claim
     * @throws NotFoundException   when a claim does not exist or was removed
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public long markSame(long claimId, long otherId) {
        if (claimId == otherId) {
            throw ValidationException.of("claim.group.self");
        }
        AppUser me = currentUser.require();
        // lock in id order so two reviewers joining the same pair cannot deadlock
        ClaimRecord first = lock(Math.min(claimId, otherId));
        ClaimRecord second = lock(Math.max(claimId, otherId));
        Long g1 = first.getGroupId();
        Long g2 = second.getGroupId();
        if (g1 != null && g1.equals(g2)) {
            return g1;
        }
        long target;
        List<ClaimRecord> moving = new ArrayList<>();
        if (g1 == null && g2 == null) {
            target = repository.newGroup(me.id());
            moving.add(first);
            moving.add(second);
        } else if (g1 == null || g2 == null) {
            target = g1 == null ? g2 : g1;
            moving.add(g1 == null ? first : second);
        } else {
            target = Math.min(g1, g2);
            moving.addAll(repository.lockMembers(Math.max(g1, g2)));
        }
        for (ClaimRecord r : moving) {
            if (!repository.setGroup(r.getId(), r.getVersion(), target)) {
                String who = repository.lastActor(r.getId()).orElse(null);
                throw ClaimLocks.stale(r.getVersion(), r.getVersion() + 1, who);
            }
            long with = r.getId().equals(claimId) ? otherId : claimId;
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("groupId", r.getGroupId());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("groupId", target);
            after.put("sameAs", with);
            events.record(r.getId(), me.id(), ClaimEventKind.GROUP_JOINED, before, after, null);
        }
        return target;
    }

    /** The other claims of the claim's group (empty when it has none), oldest first. */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public List<Claim> groupMates(long claimId) {
        claims.get(claimId);
        return repository.groupMates(claimId).stream().map(claims::get).toList();
    }

    /** The newest approved verdict among the other claims of the claim's group, if any. */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public Optional<GroupVerdict> reusableVerdict(long claimId) {
        claims.get(claimId);
        return repository.approvedVerdict(claimId);
    }

    /**
     * Fills in the group's approved verdict and rationale as the claim's draft verdict. The claim keeps its
     * status: proposing and approving stay with the review workflow.
     *
     * @throws ValidationException when the group has no approved verdict
     * @throws ConflictException   when {@code version} is stale or the claim is no longer NEW or IN_PROGRESS
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Claim reuseVerdict(long claimId, int version) {
        AppUser me = currentUser.require();
        Claim before = claims.get(claimId);
        GroupVerdict verdict = repository.approvedVerdict(claimId).orElseThrow(() -> ValidationException.of(
                "claim.group.noApprovedVerdict"));
        if (!repository.setDraftVerdict(claimId, version, verdict.verdict(), verdict.rationale())) {
            Claim now = claims.get(claimId);
            String who = repository.lastActor(claimId).orElse(null);
            throw now.version() != version
                    ? ClaimLocks.stale(version, now.version(), who)
                    : ConflictException.of("claim.group.reuseNotPossible", now.status());
        }
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("verdict", before.verdict());
        from.put("rationale", before.rationale());
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("verdict", verdict.verdict());
        to.put("rationale", verdict.rationale());
        to.put("fromClaim", verdict.claimId());
        events.record(claimId, me.id(), ClaimEventKind.VERDICT_REUSED, from, to,
                HistoryNote.VERDICT_REUSED.english(verdict.claimId()));
        return claims.get(claimId);
    }

    private ClaimRecord lock(long id) {
        return repository.lock(id).orElseThrow(() -> new NotFoundException("Claim", id));
    }
}
