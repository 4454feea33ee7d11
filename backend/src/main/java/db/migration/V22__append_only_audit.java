package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import se.bricka.backend.persistence.AuditTrailTrigger;
import se.bricka.core.privacy.AuditRetention;

/**
 * The audit trails (reads of the access log, staff actions on tags) become append-only in the
 * database itself: an UPDATE is refused, a DELETE of an entry younger than its two-year retention is
 * refused, and on PostgreSQL so is TRUNCATE. Whatever the application or a person with its database
 * account does, the trail cannot be edited. On PostgreSQL a PL/pgSQL trigger, on H2
 * {@link AuditTrailTrigger}.
 */
public class V22__append_only_audit extends BaseJavaMigration {

    /** The trails that exist at this version; later trails get their guard in their own migration. */
    private static final Map<String, String> TRAILS = Map.of("log_read_audit", "read_at", "tag_action", "acted_at");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = MigrationDatabase.isPostgres(connection);
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute(postgresFunction());
            }
            for (Map.Entry<String, String> table : TRAILS.entrySet()) {
                guard(statement, postgres, table.getKey(), table.getValue());
            }
        }
    }

    private static String postgresFunction() {
        return """
                CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE'
                            AND (to_jsonb(OLD) ->> TG_ARGV[0])::timestamptz < now() - interval '%d days' THEN
                        RETURN OLD;
                    END IF;
                    RAISE EXCEPTION '%% is an audit trail: %% refused', TG_TABLE_NAME, TG_OP
                        USING ERRCODE = 'integrity_constraint_violation',
                              HINT = 'Entries are never changed and are kept %d days.';
                END
                $$""".formatted(AuditRetention.LIMIT.toDays(), AuditRetention.LIMIT.toDays());
    }

    /**
     * Installs the append-only guard on {@code table}, whose {@code writtenAt} column dates an entry; on
     * PostgreSQL it needs the function this migration creates.
     */
    static void guard(Statement statement, boolean postgres, String table, String writtenAt) throws SQLException {
        if (!postgres) {
            statement.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE, DELETE ON " + table
                    + " FOR EACH ROW CALL '" + AuditTrailTrigger.class.getName() + "'");
            return;
        }
        statement.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION refuse_audit_change('" + writtenAt + "')");
        statement.execute("CREATE TRIGGER " + table + "_no_truncate BEFORE TRUNCATE ON " + table
                + " FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change('" + writtenAt + "')");
    }
}
