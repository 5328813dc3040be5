package io.claimdesk.core.work;

import io.claimdesk.core.config.ClaimdeskProperties;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The pool that runs heavy jobs of requests (report rendering, segmentation), so that a few big requests cannot
 * take every core and leave other users waiting (issue 12, "Bounded work").
 *
 * <ul>
 *   <li><b>Workers</b>: a fixed number ({@code CLAIMDESK_WORK_WORKERS}; 0, the default, means half the processors,
 *       at least 1), so requests that do not render keep the other cores.</li>
 *   <li><b>Queue</b>: at most {@code CLAIMDESK_WORK_QUEUE} jobs wait (default 8); when every worker is busy and
 *       the queue is full, {@link #run} refuses at once with {@link WorkUnavailableException.Reason#BUSY}.</li>
 *   <li><b>Time limit</b>: a job that has not finished {@code CLAIMDESK_WORK_TIME_LIMIT} (default 60 s) after it
 *       was submitted is cancelled ({@link WorkUnavailableException.Reason#TIMED_OUT}).</li>
 *   <li><b>Client gone</b>: while the request thread waits, it probes its connection every
 *       {@value #PROBE_MILLIS} ms ({@link ClientConnection}); when the client has gone away the job is cancelled.</li>
 *   <li><b>Shutdown</b>: when the application stops (before the web server's graceful shutdown waits for requests
 *       in progress), queued jobs are dropped and running ones interrupted
 *       ({@link WorkUnavailableException.Reason#SHUTTING_DOWN}).</li>
 * </ul>
 *
 * Cancelling a job interrupts its worker; the job's loops stop at their next {@link Cancellation#check()}. Code
 * that does not check interruption (openhtmltopdf's layout and PDF writing) runs on until it returns: its result is
 * then dropped and the worker takes the next job. A cancelled job that has not started yet is taken off the queue.
 */
@Component
public class BoundedWork implements SmartLifecycle {

    /** How often a waiting request thread checks that its client is still connected, in milliseconds. */
    public static final int PROBE_MILLIS = 250;

    private static final Logger log = LoggerFactory.getLogger(BoundedWork.class);

    private final ThreadPoolExecutor executor;
    private final Duration timeLimit;
    private final int workers;
    private final int queueCapacity;
    private volatile boolean running = true;

    @org.springframework.beans.factory.annotation.Autowired
    public BoundedWork(ClaimdeskProperties properties) {
        this(properties.work().workers(), properties.work().queue(), properties.work().timeLimit());
    }

    /**
     * @param workers   fixed number of workers; 0 or less: half the available processors, at least 1
     * @param queue     jobs that may wait for a worker (0: none wait, a job runs at once or is refused)
     * @param timeLimit longest time from submission to result
     */
    public BoundedWork(int workers, int queue, Duration timeLimit) {
        this.workers = workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.queueCapacity = Math.max(0, queue);
        this.timeLimit = timeLimit;
        BlockingQueue<Runnable> waiting = queueCapacity == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(queueCapacity);
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(this.workers, this.workers, 0, TimeUnit.MILLISECONDS, waiting, r -> {
            Thread t = new Thread(r, "claimdesk-work-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        log.info("Bounded work: {} workers, {} queued at most, {} s per job", this.workers, queueCapacity,
                timeLimit.toSeconds());
    }

    /**
     * Runs {@code job} on a worker and waits for its result, watching the current request's client connection.
     *
     * @param job a job without side effects that must survive a cancellation (it is dropped half-way)
     * @return the job's result
     * @throws WorkUnavailableException when the pool is full ({@code BUSY}), the time limit passed
     *                                  ({@code TIMED_OUT}), the client went away or the calling thread was
     *                                  interrupted ({@code CANCELLED}), or the application is stopping
     *                                  ({@code SHUTTING_DOWN})
     * @throws RuntimeException         what the job threw, unchanged (checked exceptions wrapped)
     */
    public <T> T run(Callable<T> job) {
        return run(job, ClientConnection.ofCurrentRequest());
    }

    /** {@link #run(Callable)} with a given probe of the client connection (true: the client has gone away). */
    <T> T run(Callable<T> job, BooleanSupplier clientGone) {
        FutureTask<T> task = new FutureTask<>(job);
        try {
            if (!running) {
                throw new RejectedExecutionException("stopped");
            }
            executor.execute(task);
        } catch (RejectedExecutionException full) {
            if (!running || executor.isShutdown()) {
                throw new WorkUnavailableException(WorkUnavailableException.Reason.SHUTTING_DOWN);
            }
            log.warn("Bounded work: refused a job, {} running and {} queued", executor.getActiveCount(),
                    executor.getQueue().size());
            throw new WorkUnavailableException(WorkUnavailableException.Reason.BUSY);
        }
        long deadline = System.nanoTime() + timeLimit.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    cancel(task);
                    log.warn("Bounded work: a job ran past its time limit of {} s and was cancelled",
                            timeLimit.toSeconds());
                    throw new WorkUnavailableException(WorkUnavailableException.Reason.TIMED_OUT,
                            timeLimit.toSeconds());
                }
                try {
                    return task.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(PROBE_MILLIS)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException probe) {
                    if (clientGone.getAsBoolean()) {
                        cancel(task);
                        log.info("Bounded work: the client went away; its job was cancelled");
                        throw new WorkUnavailableException(WorkUnavailableException.Reason.CANCELLED);
                    }
                }
            }
        } catch (InterruptedException e) {
            cancel(task);
            Thread.currentThread().interrupt();
            throw new WorkUnavailableException(running ? WorkUnavailableException.Reason.CANCELLED
                    : WorkUnavailableException.Reason.SHUTTING_DOWN);
        } catch (CancellationException e) {
            throw new WorkUnavailableException(running ? WorkUnavailableException.Reason.CANCELLED
                    : WorkUnavailableException.Reason.SHUTTING_DOWN);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (!running && cause instanceof WorkUnavailableException) {
                throw new WorkUnavailableException(WorkUnavailableException.Reason.SHUTTING_DOWN);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private void cancel(FutureTask<?> task) {
        task.cancel(true);
        executor.remove(task);
    }

    /** Jobs running now. */
    public int running() {
        return executor.getActiveCount();
    }

    /** Jobs waiting for a worker. */
    public int queued() {
        return executor.getQueue().size();
    }

    /** The fixed number of workers. */
    public int workers() {
        return workers;
    }

    /** How many jobs may wait. */
    public int queueCapacity() {
        return queueCapacity;
    }

    /** The time limit of one job, from submission to result. */
    public Duration timeLimit() {
        return timeLimit;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Drops queued jobs and interrupts running ones; their callers answer {@code SHUTTING_DOWN}. */
    @Override
    public void stop() {
        running = false;
        List<Runnable> dropped = executor.shutdownNow();
        for (Runnable r : dropped) {
            if (r instanceof FutureTask<?> f) {
                f.cancel(false);
            }
        }
        if (!dropped.isEmpty() || executor.getActiveCount() > 0) {
            log.info("Bounded work stopped: {} queued jobs dropped, {} running jobs interrupted", dropped.size(),
                    executor.getActiveCount());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown (phase {@code DEFAULT_PHASE - 1024}) starts to wait. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
