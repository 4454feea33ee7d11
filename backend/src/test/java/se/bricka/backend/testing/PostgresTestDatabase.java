package se.bricka.backend.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import se.bricka.backend.BackendConfig;

/**
 * A schema of its own in the PostgreSQL at {@code BRICKA_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code BRICKA_TEST_PG_USER} or {@code postgres}),
 * created on construction and dropped on close.
 */
public final class PostgresTestDatabase implements TestDatabase {

    private static final String SERVER =
            System.getenv().getOrDefault("BRICKA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("BRICKA_TEST_PG_USER", "postgres");

    private final String schema = "t_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);

    public PostgresTestDatabase() {
        execute("CREATE SCHEMA " + schema);
    }

    @Override
    public BackendConfig configure(BackendConfig config) {
        return config.withDatabase(url(), USER, "");
    }

    @Override
    public String url() {
        return SERVER + "?currentSchema=" + schema;
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public void close() {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " refused: " + sql, e);
        }
    }
}
