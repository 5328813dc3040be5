package io.claimdesk.core.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedWorkTest {

    private BoundedWork work;

    @AfterEach
    void stop() {
        if (work != null) {
            work.stop();
        }
    }

    /** A job like the segmenter's loop: checks for cancellation at every step and never ends on its own. */
    private static Integer endlessLoop(AtomicInteger steps) {
        while (true) {
            Cancellation.check();
            steps.incrementAndGet();
            Thread.onSpinWait();
        }
    }

    @Test
    void a_job_past_its_time_limit_is_cancelled_and_frees_its_worker() throws Exception {
        work = new BoundedWork(1, 0, Duration.ofMillis(300));
        AtomicInteger steps = new AtomicInteger();
        assertThatThrownBy(() -> work.run(() -> endlessLoop(steps), () -> false))
                .isInstanceOfSatisfying(WorkUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(WorkUnavailableException.Reason.TIMED_OUT);
                    assertThat(e.code()).isEqualTo("work.timedOut");
                });
        waitUntilIdle();
        int stepsAfterCancel = steps.get();
        Thread.sleep(100);
        assertThat(steps.get()).as("the loop stopped").isEqualTo(stepsAfterCancel);
        // the only worker is free again: the next job runs
        assertThat(work.run(() -> 42, () -> false)).isEqualTo(42);
    }

    @Test
    void a_job_whose_client_went_away_is_cancelled_and_frees_its_worker() throws Exception {
        work = new BoundedWork(1, 0, Duration.ofSeconds(30));
        AtomicInteger steps = new AtomicInteger();
        AtomicBoolean clientGone = new AtomicBoolean();
        CompletableFuture<Throwable> caller = CompletableFuture.supplyAsync(() -> {
            try {
                work.run(() -> endlessLoop(steps), clientGone::get);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        while (steps.get() == 0) {
            Thread.sleep(10);
        }
        long goneAt = System.nanoTime();
        clientGone.set(true);
        Throwable thrown = caller.get(5, TimeUnit.SECONDS);
        assertThat(thrown).isInstanceOfSatisfying(WorkUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(WorkUnavailableException.Reason.CANCELLED));
        assertThat(System.nanoTime() - goneAt).as("noticed within a few probes")
                .isLessThan(TimeUnit.SECONDS.toNanos(3));
        waitUntilIdle();
        assertThat(work.run(() -> "next", () -> false)).isEqualTo("next");
    }

    @Test
    void a_job_that_ignores_interruption_keeps_its_worker_only_until_it_returns_and_its_result_is_dropped()
            throws Exception {
        // like openhtmltopdf's layout: no cancellation checks inside
        work = new BoundedWork(1, 1, Duration.ofMillis(100));
        AtomicBoolean finished = new AtomicBoolean();
        assertThatThrownBy(() -> work.run(() -> {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(600);
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            finished.set(true);
            return "dropped";
        }, () -> false)).isInstanceOf(WorkUnavailableException.class);
        assertThat(finished).isFalse();
        assertThat(work.running()).as("the library code still runs on its worker").isEqualTo(1);
        waitUntilIdle();
        assertThat(finished).as("the uninterruptible code ran to its end; its result was dropped").isTrue();
        assertThat(work.run(() -> "next", () -> false)).isEqualTo("next");
    }

    @Test
    void a_full_pool_refuses_at_once_as_busy() throws Exception {
        work = new BoundedWork(1, 1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> work.run(() -> {
            started.countDown();
            release.await();
            return "first";
        }, () -> false));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> work.run(() -> "second", () -> false));
        while (work.queued() == 0) {
            Thread.sleep(5);
        }
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> work.run(() -> "third", () -> false))
                .isInstanceOfSatisfying(WorkUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(WorkUnavailableException.Reason.BUSY);
                    assertThat(e.getMessage()).contains("busy");
                });
        assertThat(System.nanoTime() - t0).as("refused without waiting").isLessThan(TimeUnit.SECONDS.toNanos(1));
        release.countDown();
        assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void a_queued_job_whose_client_went_away_leaves_the_queue() throws Exception {
        work = new BoundedWork(1, 1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> work.run(() -> {
            started.countDown();
            release.await();
            return "first";
        }, () -> false));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean gone = new AtomicBoolean();
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<Throwable> queued = CompletableFuture.supplyAsync(() -> {
            try {
                work.run(() -> ran.getAndSet(true), gone::get);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        while (work.queued() == 0) {
            Thread.sleep(5);
        }
        gone.set(true);
        assertThat(queued.get(5, TimeUnit.SECONDS)).isInstanceOf(WorkUnavailableException.class);
        assertThat(work.queued()).as("taken off the queue").isZero();
        release.countDown();
        assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        waitUntilIdle();
        assertThat(ran).as("the cancelled job never ran").isFalse();
    }

    @Test
    void stopping_cancels_running_and_queued_jobs_as_shutting_down() throws Exception {
        work = new BoundedWork(1, 1, Duration.ofSeconds(30));
        AtomicInteger steps = new AtomicInteger();
        CompletableFuture<Throwable> running = CompletableFuture.supplyAsync(() -> {
            try {
                work.run(() -> endlessLoop(steps), () -> false);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        while (steps.get() == 0) {
            Thread.sleep(5);
        }
        CompletableFuture<Throwable> queued = CompletableFuture.supplyAsync(() -> {
            try {
                work.run(() -> "never", () -> false);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        while (work.queued() == 0) {
            Thread.sleep(5);
        }
        work.stop();
        for (CompletableFuture<Throwable> caller : java.util.List.of(running, queued)) {
            assertThat(caller.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(WorkUnavailableException.class,
                    e -> assertThat(e.reason()).isEqualTo(WorkUnavailableException.Reason.SHUTTING_DOWN));
        }
        assertThatThrownBy(() -> work.run(() -> 1, () -> false)).isInstanceOfSatisfying(
                WorkUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(WorkUnavailableException.Reason.SHUTTING_DOWN));
    }

    private void waitUntilIdle() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (work.running() > 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(work.running()).as("no job is still running").isZero();
    }
}
