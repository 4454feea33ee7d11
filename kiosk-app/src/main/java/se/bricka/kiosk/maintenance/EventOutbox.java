package se.bricka.kiosk.maintenance;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendRefusedException;

/**
 * Sends maintenance events to the backend in order. An event is saved ({@link CaretakerEventStore})
 * before {@link #send} tries the backend, and leaves the store only once the backend has stored it, so
 * a restart or a power cut loses none; the backend stores a retried event once by its id. An event the
 * backend refuses as malformed, or one past {@link CaretakerEventReport#MAX_AGE} (which the backend
 * would refuse, and which a board should not keep), is dropped with a log line instead of blocking
 * those behind it. Call from the action queue only.
 */
final class EventOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(EventOutbox.class);
    private static final int MAX_WAITING = 1_000;
    private static final int BAD_REQUEST = 400;

    private final MaintenanceBackend backend;
    private final CaretakerEventStore store;
    private final Clock clock;
    private final List<CaretakerEventReport> waiting = new ArrayList<>();
    private volatile int count;

    EventOutbox(MaintenanceBackend backend, CaretakerEventStore store, Clock clock) {
        this.backend = backend;
        this.store = store;
        this.clock = clock;
        waiting.addAll(store.load());
        if (dropExpired()) {
            save();
        }
        count = waiting.size();
    }

    /** Keeps the event durably, then sends what is waiting. */
    void send(CaretakerEventReport event) {
        if (waiting.size() >= MAX_WAITING) {
            LOG.warn("maintenance event outbox full; dropping the oldest waiting event");
            waiting.removeFirst();
        }
        waiting.addLast(event);
        save();
        flush();
    }

    /** Sends the waiting events, oldest first, until the backend stops answering. */
    void flush() {
        if (dropExpired()) {
            save();
        }
        while (!waiting.isEmpty()) {
            CaretakerEventReport first = waiting.getFirst();
            try {
                backend.report(first);
            } catch (BackendRefusedException e) {
                if (e.status() != BAD_REQUEST) {
                    LOG.info(
                            "maintenance events wait for the backend ({} waiting): {}", waiting.size(), e.getMessage());
                    return;
                }
                LOG.error(
                        "the backend refused maintenance event {} as malformed; it is dropped: {}",
                        first,
                        e.getMessage());
            } catch (BackendException e) {
                LOG.info("maintenance events wait for the backend ({} waiting): {}", waiting.size(), e.getMessage());
                return;
            }
            waiting.removeFirst();
            save();
        }
    }

    /** How many events wait for the backend; any thread. */
    int waiting() {
        return count;
    }

    private boolean dropExpired() {
        Instant oldest = clock.instant().minus(CaretakerEventReport.MAX_AGE);
        int before = waiting.size();
        waiting.removeIf(event -> event.occurredAt().isBefore(oldest));
        if (waiting.size() < before) {
            LOG.warn(
                    "{} maintenance events older than {} were never sent and are dropped",
                    before - waiting.size(),
                    CaretakerEventReport.MAX_AGE);
        }
        return waiting.size() < before;
    }

    private void save() {
        count = waiting.size();
        try {
            store.save(List.copyOf(waiting));
        } catch (UncheckedIOException e) {
            LOG.error("the waiting maintenance events could not be saved; they are kept in memory", e);
        }
    }
}
