package se.bricka.kiosk.booking;

import java.time.Duration;
import java.util.concurrent.Executor;
import se.bricka.kiosk.fx.Delays;

/**
 * How long the board waits for a person: a household untouched for the idle timeout is logged out,
 * with a second-by-second countdown over the last ten seconds; a sentence or a choice (language,
 * large text, "book now") left on the idle screen goes away by itself.
 */
final class IdleWatch {

    /** How long before the idle log-out the board warns that it is coming. */
    static final Duration LOG_OUT_WARNING = Duration.ofSeconds(10);

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final BoardState state;
    private final Executor ui;
    private final Delays delays;
    private final InactivityTimer logOut;
    private final InactivityTimer idleMessage;
    private Delays.Cancellable tick;
    private boolean counting;

    IdleWatch(BoardState state, Executor ui, Delays delays, Duration timeout, Runnable onLogOut) {
        this.state = state;
        this.ui = ui;
        this.delays = delays;
        this.logOut = new InactivityTimer(delays, timeout, LOG_OUT_WARNING, this::warn, onLogOut);
        this.idleMessage = new InactivityTimer(delays, timeout, this::clearIdleScreen);
    }

    /** Someone is there: the wait for the log-out starts over, and any warning goes. */
    void stayLoggedIn() {
        logOut.restart();
        stopCountdown();
        ui.execute(() -> state.loggingOutSoon.set(false));
    }

    /** Nobody is logged in any more: no log-out to wait for. */
    void loggedOut() {
        logOut.stop();
        stopCountdown();
    }

    /** Something was shown or chosen on the idle screen, where nobody may come back to undo it. */
    void idleMessageShown() {
        idleMessage.restart();
    }

    void stop() {
        logOut.stop();
        idleMessage.stop();
        stopCountdown();
    }

    private void warn() {
        synchronized (this) {
            counting = true;
        }
        ui.execute(() -> {
            state.secondsLeft.set((int) LOG_OUT_WARNING.toSeconds());
            state.loggingOutSoon.set(state.screen.get() == Screen.WEEK);
        });
        scheduleTick();
    }

    private synchronized void scheduleTick() {
        if (!counting) {
            return;
        }
        tick = delays.after(SECOND, () -> {
            ui.execute(() -> state.secondsLeft.set(Math.max(0, state.secondsLeft.get() - 1)));
            scheduleTick();
        });
    }

    private synchronized void stopCountdown() {
        counting = false;
        if (tick != null) {
            tick.cancel();
            tick = null;
        }
    }

    private void clearIdleScreen() {
        ui.execute(() -> {
            if (state.screen.get() == Screen.IDLE) {
                state.message.set(null);
                state.forgetChoices();
            }
        });
    }
}
