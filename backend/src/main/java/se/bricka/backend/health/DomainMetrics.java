package se.bricka.backend.health;

import io.micrometer.core.instrument.Metrics;
import java.util.concurrent.TimeUnit;

/**
 * What the backend's features count, each one line where the feature decides. Recorded on Micrometer's
 * global registry, so a service needs no registry passed in; {@link BackendMetrics} publishes them.
 * Tag values come from fixed sets (refusal codes), never from requests.
 */
public final class DomainMetrics {

    private DomainMetrics() {}

    /**
     * A booking was made (a replayed answer to a retry is not counted). Not "created": Prometheus keeps
     * that suffix for its own series.
     */
    public static void bookingCreated() {
        Metrics.counter("bricka.bookings.made").increment();
    }

    /** A booking was refused with the problem code {@code reason} (such as {@code quota-future}). */
    public static void bookingRefused(String reason) {
        Metrics.counter("bricka.bookings.refused", "reason", reason).increment();
    }

    /** A change reached one device's event stream {@code nanos} after this node published it. */
    public static void pushed(long nanos) {
        Metrics.timer("bricka.push.lag").record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A device's upload stored {@code stored} access events (those already held are not counted). */
    public static void accessEventsIngested(int stored) {
        Metrics.counter("bricka.access.events.ingested").increment(stored);
    }

    /** The retention purge ran: it dropped {@code partitions} daily partitions and deleted {@code events} rows. */
    public static void retentionPurged(int partitions, int events) {
        Metrics.counter("bricka.retention.purge.runs").increment();
        Metrics.counter("bricka.retention.purged.partitions").increment(partitions);
        Metrics.counter("bricka.retention.purged.events").increment(events);
    }
}
