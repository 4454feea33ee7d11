package se.bricka.kiosk.maintenance;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.kiosk.backend.BackendException;

/**
 * Sends maintenance events to the backend in order; one that does not get through waits, with those
 * after it, for the next send. Call from the action queue only. Held in memory: a restart while the
 * backend is unreachable loses the waiting events.
 */
final class EventOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(EventOutbox.class);
    private static final int MAX_WAITING = 1_000;

    private final MaintenanceBackend backend;
    private final Deque<CaretakerEventReport> waiting = new ConcurrentLinkedDeque<>();

    EventOutbox(MaintenanceBackend backend) {
        this.backend = backend;
    }

    void send(CaretakerEventReport event) {
        if (waiting.size() >= MAX_WAITING) {
            LOG.warn("maintenance event outbox full; dropping the oldest waiting event");
            waiting.removeFirst();
        }
        waiting.addLast(event);
        flush();
    }

    void flush() {
        while (!waiting.isEmpty()) {
            try {
                backend.report(waiting.peekFirst());
                waiting.removeFirst();
            } catch (BackendException e) {
                LOG.info("maintenance events wait for the backend ({} waiting): {}", waiting.size(), e.getMessage());
                return;
            }
        }
    }

    int waiting() {
        return waiting.size();
    }
}
