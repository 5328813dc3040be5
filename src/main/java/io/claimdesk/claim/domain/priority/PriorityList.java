package io.claimdesk.claim.domain.priority;

import io.claimdesk.article.domain.ArticleBodyChanged;
import io.claimdesk.article.domain.intake.BylineDetector;
import io.claimdesk.claim.domain.ClaimFields;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.search.SimilarClaims;
import io.claimdesk.claim.domain.segment.Segment;
import io.claimdesk.claim.domain.segment.Segmenter;
import io.claimdesk.claim.domain.worthiness.CheckWorthinessService;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.text.CodePoints;
import io.claimdesk.core.text.UserText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;

/**
 * The desk-wide priority list "Worth checking now" (issue 17): the unclaimed suggestions of every article in score
 * order, read from stored suggestions with LIMIT and a keyset cursor, never by segmenting articles per request.
 *
 * <p><b>Stored and current.</b> The suggestions of an article (headline, sentences, clauses: {@link Segmenter} with
 * the model in use, {@link CheckWorthinessService#score}) are stored with the article's content hash and the model's
 * key ({@link CheckWorthinessService#modelKey()}). An article is <em>stale</em> when it has none, its text changed or
 * another model is in use. Stale articles are computed again, newest first, {@value #BATCH} at a time every
 * {@code claimdesk.suggestions.refresh-interval} (default 10 s), and all at once by the CLI command
 * {@code refresh-suggestions}; an edit of an article's text forgets its suggestions in the editing transaction, and
 * a suggestion whose article's text is not the one it was computed from is never shown, so the list never offers a
 * span of an old text. After a retrain or rollback the old scores stay visible until their article is recomputed.
 *
 * <p><b>Unclaimed.</b> A suggestion leaves the list when a claim (not removed) overlaps its span: claiming a sentence
 * takes its clauses with it. Articles longer than {@link ClaimService#MAX_SUGGESTION_CODE_POINTS} get no
 * suggestions (an empty stored set).
 */
@Service
public class PriorityList {

    /** Articles recomputed per scheduled run. */
    public static final int BATCH = 20;
    /** Most items per page ({@link #after}, {@link #page}). */
    public static final int MAX_LIMIT = 200;

    /** The earliest and latest day a filter may name. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private static final Logger LOG = LoggerFactory.getLogger(PriorityList.class);

    private final SuggestionRepository store;
    private final CheckWorthinessService worthiness;
    private final SimilarClaims claims;
    private final TransactionTemplate tx;
    private final boolean scheduled;
    private final BylineDetector bylines = new BylineDetector();

    /** A page of the list and the cursor after its last item (null when there is no more). */
    public record Page(List<PriorityItem> items, @Nullable PriorityCursor next) {
    }

    public PriorityList(SuggestionRepository store, CheckWorthinessService worthiness, SimilarClaims claims,
                        PlatformTransactionManager transactions,
                        @Value("${claimdesk.suggestions.scheduled-refresh:true}") boolean scheduled) {
        this.store = store;
        this.worthiness = worthiness;
        this.claims = claims;
        this.tx = new TransactionTemplate(transactions);
        this.scheduled = scheduled;
    }

    /**
     * Items after {@code cursor} (from the top when null), at most {@code limit}.
     *
     * @throws ValidationException {@code suggestion.limit.invalid} (422) when {@code limit} is not in
     *                             1..{@value #MAX_LIMIT}; {@code suggestion.dates.invalid} when {@code from} is after
     *                             {@code to}; {@code suggestion.date.outOfRange} for a day outside
     *                             {@link #FIRST_DAY}..{@link #LAST_DAY}
     */
    @PreAuthorize("hasRole('CHECKER')")
    public Page after(PriorityFilter filter, @Nullable PriorityCursor cursor, int limit) {
        check(filter, limit);
        List<PriorityItem> items = store.page(filter, cursor, 0, limit);
        PriorityCursor next = items.size() < limit ? null : items.get(items.size() - 1).cursor();
        return new Page(items, next);
    }

    /**
     * Items {@code offset} .. {@code offset + limit} of the list (for a lazy grid, which asks by position).
     *
     * @throws ValidationException as {@link #after}, and {@code suggestion.limit.invalid} for a negative offset
     */
    @PreAuthorize("hasRole('CHECKER')")
    public List<PriorityItem> page(PriorityFilter filter, int offset, int limit) {
        check(filter, limit);
        if (offset < 0) {
            throw ValidationException.of("suggestion.limit.invalid", offset, MAX_LIMIT);
        }
        return store.page(filter, null, offset, limit);
    }

    /** How many items the list holds under {@code filter}. */
    @PreAuthorize("hasRole('CHECKER')")
    public int count(PriorityFilter filter) {
        return store.count(filter);
    }

    private static void check(PriorityFilter filter, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("suggestion.limit.invalid", limit, MAX_LIMIT);
        }
        for (LocalDate day : java.util.Arrays.asList(filter.from(), filter.to())) {
            if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
                // LocalDate reaches year 999,999,999; PostgreSQL and the day after the last one do not
                throw ValidationException.of("suggestion.date.outOfRange", day, FIRST_DAY, LAST_DAY);
            }
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw ValidationException.of("suggestion.dates.invalid", filter.from(), filter.to());
        }
    }

    /**
     * Creates the claim of suggestion {@code id}: its span, with {@code claimant} (null: the suggestion's own, which
     * may be null; blank: none). The suggestion leaves the list. Claims from one article's suggestions are made one
     * at a time (the article's stored suggestions are locked), so the same suggestion claimed twice at once makes one
     * claim and one {@code suggestion.gone}.
     *
     * @throws ConflictException   {@code suggestion.gone} (409) when the suggestion is no longer listed (claimed,
     *                             its article edited, or recomputed)
     * @throws ValidationException as {@link ClaimService#create} (claimant too long)
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public SimilarClaims.Created claim(long id, @Nullable String claimant) {
        // two clicks at once (two people, a double submit): the second waits here, then finds the suggestion taken
        if (!store.lockArticleOf(id)) {
            throw ConflictException.of("suggestion.gone", id);
        }
        PriorityItem item = store.find(id).orElseThrow(() -> ConflictException.of("suggestion.gone", id));
        // the view passes its text field's value as typed; the API's is clean already (UserText is idempotent)
        String who = claimant != null ? UserText.canonical("claimant", claimant, ClaimService.MAX_CLAIMANT_LENGTH)
                : item.claimant() == null ? "" : item.claimant();
        return claims.create(item.articleId(), item.start(), item.end(), new ClaimFields(null, who, null, null));
    }

    /** How many articles have missing or stale suggestions. */
    public int staleCount() {
        return store.staleCount(worthiness.modelKey());
    }

    /**
     * Computes the suggestions of up to {@code max} stale articles, newest first; returns how many were computed.
     * Each article is computed outside any transaction and stored in its own.
     */
    public int refreshStale(int max) {
        String key = worthiness.modelKey();
        int done = 0;
        while (done < max) {
            List<Long> ids = store.stale(key, Math.min(BATCH, max - done));
            if (ids.isEmpty()) {
                break;
            }
            for (long id : ids) {
                refresh(id);
                done++;
            }
        }
        return done;
    }

    /** Computes and stores the suggestions of one article now (nothing when it no longer exists). */
    public void refresh(long articleId) {
        String key = worthiness.modelKey();
        store.articleText(articleId).ifPresent(article -> {
            List<Segment> segments = CodePoints.length(article.body()) > ClaimService.MAX_SUGGESTION_CODE_POINTS
                    ? List.of()
                    : new Segmenter(article.language(), bylines::isCreditLine, worthiness::score)
                    .segment(article.body());
            tx.executeWithoutResult(status -> store.replace(articleId, article.contentHash(), key, segments));
        });
    }

    /** Background refresh of stale articles ({@value #BATCH} per run), unless turned off. */
    @Scheduled(fixedDelayString = "${claimdesk.suggestions.refresh-interval:PT10S}", initialDelayString = "PT20S")
    void scheduledRefresh() {
        if (!scheduled) {
            return;
        }
        try {
            int n = refreshStale(BATCH);
            if (n > 0) {
                LOG.debug("suggestions computed for {} articles", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("suggestion refresh failed: {}", e.toString());
        }
    }

    /** An edited text forgets its stored suggestions in the editing transaction (they are computed again). */
    @EventListener
    public void onBodyChanged(ArticleBodyChanged change) {
        store.forget(change.articleId());
    }
}
