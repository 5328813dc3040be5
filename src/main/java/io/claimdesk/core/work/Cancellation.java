package io.claimdesk.core.work;

/**
 * The check that heavy loops (report rendering, segmentation) make between steps: a job of {@link BoundedWork} is
 * cancelled by interrupting its worker (time limit, client gone, shutdown), and the loop stops at its next check.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /**
     * Returns when the current thread may go on.
     *
     * @throws WorkUnavailableException with reason {@link WorkUnavailableException.Reason#CANCELLED} when the thread
     *                                  was interrupted (the interrupt flag stays set)
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new WorkUnavailableException(WorkUnavailableException.Reason.CANCELLED);
        }
    }
}
