package io.claimdesk.claim.domain.search;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The nearest statements of a claim for "checked before", read from the stored list of the claim
 * ({@code claim_neighbours}, migration V18_21) when that gives the same answer as the live nearest-neighbour scan
 * ({@link SimilarityRepository#similar}), and from the live scan otherwise (the list is then stored again, after the
 * request, on this class's own thread).
 *
 * <p>Why a stored list answers like the live scan. A list holds the {@value #K} nearest claims of other articles at
 * a time {@code T}; {@code claim.statement_changed_at} (a trigger of V18_21) says when each claim's statement was
 * last written or the claim created, removed or restored. The claims nearest now are then found among (a) the
 * stored neighbours unchanged since {@code T} and (b) every claim changed after {@code T}, compared live (few,
 * through an index; more than {@value #MAX_CHANGED} and the live scan answers). A claim unchanged since {@code T}
 * and not in the list is no nearer than the list's last neighbour, so (a) and (b) hold the answer when the list
 * still has at least the asked number of unchanged neighbours, or holds every other claim, or its last neighbour is
 * below the asked similarity. The list is used only while the claim's own statement is the one it was computed for
 * (an md5 of the normalised statement). Ties at the last place may be broken differently (as the live scan's).
 *
 * <p>Lists are made when a lookup finds none usable, and, when {@code claimdesk.neighbours.backfill} is on (the
 * default), in the background for claims without one, newest first, {@code claimdesk.neighbours.backfill-batch}
 * claims every {@code claimdesk.neighbours.backfill-interval}: at a million claims one list costs one live scan
 * (0.1-1 s), so a whole archive takes days of one core (docs/operations.md); claims asked for are served first.
 */
@Component
public class NeighbourLists {

    private static final Logger LOG = LoggerFactory.getLogger(NeighbourLists.class);

    /** Neighbours stored per claim: the most "checked before" shows ({@link SimilarClaims#MAX_RESULTS}). */
    public static final int K = SimilarClaims.MAX_RESULTS;
    /** Most claims changed since a list's time that are compared live before the list is computed again. */
    public static final int MAX_CHANGED = 2_000;
    /**
     * Seconds a list's time is set before its transaction's start: a transaction that wrote a claim earlier but
     * committed after the list's snapshot is still compared live (the app's transactions are much shorter).
     */
    public static final int MARGIN_SECONDS = 600;
    /** Most lists waiting to be stored; a lookup past it does not store its list (a later one will). */
    static final int MAX_WAITING = 1_000;

    private final NeighbourRepository store;
    private final SimilarityRepository similarity;
    private final TransactionTemplate tx;
    private final boolean backfill;
    private final int batch;
    private final ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "claimdesk-neighbours");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    /** The backfill pass goes down from here (exclusive). */
    private final AtomicLong backfillBelow = new AtomicLong(Long.MAX_VALUE);
    /** ... to here (exclusive): the newest claim when the previous pass started (0 before the first pass ends). */
    private final AtomicLong backfillFloor = new AtomicLong(0);
    /** The newest claim when this pass started. */
    private final AtomicLong passTop = new AtomicLong(0);

    public NeighbourLists(NeighbourRepository store, SimilarityRepository similarity,
                          PlatformTransactionManager transactions,
                          @Value("${claimdesk.neighbours.backfill:true}") boolean backfill,
                          @Value("${claimdesk.neighbours.backfill-batch:10}") int batch,
                          @Value("${claimdesk.neighbours.backfill-interval:PT15S}") Duration interval) {
        this.store = store;
        this.similarity = similarity;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.backfill = backfill;
        this.batch = Math.max(1, batch);
        if (backfill) {
            worker.scheduleWithFixedDelay(this::backfillOnce, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Where an answer of {@link #nearest} came from. */
    public enum Path { STORED, LIVE }

    /** The nearest claims and where they came from. */
    public record Nearest(List<SimilarityRepository.Scored> claims, Path path) {
    }

    /**
     * Claims of other articles (not removed, not {@code claimId}) at least {@code min} similar to the statement of
     * claim {@code claimId}, most similar first (ties: newest first), at most {@code limit}: the answer of
     * {@link SimilarityRepository#similar}, from the stored list when it gives the same (class comment). Call in a
     * transaction that has read the claim.
     *
     * @param statement the claim's statement as stored
     * @param articleId the claim's article
     * @param min       lowest similarity kept (0..1)
     * @param limit     at most this many (above {@link #K} the live scan always answers)
     */
    public Nearest nearest(long claimId, String statement, long articleId, double min, int limit) {
        if (limit <= K) {
            Optional<List<SimilarityRepository.Scored>> fromList = fromStoredList(claimId, statement, articleId, min,
                    limit);
            if (fromList.isPresent()) {
                return new Nearest(fromList.get(), Path.STORED);
            }
        }
        Optional<NeighbourRepository.Basis> basis = store.basis(claimId, MARGIN_SECONDS);
        List<SimilarityRepository.Scored> live = similarity.similar(claimId, statement, articleId, 0, Math.max(K,
                limit));
        basis.ifPresent(b -> storeLater(claimId, b, live));
        return new Nearest(best(live, min, limit), Path.LIVE);
    }

    private Optional<List<SimilarityRepository.Scored>> fromStoredList(long claimId, String statement, long articleId,
                                                                       double min, int limit) {
        Optional<NeighbourRepository.Stored> stored = store.stored(claimId);
        if (stored.isEmpty() || !stored.get().current()) {
            return Optional.empty();
        }
        NeighbourRepository.Stored list = stored.get();
        if (store.changedSince(list.completeUntil(), MAX_CHANGED + 1) > MAX_CHANGED) {
            return Optional.empty();
        }
        Set<Long> unchanged = store.unchangedSince(
                list.neighbours().stream().map(SimilarityRepository.Scored::id).toList(), list.completeUntil());
        List<SimilarityRepository.Scored> candidates = new ArrayList<>(
                list.neighbours().stream().filter(s -> unchanged.contains(s.id())).toList());
        List<SimilarityRepository.Scored> neighbours = list.neighbours();
        boolean lastBelow = !neighbours.isEmpty() && neighbours.get(neighbours.size() - 1).similarity() < min;
        if (!list.exhaustive() && candidates.size() < limit && !lastBelow) {
            return Optional.empty();
        }
        candidates.addAll(store.similarChangedSince(list.completeUntil(), claimId, articleId, statement));
        return Optional.of(best(candidates, min, limit));
    }

    /** At least {@code min} similar, most similar first (ties: newest first), at most {@code limit}. */
    private static List<SimilarityRepository.Scored> best(List<SimilarityRepository.Scored> scored, double min,
                                                          int limit) {
        return scored.stream().filter(s -> s.similarity() >= min)
                .sorted(Comparator.comparingDouble(SimilarityRepository.Scored::similarity).reversed()
                        .thenComparing(Comparator.comparingLong(SimilarityRepository.Scored::id).reversed()))
                .limit(limit).toList();
    }

    private void storeLater(long claimId, NeighbourRepository.Basis basis, List<SimilarityRepository.Scored> live) {
        if (worker.getQueue().size() >= MAX_WAITING) {
            return;
        }
        List<SimilarityRepository.Scored> list = live.subList(0, Math.min(K, live.size()));
        boolean exhaustive = live.size() < K;
        worker.execute(() -> {
            try {
                tx.executeWithoutResult(s -> store.store(claimId, basis, List.copyOf(list), exhaustive));
            } catch (DataAccessException e) {
                LOG.debug("neighbour list of claim {} not stored: {}", claimId, e.toString());
            }
        });
    }

    /**
     * Computes and stores the list of claim {@code claimId} now, in its own transaction (the backfill, the
     * benchmark and tests). Nothing happens for a claim that does not exist or was removed.
     */
    public void refresh(long claimId) {
        tx.executeWithoutResult(s -> {
            Optional<NeighbourRepository.Basis> basis = store.basis(claimId, MARGIN_SECONDS);
            Optional<SimilarityRepository.ClaimText> claim = similarity.text(claimId);
            if (basis.isEmpty() || claim.isEmpty()) {
                return;
            }
            List<SimilarityRepository.Scored> live = similarity.similar(claimId, claim.get().statement(),
                    claim.get().articleId(), 0, K);
            store.store(claimId, basis.get(), live, live.size() < K);
        });
    }

    /**
     * One backfill step: the lists of up to the batch size of claims without one, newest first. A pass goes down to
     * where the previous pass started, so after the first pass only new claims are looked at (a list made stale by an
     * edit is made again when asked for).
     */
    void backfillOnce() {
        if (!backfill) {
            return;
        }
        try {
            long below = backfillBelow.get();
            if (below == Long.MAX_VALUE) {
                passTop.set(store.newestClaim());
            }
            List<Long> ids = store.withoutList(backfillFloor.get(), below, batch);
            if (ids.isEmpty()) {
                backfillFloor.set(passTop.get());
                backfillBelow.set(Long.MAX_VALUE);
                return;
            }
            for (long id : ids) {
                refresh(id);
            }
            backfillBelow.set(ids.get(ids.size() - 1));
        } catch (RuntimeException e) {
            LOG.warn("neighbour list backfill failed: {}", e.toString());
        }
    }

    /** Waits until the lists queued by lookups are stored (tests); false when {@code timeout} passed first. */
    public boolean awaitStored(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean waiting = worker.getQueue().stream()
                    .anyMatch(r -> !(r instanceof RunnableScheduledFuture<?> f && f.isPeriodic()));
            if (!waiting && worker.getActiveCount() == 0) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    @PreDestroy
    void shutdown() {
        worker.shutdownNow();
    }
}
