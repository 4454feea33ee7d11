package se.bricka.kiosk.booking;

import java.util.concurrent.Executor;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BackendRefusedException;

/**
 * The one way model changes made on the action queue reach the properties: through the {@code ui}
 * executor (the FX thread in the application, the calling thread in tests).
 */
final class StateChanges {

    private final Executor ui;
    private final BoardState state;
    private final IdleWatch idle;

    StateChanges(Executor ui, BoardState state, IdleWatch idle) {
        this.ui = ui;
        this.state = state;
        this.idle = idle;
    }

    /** Runs {@code change} on the ui executor. */
    void later(Runnable change) {
        ui.execute(change);
    }

    /** Shows {@code problem}; {@code toIdle} also ends what was shown and goes back to the idle screen. */
    void problem(boolean toIdle, BoardMessage problem, boolean reachable) {
        ui.execute(() -> {
            if (toIdle) {
                // Nobody is logged in to press OK: the sentence goes away by itself for the next tenant.
                idle.idleMessageShown();
            }
            state.showProblem(toIdle, problem, reachable);
        });
    }

    /** Shows what went wrong with a backend call; a refusal means the backend was reachable. */
    void failure(boolean toIdle, BackendException failure) {
        problem(toIdle, messageFor(failure), !(failure instanceof BackendOfflineException));
    }

    void resource(ResourceSummary shown) {
        ui.execute(() -> state.showResource(shown));
    }

    /** The sentence for a failed backend call. */
    static BoardMessage messageFor(BackendException failure) {
        return switch (failure) {
            case BackendOfflineException offline -> BoardMessage.of(MessageKind.ERROR, MessageKeys.OFFLINE);
            case BackendRefusedException refused -> MessageKeys.refusal(refused.code(), refused.details());
        };
    }
}
