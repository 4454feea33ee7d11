package se.bricka.kiosk.booking;

import java.time.Duration;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.kiosk.fx.Delays;

/**
 * Brings the board back when an action hangs: if it stays busy past a limit, the household is
 * logged out and the idle screen says something went wrong, so no state needs a restart to leave.
 */
final class BusyWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(BusyWatchdog.class);

    private final Delays delays;
    private final Duration limit;
    private final Executor ui;
    private final Runnable recover;
    private Delays.Cancellable pending;
    private long generation;

    BusyWatchdog(Delays delays, Duration limit, Executor ui, Runnable recover) {
        this.delays = delays;
        this.limit = limit;
        this.ui = ui;
        this.recover = recover;
    }

    /** The board became busy ({@code true}) or answered ({@code false}); called on the ui thread. */
    synchronized void busy(boolean busy) {
        generation++;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (busy) {
            long watched = generation;
            pending = delays.after(limit, () -> ui.execute(() -> expired(watched)));
        }
    }

    private void expired(long watched) {
        synchronized (this) {
            if (watched != generation) {
                return;
            }
        }
        LOG.warn("the board was busy for more than {} s; back to the idle screen", limit.toSeconds());
        recover.run();
    }
}
