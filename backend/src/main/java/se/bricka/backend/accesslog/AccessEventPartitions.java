package se.bricka.backend.accesslog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.persistence.DataAccessException;

/**
 * Daily partitions of {@code access_event} on PostgreSQL, one per UTC day, named
 * {@code access_event_dYYYYMMDD}. The purge drops whole partitions, which costs the same for ten
 * rows or ten million; on the embedded database (a plain table) this class does nothing.
 */
public final class AccessEventPartitions {

    private static final Logger LOG = LoggerFactory.getLogger(AccessEventPartitions.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String PREFIX = "access_event_d";

    private final DataSource dataSource;
    private final boolean partitioned;
    private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

    public AccessEventPartitions(DataSource dataSource, boolean partitioned) {
        this.dataSource = dataSource;
        this.partitioned = partitioned;
    }

    /** Whether the table is partitioned (PostgreSQL). */
    public boolean partitioned() {
        return partitioned;
    }

    /** Makes sure the partition holding {@code day} exists (autocommit, outside any write). */
    public void ensure(LocalDate day) {
        if (!partitioned || known.contains(day)) {
            return;
        }
        String sql = "CREATE TABLE IF NOT EXISTS " + name(day) + " PARTITION OF access_event FOR VALUES FROM ('"
                + day.atStartOfDay(ZoneOffset.UTC).toInstant() + "') TO ('"
                + day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() + "')";
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
            known.add(day);
        } catch (SQLException e) {
            // Another node created it at the same moment: duplicate table (42P07) or catalog row (23505).
            if ("42P07".equals(e.getSQLState()) || "23505".equals(e.getSQLState())) {
                known.add(day);
                return;
            }
            throw new DataAccessException("cannot create partition " + name(day), e);
        }
    }

    /** Drops every partition whose whole day lies before {@code oldestKept}; returns how many. */
    public int dropBefore(Instant oldestKept) {
        if (!partitioned) {
            return 0;
        }
        LocalDate firstKeptDay = LocalDate.ofInstant(oldestKept, ZoneOffset.UTC);
        int dropped = 0;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (LocalDate day : existing(statement)) {
                if (day.isBefore(firstKeptDay)) {
                    statement.execute("DROP TABLE " + name(day));
                    known.remove(day);
                    dropped++;
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot drop old access-event partitions", e);
        }
        if (dropped > 0) {
            LOG.info("dropped {} access-event partitions before {}", dropped, firstKeptDay);
        }
        return dropped;
    }

    private static List<LocalDate> existing(Statement statement) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        String sql = "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " WHERE i.inhparent = 'access_event'::regclass";
        try (ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                String name = row.getString(1);
                if (name.startsWith(PREFIX)) {
                    days.add(LocalDate.parse(name.substring(PREFIX.length()), SUFFIX));
                }
            }
        }
        return days;
    }

    private static String name(LocalDate day) {
        return PREFIX + SUFFIX.format(day).toLowerCase(Locale.ROOT);
    }
}
