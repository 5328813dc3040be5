package io.claimdesk.claim.domain;

import io.claimdesk.article.domain.Article;
import io.claimdesk.article.domain.AnchorChange;
import io.claimdesk.article.domain.ArticleBodyChanged;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.article.domain.intake.BylineDetector;
import io.claimdesk.claim.domain.anchor.Anchor;
import io.claimdesk.claim.domain.anchor.AnchorException;
import io.claimdesk.claim.domain.anchor.Anchors;
import io.claimdesk.claim.domain.anchor.ReanchorResult;
import io.claimdesk.claim.domain.anchor.Reanchorer;
import io.claimdesk.claim.domain.segment.Claimants;
import io.claimdesk.claim.domain.segment.Segment;
import io.claimdesk.claim.domain.segment.Segmenter;
import io.claimdesk.claim.domain.worthiness.CheckWorthinessService;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.text.CodePoints;
import io.claimdesk.core.work.BoundedWork;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.tables.records.ClaimRecord;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.CurrentUser;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims: suggestions from segmentation, creation from any span (by code-point offsets or by quote), editing of
 * the reviewer's fields, and anchoring. When an article's text changes every claim is re-anchored (exact
 * position, exact quote, fuzzy quote; see {@link Reanchorer}); a claim that cannot be placed becomes an orphan
 * until someone re-attaches or removes it. Every change is a history event.
 */
@Service
public class ClaimService {

    /** Longest statement and claimant, in characters (a statement is one checkable sentence or two). */
    public static final int MAX_STATEMENT_LENGTH = 2000;
    /**
     * Longest article, in code points, that is segmented into suggestions (bounded work per request, issue 12);
     * longer texts are refused with 422 rather than tying up a core.
     */
    public static final int MAX_SUGGESTION_CODE_POINTS = 1_000_000;
    public static final int MAX_CLAIMANT_LENGTH = 300;

    private final ClaimRepository claims;
    private final ArticleService articles;
    private final ClaimEvents events;
    private final CurrentUser currentUser;
    private final ClaimLocks locks;
    private final ClaimOwnership ownership;
    private final OrphanCandidateRepository candidates;
    private final BylineDetector bylines = new BylineDetector();
    private @Nullable BoundedWork work;
    private final CheckWorthinessService worthiness;

    public ClaimService(ClaimRepository claims, ArticleService articles, ClaimEvents events,
                        CurrentUser currentUser, ClaimLocks locks, ClaimOwnership ownership,
                        OrphanCandidateRepository candidates, CheckWorthinessService worthiness) {
        this.candidates = candidates;
        this.worthiness = worthiness;
        this.claims = claims;
        this.articles = articles;
        this.events = events;
        this.currentUser = currentUser;
        this.locks = locks;
        this.ownership = ownership;
    }

    /** The application's pool of heavy jobs (set by Spring; kept out of the constructor, which issue 13 reshapes). */
    @org.springframework.beans.factory.annotation.Autowired
    void useBoundedWork(BoundedWork work) {
        this.work = work;
    }

    /**
     * Suggested claim spans of an article: sentences and, where a sentence joins independent statements, its
     * clauses; each with a check-worthiness score in [0,1] and the reasons ({@link CheckWorthinessService#score}). Credit lines and headings are skipped.
     *
     * @throws ValidationException       (422) when the article is over {@link #MAX_SUGGESTION_CODE_POINTS}
     * @throws io.claimdesk.core.work.WorkUnavailableException (503) when the pool is full, the time limit passed, the
     *                                   client went away or the application is stopping ({@link BoundedWork})
     */
    @PreAuthorize("hasRole('CHECKER')")
    public List<Segment> suggestions(long articleId) {
        Article article = articles.get(articleId);
        int length = CodePoints.length(article.body());
        if (length > MAX_SUGGESTION_CODE_POINTS) {
            throw ValidationException.of("claim.suggestions.tooLarge", length, MAX_SUGGESTION_CODE_POINTS);
        }
        // on the bounded pool (issue 12): at most a few segmentations at once, each within the time limit, stopped
        // when the client goes away (the segmenter checks for cancellation line by line)
        String language = article.language();
        String body = article.body();
        java.util.concurrent.Callable<List<Segment>> job =
                () -> new Segmenter(language, bylines::isCreditLine, worthiness::score).segment(body);
        BoundedWork pool = work;
        if (pool == null) { // constructed outside Spring
            return new Segmenter(language, bylines::isCreditLine, worthiness::score).segment(body);
        }
        return pool.run(job);
    }

    /**
     * Creates a claim on the span [start, end) of the article body (code points).
     *
     * @throws ValidationException when the span is empty, outside the text or white space only
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Claim create(long articleId, int start, int end, ClaimFields fields) {
        Article article = articles.get(articleId);
        int length = CodePoints.length(article.body());
        if (start < 0 || end > length || start >= end) {
            throw ValidationException.of("claim.span.outside", start, end, length);
        }
        int[] trimmed = trim(article.body(), start, end);
        return insert(article, Anchors.create(article.body(), trimmed[0], trimmed[1]), fields);
    }

    /**
     * Creates a claim on the occurrence of {@code quote} in the article that prefix and suffix single out.
     *
     * @throws ValidationException when the quote is not in the text, or occurs more than once and the context does
     *                             not tell which
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Claim createFromQuote(long articleId, String quote, @Nullable String prefix, @Nullable String suffix,
                                 ClaimFields fields) {
        Article article = articles.get(articleId);
        if (quote.isBlank()) {
            throw ValidationException.of("claim.quote.empty");
        }
        try {
            Anchor anchor = Anchors.fromQuote(article.body(), quote, prefix == null ? "" : prefix,
                    suffix == null ? "" : suffix);
            return insert(article, anchor, fields);
        } catch (AnchorException e) {
            throw ValidationException.of(e.code(), e.arguments());
        }
    }

    private Claim insert(Article article, Anchor anchor, ClaimFields fields) {
        AppUser me = currentUser.require();
        validate(fields);
        claims.findSameSpan(article.id(), anchor.position().start(), anchor.position().end()).ifPresent(existing -> {
            throw ConflictException.of("claim.duplicateSpan", existing);
        });
        String statement = fields.statement() == null || fields.statement().isBlank()
                ? anchor.quote().exact() : fields.statement().strip();
        ClaimRecord r = new ClaimRecord()
                .setArticleId(article.id())
                .setQuote(anchor.quote().exact())
                .setQuotePrefix(anchor.quote().prefix())
                .setQuoteSuffix(anchor.quote().suffix())
                .setStartCp(anchor.position().start())
                .setEndCp(anchor.position().end())
                .setStatement(statement)
                .setClaimant(fields.claimant() != null ? blankToNull(fields.claimant())
                        : inferredClaimant(anchor, article.language()))
                .setClaimDate(fields.claimDate())
                .setTags(tags(fields.tags()))
                .setLanguage(article.language())
                .setCheckWorthiness((float) worthiness.score(anchor.quote().exact(), article.language()).score())
                .setCreatedBy(me.id());
        long id = claims.insert(r);
        Claim created = get(id);
        events.record(id, me.id(), ClaimEventKind.CLAIM_CREATED, null, snapshot(created), null);
        return created;
    }

    /**
     * The claimant when none is given (null, not blank): the subject of a reporting verb in the quote, else in the
     * quote together with the start of its sentence kept in the prefix (a second clause whose verb is in the
     * first), found by {@link Claimants}; null when none is found (issue 17).
     */
    static @Nullable String inferredClaimant(Anchor anchor, String language) {
        String quote = anchor.quote().exact();
        return Claimants.find(quote, language).or(() -> {
            String prefix = anchor.quote().prefix();
            int cut = Math.max(Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf('\n')),
                    Math.max(prefix.lastIndexOf('؟'), prefix.lastIndexOf('?')));
            return Claimants.find(prefix.substring(cut + 1) + quote, language);
        }).orElse(null);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public Claim get(long id) {
        return claims.find(id).orElseThrow(() -> new NotFoundException("Claim", id));
    }

    /**
     * The claims of {@code ids} that exist and are not removed, by id, read in one query (a list of matches loads
     * its claims at once, not one query each). Missing and removed ids are absent from the map.
     */
    @PreAuthorize("hasRole('CHECKER')")
    public java.util.Map<Long, Claim> getAll(java.util.Collection<Long> ids) {
        return claims.find(ids);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public List<Claim> ofArticle(long articleId) {
        return claims.ofArticle(articleId);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public List<Claim> find(ClaimFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        return claims.find(filter, offset, limit, sort);
    }

    /**
     * Like {@link #find}, with the matches of the filter's full-text query in each statement; ordered by relevance
     * when a query is given and no sort.
     */
    @PreAuthorize("hasRole('CHECKER')")
    public List<ClaimHit> search(ClaimFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        return claims.search(filter, offset, limit, sort);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public int count(ClaimFilter filter) {
        return claims.count(filter);
    }

    /**
     * The size of a claim list, exact up to {@link ClaimRepository#EXACT_TOTAL_UP_TO} claims and estimated above
     * ({@link ClaimRepository#total}); for grids and API pages. Exports count exactly ({@link #count}).
     */
    @PreAuthorize("hasRole('CHECKER')")
    public io.claimdesk.core.domain.Total total(ClaimFilter filter) {
        return claims.total(filter);
    }

    /**
     * Claims newest first after the cursor (keyset paging, {@link ClaimRepository#findAfter}).
     *
     * @param after null for the first page
     * @throws io.claimdesk.core.domain.ValidationException {@code claim.cursor.withQuery} when the filter
     *                                                      has a full-text query (ordered by relevance: use offsets)
     */
    @PreAuthorize("hasRole('CHECKER')")
    public List<Claim> findAfter(ClaimFilter filter, @org.jspecify.annotations.Nullable ClaimCursor after, int limit) {
        if (io.claimdesk.search.domain.FullText.isQuery(filter.query())) {
            throw io.claimdesk.core.domain.ValidationException.of("claim.cursor.withQuery");
        }
        return claims.findAfter(filter, after, limit);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public List<String> knownTags() {
        return claims.tags(200);
    }

    /**
     * Changes the reviewer's fields (statement, claimant, claim date, tags); the quote is the anchor and never
     * changes here. Null fields stay as they are.
     *
     * @throws ConflictException   when {@code version} is stale (message names who changed it)
     * @throws io.claimdesk.core.domain.NotAllowedException when a checker neither created the claim nor is assigned
     *                             to it (403)
     * @throws ValidationException for an empty statement or an over-long tag
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Claim update(long id, int version, ClaimFields fields) {
        AppUser me = currentUser.require();
        ClaimRecord r = claims.record(id).orElseThrow(() -> new NotFoundException("Claim", id));
        ClaimOwnership.requireClaim(me, id, r.getCreatedBy(), r.getAssigneeId(), "change");
        Claim before = get(id);
        if (before.version() != version) {
            throw conflict(id, version);
        }
        locks.requireEditable(id);
        validate(fields);
        if (fields.statement() != null) {
            if (fields.statement().isBlank()) {
                throw ValidationException.of("claim.statement.empty");
            }
            r.setStatement(fields.statement().strip());
        }
        if (fields.claimant() != null) {
            r.setClaimant(blankToNull(fields.claimant()));
        }
        if (fields.claimDate() != null) {
            r.setClaimDate(fields.claimDate());
        }
        if (fields.tags() != null) {
            r.setTags(tags(fields.tags()));
        }
        if (!claims.updateFields(r, version)) {
            throw conflict(id, version);
        }
        Claim after = get(id);
        events.record(id, me.id(), ClaimEventKind.CLAIM_EDITED, snapshot(before), snapshot(after), null);
        return after;
    }

    /**
     * Re-attaches a claim (typically an orphan) to the span [start, end) of the current text.
     *
     * @throws ConflictException   when {@code version} is stale
     * @throws io.claimdesk.core.domain.NotAllowedException when a checker neither created the claim nor is assigned
     *                             to it (403)
     * @throws ValidationException when the span is outside the text
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Claim reattach(long id, int version, int start, int end) {
        AppUser me = currentUser.require();
        Claim before = get(id);
        ownership.requireClaim(me, id, "reattach");
        if (before.version() != version) {
            throw conflict(id, version);
        }
        // re-attaching changes the quote a verdict rests on: the same lock as PATCH (issue 13)
        locks.requireEditable(id);
        Article article = articles.get(before.articleId());
        int length = CodePoints.length(article.body());
        if (start < 0 || end > length || start >= end) {
            throw ValidationException.of("claim.span.outside", start, end, length);
        }
        int[] t = trim(article.body(), start, end);
        Anchor anchor = Anchors.create(article.body(), t[0], t[1]);
        if (!claims.updateAnchor(id, version, anchor, false)) {
            throw conflict(id, version);
        }
        candidates.delete(id);
        events.record(id, me.id(), ClaimEventKind.CLAIM_REATTACHED, anchorOf(before), anchorOf(anchor), null);
        return get(id);
    }

    /**
     * Removes a claim from the workbench (kept in the database with its history).
     *
     * @throws ConflictException when {@code version} is stale
     * @throws io.claimdesk.core.domain.NotAllowedException when a checker neither created the claim nor is assigned
     *                             to it (403)
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public void remove(long id, int version, @Nullable String reason) {
        AppUser me = currentUser.require();
        Claim before = get(id);
        ownership.requireClaim(me, id, "delete");
        if (before.version() != version) {
            throw conflict(id, version);
        }
        locks.requireEditable(id);
        if (!claims.markRemoved(id, version)) {
            throw conflict(id, version);
        }
        events.record(id, me.id(), ClaimEventKind.CLAIM_REMOVED, snapshot(before), null, blankToNull(reason));
    }

    /** The history note of an approved claim sent back to review by an article edit; the UI translates it. */
    public static final String NOTE_ARTICLE_EDITED = "article text changed under the approved quote";

    /**
     * Re-anchors every placed claim of the article after its text changed (inside the editing transaction).
     * An approved claim whose quote changed (fuzzy re-anchoring) or that lost its place goes back to review
     * (READY_FOR_REVIEW, approval cleared, history note {@link #NOTE_ARTICLE_EDITED}), so it leaves the public
     * outputs until a supervisor approves it again (issue 13). A quote found unchanged at other offsets keeps
     * its approval: what it says is what was approved.
     */
    @EventListener
    public void onBodyChanged(ArticleBodyChanged change) {
        candidates.deleteOfArticle(change.articleId());
        for (ClaimRecord r : claims.placedRecords(change.articleId())) {
            Anchor old = new Anchor(
                    new io.claimdesk.claim.domain.anchor.TextQuoteSelector(r.getQuote(), r.getQuotePrefix(),
                            r.getQuoteSuffix()),
                    new io.claimdesk.claim.domain.anchor.TextPositionSelector(r.getStartCp(), r.getEndCp()));
            ReanchorResult result = Reanchorer.reanchor(change.newBody(), old);
            boolean quoteChanged;
            AnchorChange.Outcome outcome = null;
            AnchorChange report = null;
            if (result instanceof ReanchorResult.Placed placed) {
                Anchor now = Anchors.create(change.newBody(), placed.start(), placed.end());
                quoteChanged = !now.quote().exact().equals(old.quote().exact());
                if (!now.equals(old)) {
                    claims.updateAnchor(r.getId(), r.getVersion(), now, false);
                    Map<String, Object> after = anchorOf(now);
                    after.put("method", placed.method().name());
                    after.put("score", placed.score());
                    events.record(r.getId(), change.actorId(), ClaimEventKind.CLAIM_REANCHORED, anchorOf(old), after, null);
                }
                if (quoteChanged || placed.start() != r.getStartCp() || placed.end() != r.getEndCp()) {
                    outcome = quoteChanged ? AnchorChange.Outcome.RESPELLED : AnchorChange.Outcome.MOVED;
                    report = new AnchorChange("claim", r.getId(), outcome, placed.method().name(), r.getStartCp(),
                            r.getEndCp(), placed.start(), placed.end(), null, null, List.of(), false, null);
                }
            } else if (result instanceof ReanchorResult.Orphaned orphaned) {
                quoteChanged = true;
                claims.markOrphaned(r.getId(), r.getVersion());
                Map<String, Object> after = null;
                List<String> differences = orphaned.differences().stream()
                        .map(io.claimdesk.claim.domain.anchor.QuoteDifferences.Difference::describe).toList();
                ReanchorResult.Placed candidate = orphaned.candidate();
                if (candidate != null) {
                    String passage = CodePoints.substring(change.newBody(), candidate.start(), candidate.end());
                    candidates.put(new OrphanCandidate(r.getId(), candidate.start(), candidate.end(), passage,
                            differences));
                    after = new LinkedHashMap<>();
                    after.put("candidate", passage);
                    after.put("candidateStart", candidate.start());
                    after.put("candidateEnd", candidate.end());
                    after.put("differences", differences);
                }
                events.record(r.getId(), change.actorId(), ClaimEventKind.CLAIM_ORPHANED, anchorOf(old), after,
                        orphaned.reason());
                report = new AnchorChange("claim", r.getId(), AnchorChange.Outcome.ORPHANED, null, r.getStartCp(),
                        r.getEndCp(), null, null, candidate == null ? null : candidate.start(),
                        candidate == null ? null : candidate.end(), differences, false, orphaned.reason());
            } else {
                quoteChanged = false;
            }
            boolean backToReview = quoteChanged && r.getStatus() == ClaimStatus.APPROVED;
            if (backToReview) {
                claims.returnToReview(r.getId());
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("status", ClaimStatus.APPROVED.name());
                before.put("verdict", r.getVerdict());
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("action", "article_edited");
                after.put("status", ClaimStatus.READY_FOR_REVIEW.name());
                after.put("verdict", r.getVerdict());
                events.record(r.getId(), change.actorId(), ClaimEventKind.STATUS_CHANGED, before, after, NOTE_ARTICLE_EDITED);
            }
            if (report != null) {
                change.changes().add(backToReview ? new AnchorChange(report.type(), report.id(), report.outcome(),
                        report.method(), report.oldStart(), report.oldEnd(), report.newStart(), report.newEnd(),
                        report.candidateStart(), report.candidateEnd(), report.differences(), true, report.reason())
                        : report);
            }
        }
    }

    /** The similar passage offered for an orphaned claim after an article edit (issue 14), if there is one. */
    @PreAuthorize("hasRole('CHECKER')")
    public java.util.Optional<OrphanCandidate> orphanCandidate(long id) {
        get(id); // a missing claim is named as such (notFound.Claim), not as a missing candidate
        return candidates.of(id);
    }

    /**
     * Confirms the candidate passage of an orphaned claim: re-attaches the claim there (same rules as
     * {@link #reattach}, under the same lock) and forgets the candidate.
     *
     * @throws NotFoundException   when the claim has no candidate ({@code notFound.orphanCandidate})
     * @throws ConflictException   when {@code version} is stale, or the text at the candidate's offsets is no longer
     *                             the passage that was offered
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Claim confirmOrphanCandidate(long id, int version) {
        Claim claim = get(id);
        OrphanCandidate c = candidates.of(id).orElseThrow(() -> new NotFoundException("OrphanCandidate", id));
        String body = articles.get(claim.articleId()).body();
        if (c.end() > CodePoints.length(body) || !CodePoints.substring(body, c.start(), c.end()).equals(c.quote())) {
            candidates.delete(id);
            throw ConflictException.of("claim.orphanCandidate.stale");
        }
        return reattach(id, version, c.start(), c.end());
    }

    /**
     * Checks the reviewer's fields: lengths, and a claim date that is not in the future (UTC, with a day of
     * slack for time zones ahead of UTC).
     *
     * @throws ValidationException naming the field
     */
    static void validate(ClaimFields f) {
        if (f.statement() != null && f.statement().codePointCount(0, f.statement().length()) > MAX_STATEMENT_LENGTH) {
            throw ValidationException.of("claim.statement.tooLong", MAX_STATEMENT_LENGTH);
        }
        if (f.claimant() != null && f.claimant().codePointCount(0, f.claimant().length()) > MAX_CLAIMANT_LENGTH) {
            throw ValidationException.of("claim.claimant.tooLong", MAX_CLAIMANT_LENGTH);
        }
        if (f.claimDate() != null && f.claimDate().isAfter(java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .plusDays(1))) {
            throw ValidationException.of("claim.date.future", f.claimDate());
        }
        if (f.claimDate() != null && f.claimDate().getYear() < 1900) {
            throw ValidationException.of("claim.date.tooEarly", f.claimDate());
        }
    }

    private ConflictException conflict(long id, int version) {
        ClaimRecord now = claims.record(id).orElseThrow(() -> new NotFoundException("Claim", id));
        String who = claims.lastActor(id).orElse(null);
        return ClaimLocks.stale(version, now.getVersion(), who);
    }

    /** Shrinks [start, end) so it neither starts nor ends with white space. */
    private static int[] trim(String body, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(body.codePointAt(CodePoints.toUtf16Index(body, s)))) {
            s++;
        }
        while (e > s && Character.isWhitespace(body.codePointAt(CodePoints.toUtf16Index(body, e - 1)))) {
            e--;
        }
        if (s == e) {
            throw ValidationException.of("claim.span.whitespace");
        }
        return new int[]{s, e};
    }

    static String[] tags(@Nullable List<String> tags) {
        return ClaimTags.clean(tags).toArray(String[]::new);
    }

    private static Map<String, Object> snapshot(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quote", c.quote());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("statement", c.statement());
        m.put("claimant", c.claimant());
        m.put("claimDate", c.claimDate() == null ? null : c.claimDate().toString());
        m.put("tags", c.tags());
        return m;
    }

    private static Map<String, Object> anchorOf(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quote", c.quote());
        m.put("prefix", c.prefix());
        m.put("suffix", c.suffix());
        m.put("start", c.start());
        m.put("end", c.end());
        return m;
    }

    private static Map<String, Object> anchorOf(Anchor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quote", a.quote().exact());
        m.put("prefix", a.quote().prefix());
        m.put("suffix", a.quote().suffix());
        m.put("start", a.position().start());
        m.put("end", a.position().end());
        return m;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
