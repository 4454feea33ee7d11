package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The staff actions boards make for a caretaker (closures, PIN changes; {@code V38}) are an audit trail:
 * the same append-only guard as {@link V22__append_only_audit}.
 */
public class V58__append_only_device_staff_actions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            V22__append_only_audit.guard(
                    statement,
                    MigrationDatabase.isPostgres(context.getConnection()),
                    "device_staff_action",
                    "acted_at");
        }
    }
}
