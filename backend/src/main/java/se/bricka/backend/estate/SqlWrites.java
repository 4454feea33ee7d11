package se.bricka.backend.estate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The import's writes inside its one transaction: single statements, and batches of many rows (an
 * estate of 70,000 apartments would otherwise be 280,000 round trips). In a dry run nothing is sent.
 */
final class SqlWrites {

    private static final int BATCH = 1000;

    private final Connection connection;
    private final boolean dryRun;
    private long nextDryRunId = -1;

    SqlWrites(Connection connection, boolean dryRun) {
        this.connection = connection;
        this.dryRun = dryRun;
    }

    boolean dryRun() {
        return dryRun;
    }

    /** Runs one INSERT and returns its generated id; a dry run returns a negative id matching no row. */
    long insert(String sql, Object... values) throws SQLException {
        if (dryRun) {
            return nextDryRunId--;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, values);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    void update(String sql, Object... values) throws SQLException {
        if (dryRun) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    /** Runs {@code sql} once per row of {@code rows}, in batches. */
    void batch(String sql, List<Object[]> rows) throws SQLException {
        if (dryRun || rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    /** Collects the rows of one batch statement. */
    static final class Batch {
        final String sql;
        final List<Object[]> rows = new ArrayList<>();

        Batch(String sql) {
            this.sql = sql;
        }

        void add(Object... values) {
            rows.add(values);
        }
    }

    /** Runs the rows collected so far and empties the batch. */
    void run(Batch batch) throws SQLException {
        batch(batch.sql, batch.rows);
        batch.rows.clear();
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, java.sql.Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }
}
