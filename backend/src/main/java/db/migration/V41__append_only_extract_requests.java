package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The trails of V40 (extract requests, the apartments each log read returned, reads of the audit page)
 * get the append-only guard of {@link V22__append_only_audit}. On PostgreSQL the partitioned access log
 * also gets an index on time, so the purge that now runs every minute finds the expired rows of the
 * boundary day without reading the whole day (H2 has had that index since V21).
 */
public class V41__append_only_extract_requests extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = MigrationDatabase.isPostgres(connection);
        try (Statement statement = connection.createStatement()) {
            V22__append_only_audit.guard(statement, postgres, "extract_request", "recorded_at");
            V22__append_only_audit.guard(statement, postgres, "log_read_apartment", "read_at");
            V22__append_only_audit.guard(statement, postgres, "audit_page_read", "read_at");
            if (postgres) {
                statement.execute("CREATE INDEX access_event_by_time ON access_event (occurred_at)");
            }
        }
    }
}
