package se.bricka.kiosk.booking;

import java.time.Duration;
import se.bricka.kiosk.fx.Delays;

/**
 * Fires once when nobody has touched the board for a while, after a warning a little before; every
 * touch starts the wait over.
 */
final class InactivityTimer {

    private final Delays delays;
    private final Duration timeout;
    private final Duration warningBefore;
    private final Runnable onWarning;
    private final Runnable onTimeout;
    private Delays.Cancellable warning;
    private Delays.Cancellable pending;

    InactivityTimer(Delays delays, Duration timeout, Runnable onTimeout) {
        this(delays, timeout, Duration.ZERO, () -> {}, onTimeout);
    }

    InactivityTimer(Delays delays, Duration timeout, Duration warningBefore, Runnable onWarning, Runnable onTimeout) {
        this.delays = delays;
        this.timeout = timeout;
        this.warningBefore = warningBefore.compareTo(timeout) < 0 ? warningBefore : Duration.ZERO;
        this.onWarning = onWarning;
        this.onTimeout = onTimeout;
    }

    synchronized void restart() {
        stop();
        if (!warningBefore.isZero()) {
            warning = delays.after(timeout.minus(warningBefore), onWarning);
        }
        pending = delays.after(timeout, onTimeout);
    }

    synchronized void stop() {
        if (warning != null) {
            warning.cancel();
            warning = null;
        }
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
