package se.bricka.kiosk.booking;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * Runs the board's actions in order on one queue. A fault in an action (a bug, not a refusal) is
 * logged and told as "something went wrong", so the board is never left waiting or showing a trace.
 */
final class BoardActions {

    private static final Logger LOG = LoggerFactory.getLogger(BoardActions.class);

    private final ActionQueue queue;
    private final Executor ui;
    private final BoardState state;

    BoardActions(ActionQueue queue, Executor ui, BoardState state) {
        this.queue = queue;
        this.ui = ui;
        this.state = state;
    }

    /** Queues {@code action} behind the ones already waiting. */
    void submit(Runnable action) {
        queue.submit(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("a board action failed", e);
                BoardMessage fault = BoardMessage.of(MessageKind.ERROR, MessageKeys.UNEXPECTED_REFUSAL);
                ui.execute(() -> {
                    state.pendingConfirmation.set(null);
                    state.message.set(fault);
                    state.busy.set(false);
                });
            }
        });
    }
}
