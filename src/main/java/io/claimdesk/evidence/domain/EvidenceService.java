package io.claimdesk.evidence.domain;

import io.claimdesk.claim.domain.ClaimEventKind;
import io.claimdesk.core.web.CanonicalUrl;
import io.claimdesk.core.web.InvalidUrlException;
import io.claimdesk.core.web.UrlCanonicalizer;

import io.claimdesk.claim.domain.ClaimEvents;
import io.claimdesk.claim.domain.ClaimLocks;
import io.claimdesk.claim.domain.ClaimOwnership;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.tables.records.EvidenceRecord;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Evidence links between claims and sources. Any signed-in user (CHECKER and above) may add, edit and remove
 * them while the claim is not waiting for review or approved ({@link ClaimLocks}); each change is recorded in the claim's history as {@code evidence.added}, {@code evidence.edited} or
 * {@code evidence.removed} with {@link EvidenceSnapshot} before/after, in the same transaction.
 */
@Service
public class EvidenceService {

    private final EvidenceRepository evidence;
    private final SourceRepository sources;
    private final ClaimEvents events;
    private final CurrentUser currentUser;
    private final ClaimLocks locks;
    private final ClaimOwnership ownership;
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    public EvidenceService(EvidenceRepository evidence, SourceRepository sources, ClaimEvents events,
                           CurrentUser currentUser, ClaimLocks locks, ClaimOwnership ownership) {
        this.ownership = ownership;
        this.evidence = evidence;
        this.sources = sources;
        this.events = events;
        this.currentUser = currentUser;
        this.locks = locks;
    }

    /**
     * Links a claim to the source at {@code input.url()}: the source is found by canonical URL or created (a new
     * source takes title, publisher, type and archive link from {@code input}; an existing one only has its empty
     * fields filled).
     *
     * @return the new link with its source
     * @throws NotFoundException     when the claim does not exist or was removed
     * @throws InvalidUrlException   when the URL or archive URL is not an acceptable web link (javascript:,
     *                               data:, over {@value UrlCanonicalizer#MAX_LENGTH} code points, ...); the
     *                               message says why
     * @throws ConflictException     when the claim already cites this source (one link per claim and source)
     * @throws ValidationException   for over-long texts
     * @throws AccessDeniedException when nobody is signed in
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Evidence add(long claimId, NewEvidence input) {
        AppUser me = currentUser.require();
        if (!evidence.claimExists(claimId)) {
            throw new NotFoundException("Claim", claimId);
        }
        locks.requireEditable(claimId);
        CanonicalUrl url = canonicalizer.canonicalize(input.url());
        String archiveUrl = TextInput.archiveUrl(input.archiveUrl(), canonicalizer);
        String excerpt = TextInput.optional(input.excerpt(), "excerpt", TextInput.MAX_EXCERPT);
        String note = TextInput.optional(input.note(), "note", TextInput.MAX_NOTE);
        String title = TextInput.optional(input.title(), "title", TextInput.MAX_TITLE);
        String publisher = TextInput.optional(input.publisher(), "publisher", TextInput.MAX_PUBLISHER);

        long sourceId = sources.findOrInsert(url, title, publisher,
                input.sourceType() == null ? SourceType.OTHER : input.sourceType(), archiveUrl, me.id());
        var existing = evidence.findLink(claimId, sourceId);
        if (existing.isPresent()) {
            throw duplicate(url, existing.get().getId());
        }
        sources.fillBlanks(sourceId, title, publisher, input.sourceType(), archiveUrl, me.id());
        long id;
        try {
            id = evidence.insert(claimId, sourceId, input.stance(), excerpt, note, url.url(), me.id());
        } catch (DuplicateKeyException e) {
            // a concurrent add of the same link won; the transaction is aborted, so no further reads
            throw ConflictException.of("evidence.duplicate", url.canonical());
        }
        Evidence added = evidence.get(id).orElseThrow();
        events.record(claimId, me.id(), ClaimEventKind.EVIDENCE_ADDED, null, EvidenceSnapshot.of(added), null);
        return added;
    }

    /** The evidence of a claim: supporting first, then refuting, then context. */
    @PreAuthorize("hasRole('CHECKER')")
    public List<Evidence> forClaim(long claimId) {
        if (!evidence.claimExists(claimId)) {
            throw new NotFoundException("Claim", claimId);
        }
        return evidence.forClaim(claimId);
    }

    /** @throws NotFoundException when there is no such link */
    @PreAuthorize("hasRole('CHECKER')")
    public Evidence get(long evidenceId) {
        return evidence.get(evidenceId).orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
    }

    /**
     * Changes stance, excerpt or note of a link (see {@link EvidenceChanges} for null and blank).
     *
     * @param version the version the caller read
     * @throws ConflictException   when {@code version} is stale (naming who changed it)
     * @throws NotFoundException   when there is no such link
     * @throws io.claimdesk.core.domain.NotAllowedException when a checker neither added the link nor created or is
     *                             assigned to its claim (403)
     * @throws ValidationException for over-long texts
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Evidence edit(long evidenceId, int version, EvidenceChanges changes) {
        AppUser me = currentUser.require();
        EvidenceRecord r = load(evidenceId);
        ownership.requireEvidence(me, evidenceId, r.getClaimId(), r.getAddedBy(), "change");
        checkVersion(r, version);
        Evidence before = evidence.get(evidenceId).orElseThrow();
        locks.requireEditable(before.claimId());
        if (changes.stance() != null) {
            r.setStance(changes.stance().toDb());
        }
        r.setExcerpt(TextInput.change(changes.excerpt(), r.getExcerpt(), "excerpt", TextInput.MAX_EXCERPT));
        r.setNote(TextInput.change(changes.note(), r.getNote(), "note", TextInput.MAX_NOTE));
        boolean same = Stance.of(r.getStance()) == before.stance()
                && java.util.Objects.equals(r.getExcerpt(), before.excerpt())
                && java.util.Objects.equals(r.getNote(), before.note());
        if (same) {
            return before;
        }
        if (!evidence.update(r, version, me.id())) {
            throw stale(evidenceId, version);
        }
        Evidence after = evidence.get(evidenceId).orElseThrow();
        events.record(after.claimId(), me.id(), ClaimEventKind.EVIDENCE_EDITED, EvidenceSnapshot.of(before),
                EvidenceSnapshot.of(after), null);
        return after;
    }

    /**
     * Removes a link; the source stays in the registry.
     *
     * @throws ConflictException when {@code version} is stale (naming who changed it)
     * @throws NotFoundException when there is no such link
     * @throws io.claimdesk.core.domain.NotAllowedException when a checker neither added the link nor created or is
     *                           assigned to its claim (403)
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public void remove(long evidenceId, int version) {
        AppUser me = currentUser.require();
        EvidenceRecord r = load(evidenceId);
        ownership.requireEvidence(me, evidenceId, r.getClaimId(), r.getAddedBy(), "delete");
        checkVersion(r, version);
        Evidence before = evidence.get(evidenceId).orElseThrow();
        locks.requireEditable(before.claimId());
        if (!evidence.delete(evidenceId, version)) {
            throw stale(evidenceId, version);
        }
        events.record(before.claimId(), me.id(), ClaimEventKind.EVIDENCE_REMOVED, EvidenceSnapshot.of(before), null, null);
    }

    /**
     * Evidence counts per stance for claim rows, in one query however many claims are asked for.
     *
     * @param claimIds ids of claims (unknown ids count as claims without evidence)
     * @return an entry for every id asked for; {@link StanceCounts#NONE} for claims without evidence
     */
    public Map<Long, StanceCounts> countsByStance(Collection<Long> claimIds) {
        return evidence.countsByStance(claimIds);
    }

    private EvidenceRecord load(long id) {
        return evidence.findRecord(id).orElseThrow(() -> new NotFoundException("Evidence", id));
    }

    private void checkVersion(EvidenceRecord r, int version) {
        if (r.getVersion() != version) {
            throw stale(r.getId(), version);
        }
    }

    private ConflictException stale(long id, int version) {
        EvidenceRecord now = load(id);
        Long by = now.getUpdatedBy() != null ? now.getUpdatedBy() : now.getAddedBy();
        String who = currentUser.displayName(by);
        return who == null
                ? ConflictException.stale("evidence.stale.anonymous", now.getVersion(), null, version,
                now.getVersion())
                : ConflictException.stale("evidence.stale", now.getVersion(), who, who, version, now.getVersion());
    }

    private static ConflictException duplicate(CanonicalUrl url, long existingId) {
        return ConflictException.of("evidence.duplicate.withId", url.canonical(), existingId);
    }
}
