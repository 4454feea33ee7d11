package se.bricka.backend.caretaker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import se.bricka.backend.device.Device;

/**
 * Records each staff action a board makes for a verified caretaker (who, when, which device, what,
 * why), in the transaction of the action itself: an action without its record never commits.
 */
public final class StaffActionLog {

    /** What a board did for a caretaker. */
    public enum Action {
        CLOSE,
        REOPEN,
        SET_PIN,
        REVOKE_PIN
    }

    private static final String INSERT = """
            INSERT INTO device_staff_action
                   (acted_at, device_id, caretaker_id, staff_tag_id, staff_ref, action, subject_id, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /**
     * @param subjectId the closure made or ended, or the caretaker whose PIN changed
     * @param reason why, as the caretaker gave it or as the action implies it
     */
    public void record(
            Connection connection,
            Device device,
            VerifiedCaretaker who,
            Action action,
            long subjectId,
            String reason,
            Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setLong(2, device.id());
            insert.setLong(3, who.caretakerId());
            insert.setLong(4, who.staffTagId());
            insert.setLong(5, who.staffRef());
            insert.setString(6, action.name());
            insert.setLong(7, subjectId);
            insert.setString(8, reason);
            insert.executeUpdate();
        }
    }
}
