package se.bricka.backend.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import se.bricka.backend.BackendConfig;

/** A database a test backend runs on, which the test may also query directly. */
public interface TestDatabase extends AutoCloseable {

    /** {@code config} pointed at this database. */
    BackendConfig configure(BackendConfig config);

    String url();

    String user();

    /** Opens a connection of the test's own, beside the backend's pool. */
    default Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), "");
    }

    /** Runs a {@code SELECT COUNT(*) …} and returns the count. */
    default long count(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    /** Runs one {@code UPDATE} (or other statement) of the test's own, such as configuring a device. */
    default void update(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    @Override
    void close();
}
