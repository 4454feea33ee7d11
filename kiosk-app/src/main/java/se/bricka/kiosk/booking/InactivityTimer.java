package se.bricka.kiosk.booking;

import java.time.Duration;
import se.bricka.kiosk.fx.Delays;

/** Fires once when nobody has touched the board for a while; every touch starts the wait over. */
final class InactivityTimer {

    private final Delays delays;
    private final Duration timeout;
    private final Runnable onTimeout;
    private Delays.Cancellable pending;

    InactivityTimer(Delays delays, Duration timeout, Runnable onTimeout) {
        this.delays = delays;
        this.timeout = timeout;
        this.onTimeout = onTimeout;
    }

    synchronized void restart() {
        stop();
        pending = delays.after(timeout, onTimeout);
    }

    synchronized void stop() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
