package se.bricka.kiosk.booking;

import java.time.Duration;
import java.util.concurrent.Executor;
import se.bricka.kiosk.fx.Delays;

/**
 * How long the board waits for a person: a household untouched for the idle timeout is logged out,
 * with a warning ten seconds before; a sentence left on the idle screen goes away by itself.
 */
final class IdleWatch {

    /** How long before the idle log-out the board warns that it is coming. */
    static final Duration LOG_OUT_WARNING = Duration.ofSeconds(10);

    private final BoardState state;
    private final Executor ui;
    private final InactivityTimer logOut;
    private final InactivityTimer idleMessage;

    IdleWatch(BoardState state, Executor ui, Delays delays, Duration timeout, Runnable onLogOut) {
        this.state = state;
        this.ui = ui;
        this.logOut = new InactivityTimer(delays, timeout, LOG_OUT_WARNING, this::warn, onLogOut);
        this.idleMessage = new InactivityTimer(delays, timeout, this::clearIdleMessage);
    }

    /** Someone is there: the wait for the log-out starts over, and any warning goes. */
    void stayLoggedIn() {
        logOut.restart();
        ui.execute(() -> state.loggingOutSoon.set(false));
    }

    /** Nobody is logged in any more: no log-out to wait for. */
    void loggedOut() {
        logOut.stop();
    }

    /** A sentence was shown on the idle screen, where nobody will press OK. */
    void idleMessageShown() {
        idleMessage.restart();
    }

    void stop() {
        logOut.stop();
        idleMessage.stop();
    }

    private void warn() {
        ui.execute(() -> state.loggingOutSoon.set(state.screen.get() == Screen.WEEK));
    }

    private void clearIdleMessage() {
        ui.execute(() -> {
            if (state.screen.get() == Screen.IDLE) {
                state.message.set(null);
            }
        });
    }
}
