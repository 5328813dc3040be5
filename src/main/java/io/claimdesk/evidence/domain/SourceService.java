package io.claimdesk.evidence.domain;

import io.claimdesk.claim.domain.ClaimEventKind;
import io.claimdesk.core.web.InvalidUrlException;
import io.claimdesk.core.web.TitleFetcher;
import io.claimdesk.core.web.UrlCanonicalizer;

import io.claimdesk.claim.domain.ClaimEvents;
import io.claimdesk.claim.domain.ClaimLocks;
import io.claimdesk.claim.domain.HistoryNote;
import io.claimdesk.core.domain.NotAllowedException;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.tables.records.EvidenceRecord;
import io.claimdesk.db.tables.records.SourceRecord;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.CurrentUser;
import io.claimdesk.user.domain.Role;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The source registry: listing, editing and merging sources. Reading and editing need CHECKER (every signed-in
 * user); changing reliability and merging need SUPERVISOR (issue 5), enforced here so the UI and the API obey the
 * same rule.
 */
@Service
public class SourceService {

    private final SourceRepository sources;
    private final EvidenceRepository evidence;
    private final ClaimEvents events;
    private final CurrentUser currentUser;
    private final ClaimLocks locks;
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
    private final TitleFetcher titleFetcher = new TitleFetcher();

    public SourceService(SourceRepository sources, EvidenceRepository evidence, ClaimEvents events,
                         CurrentUser currentUser,
                         ClaimLocks locks) {
        this.locks = locks;
        this.sources = sources;
        this.evidence = evidence;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** One page of the registry; {@code sort} uses fields of the generated {@code SOURCE} table (default newest first). */
    @PreAuthorize("hasRole('CHECKER')")
    public List<SourceSummary> find(SourceFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        return sources.find(filter, Math.max(0, offset), Math.max(0, limit), sort);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public int count(SourceFilter filter) {
        return sources.count(filter);
    }

    /** @throws NotFoundException when there is no such source */
    @PreAuthorize("hasRole('CHECKER')")
    public Source get(long id) {
        return SourceRepository.toSource(load(id));
    }

    /** How many claims cite the source. */
    @PreAuthorize("hasRole('CHECKER')")
    public int citingClaimsCount(long id) {
        return sources.citingClaimsCount(id);
    }

    /** The claims citing a source, newest link first (removed claims included and marked). */
    @PreAuthorize("hasRole('CHECKER')")
    public List<CitingClaim> citingClaims(long id) {
        load(id);
        return sources.citingClaims(id);
    }

    /** Whether the signed-in user may change reliability and merge sources (SUPERVISOR or above). */
    public boolean canCurate() {
        return currentUser.has(Role.SUPERVISOR);
    }

    /**
     * Changes a source (see {@link SourceChanges} for null and blank).
     *
     * @param version the version the caller read
     * @throws ConflictException     when {@code version} is stale (naming who changed it)
     * @throws AccessDeniedException when a CHECKER changes reliability or its note
     * @throws InvalidUrlException   for an archive link that is not an acceptable web link
     * @throws ValidationException   for over-long texts
     * @throws NotFoundException     when there is no such source
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Source update(long id, int version, SourceChanges changes) {
        AppUser me = currentUser.require();
        SourceRecord r = load(id);
        checkVersion(r, version);
        String note = TextInput.change(changes.reliabilityNote(), r.getReliabilityNote(), "reliability note",
                TextInput.MAX_NOTE);
        boolean reliabilityChanged = changes.reliability() != null
                && changes.reliability().toDb() != r.getReliability();
        if ((reliabilityChanged || !Objects.equals(note, r.getReliabilityNote())) && !currentUser.has(Role.SUPERVISOR)) {
            throw NotAllowedException.of("source.reliability.supervisorOnly");
        }
        if (changes.reliability() != null) {
            r.setReliability(changes.reliability().toDb());
        }
        r.setReliabilityNote(note);
        r.setTitle(TextInput.change(changes.title(), r.getTitle(), "title", TextInput.MAX_TITLE));
        r.setPublisher(TextInput.change(changes.publisher(), r.getPublisher(), "publisher", TextInput.MAX_PUBLISHER));
        if (changes.type() != null) {
            r.setSourceType(changes.type().toDb());
        }
        if (changes.archiveUrl() != null) {
            r.setArchiveUrl(TextInput.archiveUrl(changes.archiveUrl(), canonicalizer));
            if (r.getArchiveUrl() == null) {
                r.setArchivedAt(null);
            }
        }
        if (changes.archivedAt() != null) {
            if (r.getArchiveUrl() == null) {
                throw ValidationException.of("source.archiveTime.needsLink");
            }
            r.setArchivedAt(changes.archivedAt());
        }
        if (changes.lastAccessedAt() != null) {
            r.setLastAccessedAt(changes.lastAccessedAt());
        }
        if (!sources.update(r, version, me.id())) {
            throw stale(id, version);
        }
        return get(id);
    }

    /**
     * Merges source {@code otherId} into {@code targetId}: every evidence link of the other source moves to the
     * target. Where a claim cites both, one link stays (the target's, with its stance) carrying the longer
     * excerpt and the longer note of the two. Empty title, publisher and archive fields of the target are filled
     * from the other source, the earlier first-seen time is kept, and the other source is deleted. Every claim
     * that cited the other source gets a {@code source.merged} history event (before: the moved link(s); after:
     * the kept link; the note says what happened).
     *
     * @throws AccessDeniedException unless the signed-in user is a SUPERVISOR or ADMIN
     * @throws ValidationException   when both ids are the same
     * @throws NotFoundException     when either source does not exist
     * @throws ConflictException     {@code claim.locked.some} when a claim citing the other source is waiting for
     *                               review or approved: what it cites is locked ({@link ClaimLocks}), so the merge
     *                               is refused as a whole until a supervisor requests changes or reopens it
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public MergeResult merge(long targetId, long otherId) {
        AppUser me = currentUser.require();
        if (targetId == otherId) {
            throw ValidationException.of("source.merge.self");
        }
        // lock in id order so two merges of the same pair cannot deadlock
        SourceRecord target;
        SourceRecord other;
        if (targetId < otherId) {
            target = sources.lockById(targetId).orElseThrow(() -> new NotFoundException("Source", targetId));
            other = sources.lockById(otherId).orElseThrow(() -> new NotFoundException("Source", otherId));
        } else {
            other = sources.lockById(otherId).orElseThrow(() -> new NotFoundException("Source", otherId));
            target = sources.lockById(targetId).orElseThrow(() -> new NotFoundException("Source", targetId));
        }
        Source targetBefore = SourceRepository.toSource(target);
        Source otherBefore = SourceRepository.toSource(other);
        int moved = 0;
        int collapsed = 0;
        TreeSet<Long> affected = new TreeSet<>();
        List<EvidenceRecord> links = evidence.lockBySource(otherId);
        // a merge re-points or joins evidence links: the same lock as changing one link (issue 13)
        locks.requireAllEditable(links.stream().map(EvidenceRecord::getClaimId).collect(Collectors.toSet()));
        for (EvidenceRecord link : links) {
            long claimId = link.getClaimId();
            affected.add(claimId);
            Evidence movedBefore = evidence.get(link.getId()).orElseThrow();
            Optional<EvidenceRecord> existing = evidence.findLink(claimId, targetId);
            if (existing.isEmpty()) {
                link.setSourceId(targetId);
                evidence.update(link, link.getVersion(), me.id());
                Evidence after = evidence.get(link.getId()).orElseThrow();
                events.record(claimId, me.id(), ClaimEventKind.SOURCE_MERGED, EvidenceSnapshot.of(movedBefore),
                        EvidenceSnapshot.of(after), HistoryNote.SOURCE_MERGED_MOVED.english(
                                otherBefore.canonicalUrl(), otherId, targetBefore.canonicalUrl(), targetId));
                moved++;
            } else {
                EvidenceRecord kept = existing.get();
                Evidence keptBefore = evidence.get(kept.getId()).orElseThrow();
                String excerpt = richer(kept.getExcerpt(), link.getExcerpt());
                String note = richer(kept.getNote(), link.getNote());
                boolean tookExcerpt = !Objects.equals(excerpt, kept.getExcerpt());
                boolean tookNote = !Objects.equals(note, kept.getNote());
                int took = tookExcerpt && tookNote ? HistoryNote.TOOK_BOTH
                        : tookExcerpt ? HistoryNote.TOOK_EXCERPT
                        : tookNote ? HistoryNote.TOOK_NOTE
                        : HistoryNote.TOOK_NOTHING;
                kept.setExcerpt(excerpt);
                kept.setNote(note);
                evidence.delete(link.getId(), link.getVersion());
                evidence.update(kept, kept.getVersion(), me.id());
                Evidence keptAfter = evidence.get(kept.getId()).orElseThrow();
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("kept", EvidenceSnapshot.of(keptBefore));
                before.put("removed", EvidenceSnapshot.of(movedBefore));
                // the note is stored in English (the hash chain keeps it) and shown in the UI's language
                String message = movedBefore.stance() != keptBefore.stance()
                        ? HistoryNote.SOURCE_MERGED_JOINED_STANCES.english(otherBefore.canonicalUrl(), otherId,
                                targetBefore.canonicalUrl(), targetId, kept.getId(), link.getId(), took,
                                movedBefore.stance().name(), keptBefore.stance().name())
                        : HistoryNote.SOURCE_MERGED_JOINED.english(otherBefore.canonicalUrl(), otherId,
                                targetBefore.canonicalUrl(), targetId, kept.getId(), link.getId(), took);
                events.record(claimId, me.id(), ClaimEventKind.SOURCE_MERGED, before, EvidenceSnapshot.of(keptAfter),
                        message);
                collapsed++;
            }
        }

        if (target.getTitle() == null) {
            target.setTitle(other.getTitle());
        }
        if (target.getPublisher() == null) {
            target.setPublisher(other.getPublisher());
        }
        if (target.getArchiveUrl() == null && other.getArchiveUrl() != null) {
            target.setArchiveUrl(other.getArchiveUrl());
            target.setArchivedAt(other.getArchivedAt());
        }
        if (target.getReliabilityNote() == null) {
            target.setReliabilityNote(other.getReliabilityNote());
        }
        if (other.getFirstSeenAt().isBefore(target.getFirstSeenAt())) {
            target.setFirstSeenAt(other.getFirstSeenAt());
        }
        if (target.getLastAccessedAt() == null
                || (other.getLastAccessedAt() != null && other.getLastAccessedAt().isAfter(target.getLastAccessedAt()))) {
            target.setLastAccessedAt(other.getLastAccessedAt());
        }
        sources.delete(otherId);
        sources.update(target, target.getVersion(), me.id());
        return new MergeResult(get(targetId), moved, collapsed, List.copyOf(affected));
    }

    /**
     * The page title of a link, fetched by the server with {@link TitleFetcher} (SSRF-safe, at most
     * {@link TitleFetcher#DEFAULT_TIMEOUT}); empty when the page cannot be reached (e.g. without internet).
     *
     * @throws InvalidUrlException for an unacceptable link or one pointing at a private or local address
     */
    @PreAuthorize("hasRole('CHECKER')")
    public Optional<String> lookupTitle(String url) {
        return titleFetcher.fetchTitle(url);
    }

    /** The longer (in code points) of two texts after trimming; {@code kept} on a tie. */
    static @Nullable String richer(@Nullable String kept, @Nullable String other) {
        int keptLength = kept == null ? 0 : kept.strip().codePointCount(0, kept.strip().length());
        int otherLength = other == null ? 0 : other.strip().codePointCount(0, other.strip().length());
        return otherLength > keptLength ? other : kept;
    }

    private SourceRecord load(long id) {
        return sources.findById(id).orElseThrow(() -> new NotFoundException("Source", id));
    }

    private void checkVersion(SourceRecord r, int version) {
        if (r.getVersion() != version) {
            throw stale(r.getId(), version);
        }
    }

    private ConflictException stale(long id, int version) {
        SourceRecord now = load(id);
        String who = now.getUpdatedBy() == null ? null : currentUser.displayName(now.getUpdatedBy());
        return who == null
                ? ConflictException.stale("source.stale.anonymous", now.getVersion(), null, now.getCanonicalUrl(),
                version, now.getVersion())
                : ConflictException.stale("source.stale", now.getVersion(), who, now.getCanonicalUrl(), who, version,
                now.getVersion());
    }
}
