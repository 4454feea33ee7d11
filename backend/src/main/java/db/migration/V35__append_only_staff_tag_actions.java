package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Blocks and replacements of staff tags are an audit trail: the same append-only guard as {@link V22__append_only_audit}. */
public class V35__append_only_staff_tag_actions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            V22__append_only_audit.guard(
                    statement, MigrationDatabase.isPostgres(context.getConnection()), "staff_tag_action", "acted_at");
        }
    }
}
