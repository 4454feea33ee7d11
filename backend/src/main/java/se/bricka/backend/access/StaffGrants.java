package se.bricka.backend.access;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.core.access.WeeklyHoursCodec;
import se.bricka.core.wire.ChangeEvent;

/**
 * Changes to staff tags' grants. Each change is written with its change-log entry in one transaction
 * and pushed after the commit carrying the grant as it now is, which devices apply to their snapshot.
 */
public final class StaffGrants {

    private final Transactor transactor;
    private final ChangePublisher publisher;
    private final Clock clock;
    private final ChangeLog changeLog = new ChangeLog();

    /** Writes through {@code transactor} and pushes each change with {@code publisher}. */
    public StaffGrants(Transactor transactor, ChangePublisher publisher, Clock clock) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Replaces the doors the staff tag with keyed hash {@code tagHash} opens, and its hours.
     *
     * @return false when no staff tag has that hash (nothing changes then)
     */
    public boolean replace(String tagHash, Set<String> doorIds, String hours) {
        WeeklyHoursCodec.parse(hours); // refuses unreadable hours before anything is written
        ChangeEvent event = transactor.inTransaction(connection -> {
            Long id = null;
            try (PreparedStatement find = connection.prepareStatement("SELECT id FROM staff_tag WHERE uid_hash = ?")) {
                find.setString(1, tagHash);
                try (var row = find.executeQuery()) {
                    if (row.next()) {
                        id = row.getLong(1);
                    }
                }
            }
            if (id == null) {
                return null;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE staff_tag SET hours = ? WHERE id = ?");
                    PreparedStatement clear =
                            connection.prepareStatement("DELETE FROM staff_grant_door WHERE staff_tag_id = ?");
                    PreparedStatement grant = connection.prepareStatement(
                            "INSERT INTO staff_grant_door (staff_tag_id, door_id) VALUES (?, ?)")) {
                update.setString(1, hours);
                update.setLong(2, id);
                update.executeUpdate();
                clear.setLong(1, id);
                clear.executeUpdate();
                for (String door : doorIds) {
                    grant.setLong(1, id);
                    grant.setString(2, door);
                    grant.executeUpdate();
                }
            }
            return changeLog.appendWithoutSlot(
                    connection,
                    ChangeEvent.GRANT_CHANGED,
                    AccessDeltas.staff(connection, id).orElseThrow(),
                    clock.instant());
        });
        if (event == null) {
            return false;
        }
        publisher.publish(event);
        return true;
    }
}
