package se.bricka.backend.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.backend.web.Text;
import se.bricka.core.access.WeeklyHoursCodec;
import se.bricka.core.wire.ChangeEvent;

/**
 * Changes to staff tags' grants. Each change is written with its change-log entry in one transaction
 * and pushed after the commit carrying the grant as it now is, which devices apply to their snapshot.
 * Everything is checked before anything is written: a refused change changes nothing.
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
        Optional<Long> id = transactor.inTransaction(connection -> idOf(connection, tagHash));
        id.ifPresent(staffTagId -> replace(staffTagId, doorIds, hours));
        return id.isPresent();
    }

    /**
     * Replaces the doors staff tag {@code staffTagId} opens, and its hours: a 404 for an unknown tag, a
     * 400 for unreadable hours or a door that is not one of the tag's property.
     */
    public void replace(long staffTagId, Set<String> doorIds, String hours) {
        try {
            WeeklyHoursCodec.parse(hours);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(Text.of("problem.grantHours", e.getMessage()));
        }
        ChangeEvent event = transactor.inTransaction(connection -> {
            long property = propertyOf(connection, staffTagId);
            DoorChecks.requireDoorsOf(connection, property, doorIds);
            try (PreparedStatement update = connection.prepareStatement("UPDATE staff_tag SET hours = ? WHERE id = ?");
                    PreparedStatement clear =
                            connection.prepareStatement("DELETE FROM staff_grant_door WHERE staff_tag_id = ?");
                    PreparedStatement grant = connection.prepareStatement(
                            "INSERT INTO staff_grant_door (staff_tag_id, door_id) VALUES (?, ?)")) {
                update.setString(1, hours);
                update.setLong(2, staffTagId);
                update.executeUpdate();
                clear.setLong(1, staffTagId);
                clear.executeUpdate();
                for (String door : doorIds) {
                    grant.setLong(1, staffTagId);
                    grant.setString(2, door);
                    grant.executeUpdate();
                }
            }
            return changeLog.appendWithoutSlot(
                    connection,
                    ChangeEvent.GRANT_CHANGED,
                    AccessDeltas.staff(connection, staffTagId).orElseThrow(),
                    clock.instant());
        });
        publisher.publish(event);
    }

    private static Optional<Long> idOf(Connection connection, String tagHash) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM staff_tag WHERE uid_hash = ?")) {
            find.setString(1, tagHash);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static long propertyOf(Connection connection, long staffTagId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT property_id FROM staff_tag WHERE id = ?")) {
            find.setLong(1, staffTagId);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    throw StaffProblems.notFound(Text.of("problem.noStaffTag", staffTagId));
                }
                return row.getLong(1);
            }
        }
    }
}
