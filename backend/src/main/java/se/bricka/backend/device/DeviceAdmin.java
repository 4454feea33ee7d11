package se.bricka.backend.device;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.AdminAudit;
import se.bricka.backend.staff.AdminAudit.Action;
import se.bricka.backend.staff.AdminAudit.Actor;
import se.bricka.backend.web.Text;

/**
 * Devices as IT administration adds them: a board or a door controller of a property, which has no
 * working token until a panel enrolls with the one-time code issued for it ({@link DeviceEnrollment}).
 * Each addition and each code is recorded in {@link AdminAudit}.
 */
public final class DeviceAdmin {

    /** What a device is ({@code device.kind}, V37). */
    public enum Kind {
        BOARD,
        DOOR;

        /** The kind named {@code board} or {@code door}. */
        public static Kind of(String name) {
            String normal = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            for (Kind kind : values()) {
                if (kind.name().equals(normal)) {
                    return kind;
                }
            }
            throw badRequest(Text.of("deviceAdmin.unknownKind", name == null ? "" : name));
        }

        /** The name in the database and on the command line. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A device as IT administration sees it. */
    public record Listed(String deviceId, String name, Kind kind, String propertyName, boolean everEnrolled) {}

    private static final Logger LOG = LoggerFactory.getLogger(DeviceAdmin.class);
    private static final Pattern DEVICE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_NAME = 200;

    private final Transactor transactor;
    private final DeviceEnrollment enrollment;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public DeviceAdmin(Transactor transactor, DeviceEnrollment enrollment, Clock clock) {
        this.transactor = transactor;
        this.enrollment = enrollment;
        this.clock = clock;
    }

    /**
     * Adds a device and issues its first enrollment code.
     *
     * @param property the property's exact name or id
     * @throws ApiException 400 for a bad id, name or unknown property, 409 for a taken device id
     */
    public DeviceEnrollment.IssuedCode add(String deviceId, String name, String property, Kind kind, Actor actor) {
        if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
            throw badRequest(Text.of("deviceAdmin.badId", deviceId == null ? "" : deviceId));
        }
        if (name == null
                || name.isBlank()
                || name.length() > MAX_NAME
                || name.chars().anyMatch(Character::isISOControl)) {
            throw badRequest(Text.of("deviceAdmin.badName", name == null ? "" : name, MAX_NAME));
        }
        // A token nobody knows: the device works only once a panel enrolls and gets a token of its own.
        byte[] unknown = new byte[32];
        random.nextBytes(unknown);
        String tokenHash = TokenHash.of(Base64.getEncoder().encodeToString(unknown));
        transactor.inTransaction(connection -> {
            long propertyId = propertyId(connection, property);
            if (exists(connection, deviceId)) {
                throw StaffProblems.conflict(Text.of("deviceAdmin.idTaken", deviceId));
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO device (device_id, name, property_id, token_hash, kind) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, deviceId);
                insert.setString(2, name.strip());
                insert.setLong(3, propertyId);
                insert.setString(4, tokenHash);
                insert.setString(5, kind.code());
                insert.executeUpdate();
            }
            AdminAudit.record(
                    connection,
                    clock.instant(),
                    actor,
                    Action.DEVICE_ADDED,
                    deviceId,
                    kind.code() + " of property " + property);
            return null;
        });
        LOG.info("device {} ({}) added by {}", deviceId, kind.code(), actor.name());
        return issueCode(deviceId, actor);
    }

    /** Issues a one-time enrollment code for the device; an unused older one stops working. */
    public DeviceEnrollment.IssuedCode issueCode(String deviceId, Actor actor) {
        DeviceEnrollment.IssuedCode code = enrollment.issue(deviceId, actor.name());
        transactor.inTransaction(connection -> {
            AdminAudit.record(
                    connection,
                    clock.instant(),
                    actor,
                    Action.ENROLLMENT_CODE_ISSUED,
                    deviceId,
                    "valid until " + code.expiresAt());
            return null;
        });
        return code;
    }

    /** Every device with its kind and property. */
    public List<Listed> list() {
        return transactor.inTransaction(connection -> {
            List<Listed> devices = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                            SELECT d.device_id, d.name, d.kind, p.name AS property_name,
                                   EXISTS (SELECT 1 FROM device_enrollment e
                                            WHERE e.device_id = d.id AND e.redeemed_at IS NOT NULL) AS enrolled
                              FROM device d JOIN property p ON p.id = d.property_id
                             ORDER BY p.name, d.device_id
                            """);
                    ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    devices.add(new Listed(
                            row.getString("device_id"),
                            row.getString("name"),
                            Kind.of(row.getString("kind")),
                            row.getString("property_name"),
                            row.getBoolean("enrolled")));
                }
            }
            return devices;
        });
    }

    private static long propertyId(Connection connection, String property) throws SQLException {
        String ref = property == null ? "" : property.strip();
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT id FROM property WHERE name = ? OR CAST(id AS VARCHAR(20)) = ?")) {
            statement.setString(1, ref);
            statement.setString(2, ref);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw badRequest(Text.of("deviceAdmin.unknownProperty", ref));
                }
                return row.getLong(1);
            }
        }
    }

    private static boolean exists(Connection connection, String deviceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM device WHERE device_id = ?")) {
            statement.setString(1, deviceId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    private static ApiException badRequest(Text detail) {
        return new ApiException("bad-request", "Bad request", 400, detail);
    }
}
