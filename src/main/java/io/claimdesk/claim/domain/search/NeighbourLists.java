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
 * <p>Why a stored list answers like the live scan. A list holds, for a time {@code T}, the nearest claims of other
 * articles and a floor: no claim outside the list whose statement is unchanged since {@code T} is more similar than
 * the floor (a list made by the scan of the {@value #K} nearest has the {@value #K}th similarity as its floor, or -1
 * when the scan found fewer). {@code claim.statement_changed_at} (a trigger of V18_21) says when each claim's
 * statement was last written or the claim created, removed or restored. The candidates are the stored neighbours
 * unchanged since {@code T} and every claim changed after {@code T}, compared live (few, through an index; more than
 * {@value #MAX_CHANGED} and the live scan answers). Every other claim is at most as similar as the floor, so the
 * best {@code limit} candidates are the answer when the last of them is at or above the floor, or when the floor is
 * below the asked similarity. The list is used only while the claim's own statement and article are the ones it was
 * computed for (an md5 of both, {@code NeighbourRepository.BASIS_HASH}) and its time is not in the future (a clock
 * set back). A lookup stores the list of its live scan only when the scan's statement and article are the claim's
 * as read for the list (an edit committed in between would pair the old statement's neighbours with the new
 * statement), and a removed claim's list is dropped by the fold or refresh that finds it. Ties at the last place
 * may be broken differently (as the live scan's).
 *
 * <p>Folding: a list's candidates, cut at its floor and to {@value #K} (the floor rising to the first one cut), are
 * again a list with the same property for the time of the fold, at the cost of comparing the changed claims only.
 * The background pass folds the lists that are behind, oldest first, so the changed claims a lookup compares stay
 * few.
 *
 * <p>Lists are made when a lookup finds none usable, and, when {@code claimdesk.neighbours.backfill} is on (the
 * default), in the background: every {@code claimdesk.neighbours.backfill-interval}, up to
 * {@code claimdesk.neighbours.backfill-batch} claims without a list (newest first; one live scan each, 0.1-1 s at a
 * million claims, so a whole archive takes days of one core; docs/operations.md) and up to
 * {@code claimdesk.neighbours.fold-batch} lists that are behind. Claims asked for are served first.
 */
@Component
public class NeighbourLists {

    private static final Logger LOG = LoggerFactory.getLogger(NeighbourLists.class);

    /** Neighbours stored per claim: the most "checked before" shows ({@link SimilarClaims#MAX_RESULTS}). */
    public static final int K = SimilarClaims.MAX_RESULTS;
    /** Most claims changed since a list's time that are compared live before the list is computed again. */
    public static final int MAX_CHANGED = 1_000;
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
    private final int foldBatch;
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
                          @Value("${claimdesk.neighbours.fold-batch:100}") int foldBatch,
                          @Value("${claimdesk.neighbours.backfill-interval:PT15S}") Duration interval) {
        this.store = store;
        this.similarity = similarity;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.backfill = backfill;
        this.batch = Math.max(1, batch);
        this.foldBatch = Math.max(0, foldBatch);
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
            Optional<Candidates> candidates = candidates(claimId, statement, articleId);
            if (candidates.isPresent() && candidates.get().answer(min, limit)) {
                return new Nearest(best(candidates.get().scored(), min, limit), Path.STORED);
            }
        }
        Optional<NeighbourRepository.Basis> basis = store.basis(claimId, MARGIN_SECONDS);
        List<SimilarityRepository.Scored> live = similarity.similar(claimId, statement, articleId, 0, Math.max(K,
                limit));
        // stored only when the scan's statement and article are the basis's: a statement edited and committed after
        // the caller read the claim would otherwise be stored with the old statement's neighbours
        basis.filter(b -> b.statement().equals(statement) && b.articleId() == articleId)
                .ifPresent(b -> storeLater(claimId, b, live));
        return new Nearest(best(live, min, limit), Path.LIVE);
    }

    /**
     * A stored list's neighbours unchanged since its time and the claims changed after it, most similar first
     * (ties: newest first), with the list's floor.
     */
    private record Candidates(List<SimilarityRepository.Scored> scored, double floor) {

        /** Whether the best {@code limit} of at least {@code min} are the answer (class comment). */
        boolean answer(double min, int limit) {
            return floor < min || (scored.size() >= limit && scored.get(limit - 1).similarity() >= floor);
        }
    }

    private Optional<Candidates> candidates(long claimId, String statement, long articleId) {
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
        // read after the neighbours: a neighbour changed in between is in both, and its later similarity counts
        List<SimilarityRepository.Scored> changed =
                store.similarChangedSince(list.completeUntil(), claimId, articleId, statement);
        Set<Long> changedIds = new java.util.HashSet<>();
        changed.forEach(c -> changedIds.add(c.id()));
        List<SimilarityRepository.Scored> scored = new ArrayList<>(list.neighbours().stream()
                .filter(s -> unchanged.contains(s.id()) && !changedIds.contains(s.id())).toList());
        scored.addAll(changed);
        return Optional.of(new Candidates(best(scored, -1, Integer.MAX_VALUE), list.floor()));
    }

    /** At least {@code min} similar, most similar first (ties: newest first), at most {@code limit}. */
    private static List<SimilarityRepository.Scored> best(List<SimilarityRepository.Scored> scored, double min,
                                                          int limit) {
        return scored.stream().filter(s -> s.similarity() >= min)
                .sorted(Comparator.comparingDouble(SimilarityRepository.Scored::similarity).reversed()
                        .thenComparing(Comparator.comparingLong(SimilarityRepository.Scored::id).reversed()))
                .limit(limit).toList();
    }

    /** A list to store: the nearest first, and its floor. */
    private record ListToStore(List<SimilarityRepository.Scored> neighbours, double floor) {

        /** The list of a live scan that asked for at least {@value #K}: its first K, floored at the Kth. */
        static ListToStore ofScan(List<SimilarityRepository.Scored> scan) {
            List<SimilarityRepository.Scored> nearest = best(scan, -1, Integer.MAX_VALUE);
            if (nearest.size() < K) {
                return new ListToStore(nearest, -1);
            }
            return new ListToStore(List.copyOf(nearest.subList(0, K)), nearest.get(K - 1).similarity());
        }

        /** The fold of candidates (class comment): at or above the floor, the first K, the floor at the first cut. */
        static ListToStore ofFold(Candidates candidates) {
            List<SimilarityRepository.Scored> kept = best(candidates.scored(), candidates.floor(), Integer.MAX_VALUE);
            if (kept.size() <= K) {
                return new ListToStore(kept, candidates.floor());
            }
            return new ListToStore(List.copyOf(kept.subList(0, K)),
                    Math.max(candidates.floor(), kept.get(K).similarity()));
        }
    }

    private void storeLater(long claimId, NeighbourRepository.Basis basis, List<SimilarityRepository.Scored> live) {
        if (worker.getQueue().size() >= MAX_WAITING) {
            return;
        }
        ListToStore list = ListToStore.ofScan(live);
        worker.execute(() -> {
            try {
                tx.executeWithoutResult(s -> store.store(claimId, basis, list.neighbours(), list.floor()));
            } catch (DataAccessException e) {
                LOG.debug("neighbour list of claim {} not stored: {}", claimId, e.toString());
            }
        });
    }

    /**
     * Computes and stores the list of claim {@code claimId} now with the live scan, in its own transaction (the
     * backfill, the benchmark and tests). A claim that was removed loses its list; nothing happens for one that
     * does not exist.
     */
    public void refresh(long claimId) {
        tx.executeWithoutResult(s -> {
            Optional<NeighbourRepository.Basis> basis = store.basis(claimId, MARGIN_SECONDS);
            if (basis.isEmpty()) {
                store.forget(claimId);
                return;
            }
            ListToStore list = ListToStore.ofScan(similarity.similar(claimId, basis.get().statement(),
                    basis.get().articleId(), 0, K));
            store.store(claimId, basis.get(), list.neighbours(), list.floor());
        });
    }

    /**
     * Folds the changes since claim {@code claimId}'s list was made into it (class comment), in its own transaction;
     * makes it with the live scan when it cannot be folded (no list, another statement, too many changes).
     *
     * @return whether the list was folded (false: made again, or the claim is gone)
     */
    public boolean fold(long claimId) {
        Boolean folded = tx.execute(s -> {
            // the basis first: its time is before the snapshot of every query below
            Optional<NeighbourRepository.Basis> basis = store.basis(claimId, MARGIN_SECONDS);
            if (basis.isEmpty()) {
                store.forget(claimId); // removed: its list would stay behind and hold up the fold pass
                return false;
            }
            Optional<Candidates> candidates = candidates(claimId, basis.get().statement(), basis.get().articleId());
            if (candidates.isEmpty()) {
                return null;
            }
            ListToStore list = ListToStore.ofFold(candidates.get());
            store.store(claimId, basis.get(), list.neighbours(), list.floor());
            return true;
        });
        if (folded == null) {
            refresh(claimId);
            return false;
        }
        return folded;
    }

    /**
     * One backfill step: the lists of up to the batch size of claims without one, newest first, then up to the fold
     * batch of the lists that are behind, oldest first. A pass over claims without a list goes down to where the
     * previous pass started, so after the first pass only new claims are looked at (a list made stale by an edit of
     * its claim is made again when asked for).
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
            } else {
                ids.forEach(this::refresh);
                backfillBelow.set(ids.get(ids.size() - 1));
            }
            store.behind(foldBatch).forEach(this::fold);
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
