package se.bricka.kiosk.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.bricka.kiosk.fx.Delays;

/** {@link Delays} whose time moves only when a test says so. */
public final class ManualDelays implements Delays {

    private final List<Pending> pending = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private static final class Pending {
        final Duration due;
        final Runnable task;
        boolean cancelled;

        Pending(Duration due, Runnable task) {
            this.due = due;
            this.task = task;
        }
    }

    @Override
    public synchronized Cancellable after(Duration delay, Runnable task) {
        Pending entry = new Pending(now.plus(delay), task);
        pending.add(entry);
        return () -> {
            synchronized (this) {
                entry.cancelled = true;
            }
        };
    }

    /** Moves time forward and runs, in order, every task that fell due and was not cancelled. */
    public void elapse(Duration duration) {
        List<Runnable> due = new ArrayList<>();
        synchronized (this) {
            now = now.plus(duration);
            pending.removeIf(entry -> {
                if (entry.cancelled) {
                    return true;
                }
                if (entry.due.compareTo(now) <= 0) {
                    due.add(entry.task);
                    return true;
                }
                return false;
            });
        }
        due.forEach(Runnable::run);
    }
}
