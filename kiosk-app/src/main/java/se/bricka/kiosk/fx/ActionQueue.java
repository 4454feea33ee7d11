package se.bricka.kiosk.fx;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one ordered queue that slow work (backend calls) runs on, so that two taps never race: actions
 * run one after another, in the order they were submitted, on a single daemon thread. An action that
 * throws is logged and does not stop the queue.
 */
public final class ActionQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ActionQueue.class);

    private final ThreadPoolExecutor thread;
    /** Actions submitted and not yet finished; guarded by itself, notified when it reaches zero. */
    private final Object idle = new Object();

    private int unfinished;

    /** A queue whose thread is named {@code name}. */
    public ActionQueue(String name) {
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code action} behind every action submitted before it. Ignored after {@link #close}. */
    public void submit(Runnable action) {
        // Counted before it is queued: an action that submits another counts it before its own
        // count drops, so the count passes through zero only when nothing is left to run.
        synchronized (idle) {
            unfinished++;
        }
        try {
            thread.execute(() -> {
                try {
                    run(action);
                } finally {
                    finished();
                }
            });
        } catch (RejectedExecutionException e) {
            finished();
            LOG.debug("action ignored: the queue is closed");
        }
    }

    private void finished() {
        synchronized (idle) {
            unfinished--;
            if (unfinished == 0) {
                idle.notifyAll();
            }
        }
    }

    private static void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("an action on the queue failed", e);
        }
    }

    /**
     * Waits until every action submitted so far has run, and every action those actions submitted in
     * turn. For tests and orderly shutdown.
     *
     * @return whether the queue drained within {@code timeout}
     */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (unfinished > 0) {
                if (thread.isTerminated()) {
                    return true; // closed: what is left will never run
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(idle, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
