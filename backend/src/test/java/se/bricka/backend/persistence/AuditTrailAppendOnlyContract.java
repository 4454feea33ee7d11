package se.bricka.backend.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.privacy.AuditRetention;

/**
 * The audit trails refuse UPDATE and DELETE in the database itself (V22, V33), while the application keeps
 * appending to them and the two-year retention still removes expired entries.
 */
abstract class AuditTrailAppendOnlyContract extends StaffTestBase {

    private static final Instant REAL_NOW = Instant.now();

    private long readAudits() {
        return database.count("SELECT COUNT(*) FROM log_read_audit");
    }

    private long tagActions() {
        return database.count("SELECT COUNT(*) FROM tag_action");
    }

    private void appendAudit(Instant readAt) {
        String sql = "INSERT INTO log_read_audit (read_at, staff_id, staff_username, staff_role, purpose,"
                + " case_reference, window_from, window_to, output, outcome, rows_returned)"
                + " VALUES (?, 1, 'bosocial', 'SOCIAL_HOUSING_UNIT', 'disturbance-case', 'Ä-1', ?, ?, 'html',"
                + " 'ALLOWED', 0)";
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            OffsetDateTime at = OffsetDateTime.ofInstant(readAt, ZoneOffset.UTC);
            statement.setObject(1, at);
            statement.setObject(2, at.minusDays(14));
            statement.setObject(3, at);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private void readTheLog() {
        StaffClient social = signedIn(SOCIAL_UNIT);
        Page page = social.post(
                "/staff/access-log",
                Map.of("purpose", "disturbance-case", "caseReference", "Ä-2026-0117", "apartment", "1102"));
        assertThat(page.status()).isEqualTo(200);
    }

    private void blockATag() {
        long tagId = database.count("SELECT MIN(id) FROM tag WHERE apartment_id = " + apartmentId("1102"));
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        Page page = service.post("/staff/tags/" + tagId + "/block", Map.of("reason", "LOST"));
        assertThat(page.status()).isEqualTo(303);
    }

    @Test
    void reads_of_the_log_are_still_appended_to_the_audit_trail() {
        // given
        long before = readAudits();

        // when
        readTheLog();

        // then
        assertThat(readAudits()).isEqualTo(before + 1);
    }

    @Test
    void an_audit_entry_cannot_be_updated() {
        // given
        readTheLog();

        // when / then
        assertThatThrownBy(() -> execute("UPDATE log_read_audit SET case_reference = 'changed'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("audit trail");
        assertThat(database.count("SELECT COUNT(*) FROM log_read_audit WHERE case_reference = 'changed'"))
                .isZero();
    }

    @Test
    void an_audit_entry_within_its_retention_cannot_be_deleted() {
        // given
        readTheLog();
        appendAudit(REAL_NOW.minus(AuditRetention.LIMIT).plus(1, ChronoUnit.DAYS));
        long before = readAudits();

        // when / then
        assertThatThrownBy(() -> execute("DELETE FROM log_read_audit")).isInstanceOf(SQLException.class);
        assertThat(readAudits()).isEqualTo(before);
    }

    @Test
    void a_staff_action_on_a_tag_is_recorded_and_cannot_be_changed_or_deleted() {
        // given
        long before = tagActions();
        blockATag();
        assertThat(tagActions()).isEqualTo(before + 1);

        // when / then
        assertThatThrownBy(() -> execute("UPDATE tag_action SET reason = 'STOLEN'"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("DELETE FROM tag_action")).isInstanceOf(SQLException.class);
        assertThat(tagActions()).isEqualTo(before + 1);
        assertThat(database.count("SELECT COUNT(*) FROM tag_action WHERE reason = 'STOLEN'"))
                .isZero();
    }

    @Test
    void a_caretakers_recorded_action_cannot_be_changed_or_deleted() throws SQLException {
        // given
        execute("INSERT INTO caretaker_event (device_id, kind, detail, occurred_at, received_at)"
                + " SELECT MIN(id), 'ACTION', 'door test pulse', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM device");
        long before = database.count("SELECT COUNT(*) FROM caretaker_event");

        // when / then
        assertThatThrownBy(() -> execute("UPDATE caretaker_event SET detail = 'nothing happened'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("audit trail");
        assertThatThrownBy(() -> execute("DELETE FROM caretaker_event")).isInstanceOf(SQLException.class);
        assertThat(database.count("SELECT COUNT(*) FROM caretaker_event")).isEqualTo(before);
        assertThat(database.count("SELECT COUNT(*) FROM caretaker_event WHERE detail = 'nothing happened'"))
                .isZero();
    }

    @Test
    void a_boards_staff_action_for_a_caretaker_cannot_be_changed_or_deleted() throws SQLException {
        // given a closure a board made for a verified caretaker
        execute("INSERT INTO caretaker (property_id, name) SELECT MIN(id), 'Append-only caretaker' FROM property");
        execute("INSERT INTO staff_tag (property_id, staff_ref, uid_hash, masked_uid, status, hours)"
                + " SELECT MIN(id), 9058, '" + "5".repeat(64) + "', '**58', 'ACTIVE', 'always' FROM property");
        execute("INSERT INTO device_staff_action"
                + " (acted_at, device_id, caretaker_id, staff_tag_id, staff_ref, action, subject_id, reason)"
                + " SELECT CURRENT_TIMESTAMP, (SELECT MIN(id) FROM device),"
                + " (SELECT id FROM caretaker WHERE name = 'Append-only caretaker'),"
                + " (SELECT id FROM staff_tag WHERE staff_ref = 9058), 9058, 'CLOSE', 1, 'water leak'"
                + " FROM property WHERE id = (SELECT MIN(id) FROM property)");
        long before = database.count("SELECT COUNT(*) FROM device_staff_action");

        // when / then each change is refused as an integrity violation on both databases
        for (String change : new String[] {
            "UPDATE device_staff_action SET reason = 'nothing happened'",
            "UPDATE device_staff_action SET action = 'REOPEN'",
            "DELETE FROM device_staff_action"
        }) {
            assertThatThrownBy(() -> execute(change))
                    .as(change)
                    .isInstanceOfSatisfying(
                            SQLException.class,
                            refused -> assertThat(refused.getSQLState()).startsWith("23"));
        }
        assertThat(before).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM device_staff_action")).isEqualTo(before);
        assertThat(database.count("SELECT COUNT(*) FROM device_staff_action WHERE reason = 'water leak'"))
                .isEqualTo(1);
    }

    @Test
    void the_audit_purge_removes_only_entries_past_two_years_and_a_day() {
        // given
        appendAudit(REAL_NOW.minus(AuditRetention.LIMIT).minus(2, ChronoUnit.DAYS));
        appendAudit(REAL_NOW.minus(AuditRetention.LIMIT).plus(1, ChronoUnit.HOURS));
        clock.set(REAL_NOW);

        // when
        int purged = backend.privacy().purgeAuditTrailsNow();

        // then
        assertThat(purged).isEqualTo(1);
        assertThat(readAudits()).isEqualTo(1);
    }

    @Test
    void the_access_log_purge_leaves_the_audit_trail_alone() {
        // given
        readTheLog();
        long before = readAudits();

        // when
        clock.set(NOW.plus(AuditRetention.LIMIT.multipliedBy(2)));
        backend.privacy().purgeNow();

        // then
        assertThat(readAudits()).isEqualTo(before);
    }
}
