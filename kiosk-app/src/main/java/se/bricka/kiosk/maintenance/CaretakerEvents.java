package se.bricka.kiosk.maintenance;

import java.time.Clock;
import java.util.UUID;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * What the maintenance mode reports: each event stamped with the time and an id of its own (so that
 * the backend stores a retry once), kept in the {@link EventOutbox} until the backend has it.
 */
final class CaretakerEvents {

    private final EventOutbox outbox;
    private final ActionQueue queue;
    private final Clock clock;

    CaretakerEvents(EventOutbox outbox, ActionQueue queue, Clock clock) {
        this.outbox = outbox;
        this.queue = queue;
        this.clock = clock;
    }

    /** Reports an event from any thread: stamped now, kept and sent on the action queue. */
    void report(String kind, Long caretakerId, String detail) {
        CaretakerEventReport event = event(kind, caretakerId, detail);
        queue.submit(() -> outbox.send(event));
    }

    /** Reports an event from the action queue: kept durably before this returns. */
    void recordNow(String kind, Long caretakerId, String detail) {
        outbox.send(event(kind, caretakerId, detail));
    }

    /** Sends what waits, from the action queue. */
    void flush() {
        outbox.flush();
    }

    /** How many events wait for the backend. */
    int waiting() {
        return outbox.waiting();
    }

    private CaretakerEventReport event(String kind, Long caretakerId, String detail) {
        return new CaretakerEventReport(
                kind, caretakerId, detail, clock.instant(), UUID.randomUUID().toString());
    }
}
