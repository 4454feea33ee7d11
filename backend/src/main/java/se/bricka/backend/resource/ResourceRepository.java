package se.bricka.backend.resource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads bookable objects, always within one property. */
public final class ResourceRepository {

    private static final String SELECT = """
            SELECT r.id, r.property_id, r.name, r.kind, r.daily_slots, p.time_zone, r.quota_group_id,
                   g.max_future_bookings, g.max_per_day, g.rolling_count, g.rolling_days, g.horizon_days,
                   g.check_in_minutes, g.cancel_hours_before
              FROM resource r
              JOIN property p ON p.id = r.property_id
              LEFT JOIN quota_group g ON g.id = r.quota_group_id
            """;

    /** The object {@code resourceId} if it belongs to {@code propertyId}. */
    public Optional<Resource> find(Connection connection, long propertyId, long resourceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                SELECT + " WHERE r.property_id = ? AND r.id = ? AND r.retired_at IS NULL")) {
            statement.setLong(1, propertyId);
            statement.setLong(2, resourceId);
            List<Resource> found = read(statement);
            return found.stream().findFirst();
        }
    }

    /** Every object of {@code propertyId}, by id. */
    public List<Resource> listByProperty(Connection connection, long propertyId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                SELECT + " WHERE r.property_id = ? AND r.retired_at IS NULL ORDER BY r.id")) {
            statement.setLong(1, propertyId);
            return read(statement);
        }
    }

    /** Every object of every property, by id: for jobs that run across properties. */
    public List<Resource> listAll(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + " ORDER BY r.id")) {
            return read(statement);
        }
    }

    private static List<Resource> read(PreparedStatement statement) throws SQLException {
        List<Resource> resources = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                resources.add(new Resource(
                        row.getLong("id"),
                        row.getLong("property_id"),
                        row.getString("name"),
                        row.getString("kind"),
                        SlotTemplateCodec.parse(row.getString("daily_slots")),
                        ZoneId.of(row.getString("time_zone")),
                        QuotaGroupColumns.groupId(row),
                        QuotaGroupColumns.quota(row),
                        QuotaGroupColumns.release(row),
                        QuotaGroupColumns.cancel(row)));
            }
        }
        return resources;
    }
}
