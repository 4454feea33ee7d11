package se.bricka.backend.access;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.backend.web.Text;
import se.bricka.core.wire.ChangeEvent;

/**
 * Which doors each device guards. A change is one transaction with its change-log entry, pushed after
 * the commit as {@code doors-changed}, which devices answer by downloading their snapshot.
 */
public final class DoorBindings {

    private final Transactor transactor;
    private final ChangePublisher publisher;
    private final Clock clock;
    private final ChangeLog changeLog = new ChangeLog();

    public DoorBindings(Transactor transactor, ChangePublisher publisher, Clock clock) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Makes {@code doorIds} the doors device {@code deviceId} guards: a 404 for an unknown device, a 400
     * for a door that is not one of the device's property.
     */
    public void replace(long deviceId, Set<String> doorIds) {
        ChangeEvent event = transactor.inTransaction(connection -> {
            long property;
            try (PreparedStatement find = connection.prepareStatement("SELECT property_id FROM device WHERE id = ?")) {
                find.setLong(1, deviceId);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        throw StaffProblems.notFound(Text.of("problem.noDevice", deviceId));
                    }
                    property = row.getLong(1);
                }
            }
            DoorChecks.requireDoorsOf(connection, property, doorIds);
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM device_door WHERE device_id = ?");
                    PreparedStatement bind =
                            connection.prepareStatement("INSERT INTO device_door (device_id, door_id) VALUES (?, ?)")) {
                clear.setLong(1, deviceId);
                clear.executeUpdate();
                for (String door : doorIds) {
                    bind.setLong(1, deviceId);
                    bind.setString(2, door);
                    bind.executeUpdate();
                }
            }
            return changeLog.appendForProperty(connection, ChangeEvent.DOORS_CHANGED, property, clock.instant());
        });
        publisher.publish(event);
    }
}
