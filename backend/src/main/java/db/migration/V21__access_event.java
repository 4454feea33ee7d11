package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The access-event table. On PostgreSQL it is partitioned by day on {@code occurred_at}, so the
 * 14-day purge drops whole partitions (cheap at any size, see {@code AccessEventPartitions}); on
 * other databases (the embedded H2) it is a plain table and the purge is a DELETE on an index.
 *
 * <p>The primary key holds the device's own event id: a retried upload is stored once. It includes
 * {@code occurred_at} because PostgreSQL requires the partition key in every unique constraint; a
 * retry carries the same instant.
 */
public class V21__access_event extends BaseJavaMigration {

    private static final String COLUMNS = """
            device_id    BIGINT      NOT NULL,
            event_id     VARCHAR(64) NOT NULL,
            door_id      VARCHAR(64) NOT NULL,
            occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
            apartment_id BIGINT,
            granted      BOOLEAN     NOT NULL,
            reason       VARCHAR(32) NOT NULL,
            received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
            PRIMARY KEY (device_id, event_id, occurred_at)
            """;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = MigrationDatabase.isPostgres(connection);
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("CREATE TABLE access_event (" + COLUMNS + ") PARTITION BY RANGE (occurred_at)");
            } else {
                statement.execute("CREATE TABLE access_event (" + COLUMNS + ")");
                statement.execute("CREATE INDEX access_event_by_time ON access_event (occurred_at)");
            }
            statement.execute("CREATE INDEX access_event_by_apartment ON access_event (apartment_id, occurred_at)");
            statement.execute("CREATE INDEX access_event_by_door ON access_event (door_id, occurred_at)");
        }
    }
}
