package se.bricka.backend.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The audit trail of administration ({@code admin_audit}, append-only from V46): who added, disabled
 * or reset a staff account, ended its sessions, set a password through a link, added a device or
 * issued an enrollment code, closed an object or ended a closure on the staff pages, and when. Written in the transaction of the action itself.
 */
public final class AdminAudit {

    /** What was done. */
    public enum Action {
        STAFF_INITIALIZED,
        STAFF_ADDED,
        STAFF_DISABLED,
        STAFF_RESET,
        SESSIONS_ENDED,
        PASSWORD_SET,
        DEVICE_ADDED,
        ENROLLMENT_CODE_ISSUED,
        CLOSURE_CREATED,
        CLOSURE_ENDED
    }

    /**
     * Who acted: a staff account on a page, or a person at the command line (no account).
     *
     * @param staffId the acting account, or {@code null} on the command line
     * @param name how the audit names the actor
     */
    public record Actor(Long staffId, String name) {

        /** The operating-system user running a command. */
        public static Actor commandLine() {
            return new Actor(null, "command line (" + System.getProperty("user.name", "unknown user") + ")");
        }

        /** The person signed in to {@code session}. */
        public static Actor of(StaffSession session) {
            return new Actor(session.account().id(), session.account().username());
        }
    }

    private AdminAudit() {}

    /** Appends one entry. */
    public static void record(
            Connection connection, Instant at, Actor actor, Action action, String subject, String detail)
            throws SQLException {
        String sql = "INSERT INTO admin_audit (acted_at, actor_id, actor, action, subject, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, StaffRepository.utc(at));
            statement.setObject(2, actor.staffId());
            statement.setString(3, actor.name());
            statement.setString(4, action.name());
            statement.setString(5, subject);
            statement.setString(6, detail);
            statement.executeUpdate();
        }
    }
}
