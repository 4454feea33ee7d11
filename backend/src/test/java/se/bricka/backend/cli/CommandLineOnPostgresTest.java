package se.bricka.backend.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.testing.PostgresTestDatabase;

/** The subcommands on a PostgreSQL schema of the test's own. */
class CommandLineOnPostgresTest extends CommandLineContract {

    private final PostgresTestDatabase database = new PostgresTestDatabase();

    @AfterEach
    void dropSchema() {
        database.close();
    }

    @Override
    List<String> databaseFlags() {
        return List.of("--db-url=" + database.url(), "--db-user=" + database.user(), "--data-dir=" + dataDir);
    }

    @Override
    BackendConfig onDatabase(BackendConfig config) {
        return database.configure(config);
    }

    @Override
    Connection connect() throws SQLException {
        return database.connect();
    }
}
