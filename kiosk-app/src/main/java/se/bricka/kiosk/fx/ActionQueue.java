package se.bricka.kiosk.fx;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
        try {
            thread.execute(() -> run(action));
        } catch (RejectedExecutionException e) {
            LOG.debug("action ignored: the queue is closed");
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
     * turn: the queue is idle when a marker runs last and nothing was queued behind it. For tests and
     * orderly shutdown.
     *
     * @return whether the queue drained within {@code timeout}
     */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            Future<?> marker;
            try {
                marker = thread.submit(() -> {});
            } catch (RejectedExecutionException e) {
                return true; // closed: nothing more will run
            }
            try {
                marker.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | TimeoutException e) {
                return false;
            }
        } while (!thread.getQueue().isEmpty() && System.nanoTime() < deadline);
        return thread.getQueue().isEmpty();
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
