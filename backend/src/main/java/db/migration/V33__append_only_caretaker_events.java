package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * What caretakers did on the boards (signed in, closed a room, tested a door, enrolled a panel) is an
 * audit trail like the reads of the access log: the same append-only guard as {@link
 * V22__append_only_audit}, dated by when the backend received the entry (a board's own clock may be
 * off).
 */
public class V33__append_only_caretaker_events extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            V22__append_only_audit.guard(
                    statement, MigrationDatabase.isPostgres(context.getConnection()), "caretaker_event", "received_at");
        }
    }
}
