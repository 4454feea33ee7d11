package se.bricka.backend.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import se.bricka.backend.persistence.Transactor;

/**
 * How committed changes reach devices on this node: the SSE bus, fronted on PostgreSQL by the
 * LISTEN/NOTIFY relay so that changes made on other nodes arrive too; and the purge that keeps the
 * change log to its replay window.
 */
public final class ChangeDelivery implements AutoCloseable {

    /** How often the change log is purged to its replay window. */
    public static final Duration PURGE_PERIOD = Duration.ofMinutes(5);

    private final SseChangeBus bus;
    private final PostgresChangeRelay relay;
    private final DeviceEvents events;
    private final ChangeLogPurge purge;

    private ChangeDelivery(SseChangeBus bus, PostgresChangeRelay relay, DeviceEvents events, ChangeLogPurge purge) {
        this.bus = bus;
        this.relay = relay;
        this.events = events;
        this.purge = purge;
    }

    /**
     * @param url the database, for the relay's own listening session
     * @param user the database user, or {@code null}
     * @param password the database password, or {@code null}
     * @param heartbeat how often idle event streams get a keep-alive comment
     * @param clock what the replay window and its purge are measured by
     */
    public static ChangeDelivery start(
            Transactor transactor,
            DataSource pool,
            ObjectMapper mapper,
            String url,
            String user,
            String password,
            Duration heartbeat,
            Clock clock) {
        ChangeLog changeLog = new ChangeLog();
        SseChangeBus bus = new SseChangeBus(mapper, historyOf(transactor, changeLog), heartbeat);
        PostgresChangeRelay relay = url.startsWith("jdbc:postgresql:")
                ? new PostgresChangeRelay(bus, pool, mapper, url, user, password)
                : null;
        DeviceEvents events = new DeviceEvents(bus, transactor, changeLog, ReplayWindow.DEFAULT, clock);
        ChangeLogPurge purge = new ChangeLogPurge(transactor, changeLog, ReplayWindow.DEFAULT, clock);
        purge.startEvery(PURGE_PERIOD);
        return new ChangeDelivery(bus, relay, events, purge);
    }

    private static ChangeHistory historyOf(Transactor transactor, ChangeLog changeLog) {
        return new ChangeHistory() {
            @Override
            public List<LoggedChange> since(long version, int limit) {
                return transactor.inTransaction(c -> changeLog.since(c, version, limit));
            }

            @Override
            public OptionalLong propertyOf(long version) {
                return transactor.inTransaction(c -> changeLog.propertyOf(c, version));
            }
        };
    }

    /** Where services hand a change after its commit. */
    public ChangePublisher publisher() {
        return relay != null ? relay : bus;
    }

    /** The event-stream route. */
    public DeviceEvents events() {
        return events;
    }

    /** The job that keeps the change log to its replay window; tests run it after moving their clock. */
    public ChangeLogPurge purge() {
        return purge;
    }

    /** How many devices hold an event stream open to this node. */
    public int connectedDevices() {
        return bus.subscriberCount();
    }

    @Override
    public void close() {
        purge.close();
        if (relay != null) {
            relay.close();
        }
        bus.close();
    }
}
