package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Administrative actions are an audit trail: the same append-only guard as {@link V22__append_only_audit}. */
public class V46__append_only_admin_audit extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            V22__append_only_audit.guard(
                    statement, MigrationDatabase.isPostgres(context.getConnection()), "admin_audit", "acted_at");
        }
    }
}
