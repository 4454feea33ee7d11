package se.bricka.backend.quotagroup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.SqlStates;
import se.bricka.backend.web.Text;

/** The SQL of quota groups and of which objects belong to them. */
final class QuotaGroupRepository {

    /** A bookable object as the quota-group pages list it. */
    record Member(long id, long propertyId, String name, Optional<Long> groupId) {}

    /** A property, for choosing where a new group belongs. */
    record Property(long id, String name, ZoneId zone) {}

    private static final String GROUPS = """
            SELECT id, property_id, name, max_future_bookings, max_per_day, rolling_count, rolling_days,
                   horizon_days, check_in_minutes, cancel_hours_before
              FROM quota_group
            """;
    private static final String RESOURCES = "SELECT id, property_id, name, quota_group_id FROM resource ORDER BY id";
    private static final String PROPERTIES = "SELECT id, name, time_zone FROM property ORDER BY name";
    private static final String INSERT = """
            INSERT INTO quota_group (property_id, name, max_future_bookings, max_per_day, rolling_count, rolling_days,
                                     horizon_days, check_in_minutes, cancel_hours_before)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE quota_group SET name = ?, max_future_bookings = ?, max_per_day = ?, rolling_count = ?,
                   rolling_days = ?, horizon_days = ?, check_in_minutes = ?, cancel_hours_before = ?
             WHERE id = ?
            """;
    private static final String LOCK = "SELECT id FROM quota_group WHERE id = ? FOR UPDATE";
    private static final String LEAVE = "UPDATE resource SET quota_group_id = NULL WHERE quota_group_id = ?";
    private static final String JOIN = "UPDATE resource SET quota_group_id = ? WHERE id = ? AND property_id = ?";

    /** Every group with its members, by property and name. */
    List<QuotaGroup> list(Connection connection) throws SQLException {
        return read(connection, GROUPS + " ORDER BY property_id, name, id", null);
    }

    Optional<QuotaGroup> find(Connection connection, long id) throws SQLException {
        return read(connection, GROUPS + " WHERE id = ?", id).stream().findFirst();
    }

    /** Every bookable object, by id, with its group. */
    List<Member> resources(Connection connection) throws SQLException {
        List<Member> members = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(RESOURCES);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                long group = row.getLong("quota_group_id");
                members.add(new Member(
                        row.getLong("id"),
                        row.getLong("property_id"),
                        row.getString("name"),
                        row.wasNull() ? Optional.empty() : Optional.of(group)));
            }
        }
        return members;
    }

    List<Property> properties(Connection connection) throws SQLException {
        List<Property> properties = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PROPERTIES);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                properties.add(
                        new Property(row.getLong("id"), row.getString("name"), ZoneId.of(row.getString("time_zone"))));
            }
        }
        return properties;
    }

    /** Stores a new group's rules and returns its id. */
    long insert(Connection connection, long propertyId, QuotaGroupSettings settings) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"id"})) {
            statement.setLong(1, propertyId);
            statement.setString(2, settings.name());
            bindRules(statement, 3, settings);
            executeNamed(statement, settings.name());
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Holds the group's row until commit, so two edits of one group apply one after the other. */
    boolean lock(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    void update(Connection connection, long id, QuotaGroupSettings settings) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
            statement.setString(1, settings.name());
            bindRules(statement, 2, settings);
            statement.setLong(9, id);
            executeNamed(statement, settings.name());
        }
    }

    /** Makes exactly {@code resourceIds} (objects of {@code propertyId}) the members of group {@code id}. */
    void setMembers(Connection connection, long id, long propertyId, List<Long> resourceIds) throws SQLException {
        try (PreparedStatement leave = connection.prepareStatement(LEAVE)) {
            leave.setLong(1, id);
            leave.executeUpdate();
        }
        try (PreparedStatement join = connection.prepareStatement(JOIN)) {
            for (long resourceId : resourceIds) {
                join.setLong(1, id);
                join.setLong(2, resourceId);
                join.setLong(3, propertyId);
                join.addBatch();
            }
            join.executeBatch();
        }
    }

    private static void bindRules(PreparedStatement statement, int first, QuotaGroupSettings settings)
            throws SQLException {
        statement.setInt(first, settings.maxFutureBookings());
        statement.setInt(first + 1, settings.maxPerDay());
        setNullable(statement, first + 2, settings.rollingCount());
        setNullable(statement, first + 3, settings.rollingDays());
        statement.setInt(first + 4, settings.horizonDays());
        setNullable(statement, first + 5, settings.checkInMinutes());
        statement.setInt(first + 6, settings.cancelHoursBefore());
    }

    private static void setNullable(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** Runs an insert or update of a group's name; a name the property already uses is a 409. */
    private static void executeNamed(PreparedStatement statement, String name) throws SQLException {
        try {
            statement.executeUpdate();
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw StaffProblems.conflict(Text.of("problem.quotaGroupNameTaken", name));
            }
            throw e;
        }
    }

    private List<QuotaGroup> read(Connection connection, String sql, Long id) throws SQLException {
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        for (Member member : resources(connection)) {
            member.groupId()
                    .ifPresent(group -> members.computeIfAbsent(group, g -> new ArrayList<>())
                            .add(member.id()));
        }
        List<QuotaGroup> groups = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id != null) {
                statement.setLong(1, id);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long groupId = row.getLong("id");
                    groups.add(new QuotaGroup(
                            groupId,
                            row.getLong("property_id"),
                            row.getString("name"),
                            row.getInt("max_future_bookings"),
                            row.getInt("max_per_day"),
                            nullableInt(row, "rolling_count"),
                            nullableInt(row, "rolling_days"),
                            row.getInt("horizon_days"),
                            nullableInt(row, "check_in_minutes"),
                            row.getInt("cancel_hours_before"),
                            members.getOrDefault(groupId, List.of())));
                }
            }
        }
        return groups;
    }

    private static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
