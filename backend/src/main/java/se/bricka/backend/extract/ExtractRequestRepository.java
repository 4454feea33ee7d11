package se.bricka.backend.extract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The append-only table of extract requests ({@code V40}; no update or delete, see {@code V41}). */
final class ExtractRequestRepository {

    private static final String COLUMNS = "id, apartment_id, requested_by, channel, received_on, case_reference,"
            + " staff_username, staff_role, recorded_at";

    long insert(Connection connection, ExtractRequest request, long staffId) throws SQLException {
        String sql = "INSERT INTO extract_request (apartment_id, requested_by, channel, received_on, case_reference,"
                + " staff_id, staff_username, staff_role, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.setLong(1, request.apartmentId());
            statement.setString(2, request.requestedBy());
            statement.setString(3, request.channel().name());
            statement.setObject(4, request.receivedOn());
            statement.setString(5, request.caseReference());
            statement.setLong(6, staffId);
            statement.setString(7, request.staffUsername());
            statement.setString(8, request.staffRole());
            statement.setObject(9, OffsetDateTime.ofInstant(request.recordedAt(), ZoneOffset.UTC));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<ExtractRequest> find(Connection connection, long id) throws SQLException {
        List<ExtractRequest> found = select(connection, "id = ?", id);
        return found.stream().findFirst();
    }

    /** The apartment's requests, newest first. */
    List<ExtractRequest> ofApartment(Connection connection, long apartmentId) throws SQLException {
        return select(connection, "apartment_id = ?", apartmentId);
    }

    private static List<ExtractRequest> select(Connection connection, String where, long value) throws SQLException {
        String sql =
                "SELECT " + COLUMNS + " FROM extract_request WHERE " + where + " ORDER BY recorded_at DESC, id DESC";
        List<ExtractRequest> requests = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, value);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    requests.add(new ExtractRequest(
                            row.getLong("id"),
                            row.getLong("apartment_id"),
                            row.getString("requested_by"),
                            ExtractChannel.valueOf(row.getString("channel")),
                            row.getObject("received_on", LocalDate.class),
                            row.getString("case_reference"),
                            row.getString("staff_username"),
                            row.getString("staff_role"),
                            row.getObject("recorded_at", OffsetDateTime.class).toInstant()));
                }
            }
        }
        return requests;
    }
}
