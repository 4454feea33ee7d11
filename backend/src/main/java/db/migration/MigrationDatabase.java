package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What the Java migrations need to know about the database they run on. */
final class MigrationDatabase {

    private MigrationDatabase() {}

    /** Whether {@code connection} is to PostgreSQL (else the embedded H2). */
    static boolean isPostgres(Connection connection) throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }
}
