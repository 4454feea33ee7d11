package se.bricka.backend.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import javax.sql.DataSource;
import se.bricka.backend.persistence.Transactor;

/**
 * How committed changes reach devices on this node: the SSE bus, fronted on PostgreSQL by the
 * LISTEN/NOTIFY relay so that changes made on other nodes arrive too.
 */
public final class ChangeDelivery implements AutoCloseable {

    private final SseChangeBus bus;
    private final PostgresChangeRelay relay;
    private final DeviceEvents events;

    private ChangeDelivery(SseChangeBus bus, PostgresChangeRelay relay, DeviceEvents events) {
        this.bus = bus;
        this.relay = relay;
        this.events = events;
    }

    /**
     * @param url the database, for the relay's own listening session
     * @param user the database user, or {@code null}
     * @param password the database password, or {@code null}
     * @param heartbeat how often idle event streams get a keep-alive comment
     */
    public static ChangeDelivery start(
            Transactor transactor,
            DataSource pool,
            ObjectMapper mapper,
            String url,
            String user,
            String password,
            Duration heartbeat) {
        ChangeLog changeLog = new ChangeLog();
        SseChangeBus bus = new SseChangeBus(
                mapper, version -> transactor.inTransaction(c -> changeLog.since(c, version)), heartbeat);
        PostgresChangeRelay relay = url.startsWith("jdbc:postgresql:")
                ? new PostgresChangeRelay(bus, pool, mapper, url, user, password)
                : null;
        DeviceEvents events = new DeviceEvents(bus, () -> transactor.inTransaction(changeLog::currentVersion));
        return new ChangeDelivery(bus, relay, events);
    }

    /** Where services hand a change after its commit. */
    public ChangePublisher publisher() {
        return relay != null ? relay : bus;
    }

    /** The event-stream route. */
    public DeviceEvents events() {
        return events;
    }

    /** How many devices hold an event stream open to this node. */
    public int connectedDevices() {
        return bus.subscriberCount();
    }

    @Override
    public void close() {
        if (relay != null) {
            relay.close();
        }
        bus.close();
    }
}
