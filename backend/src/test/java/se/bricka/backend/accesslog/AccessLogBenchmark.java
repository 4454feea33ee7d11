package se.bricka.backend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.booking.CheckIns;
import se.bricka.backend.persistence.Database;
import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.MutableClock;
import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;
import se.bricka.core.privacy.AccessEventRetention;

/**
 * Harness, not a timed test (its name keeps it out of the normal test run): fills the access log with
 * {@code bench.events} events spread over 15 days of {@code bench.apartments} apartments, then times
 * the purge of the expired day, then the purge of each next minute's expired events as the scheduler
 * runs it every minute, and log queries by apartment and by door over the 14 days. Run it with
 *
 * <pre>
 * mvn -B -o -pl booking-core,backend test -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=AccessLogBenchmark -Dbench.db=postgres -Dbench.events=10000000
 * </pre>
 */
class AccessLogBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogBenchmark.class);
    private static final int QUERIES = 25;
    private static final int MINUTE_PURGES = 10;

    private final long events = Long.getLong("bench.events", 1_000_000L);
    private final int apartments = Integer.getInteger("bench.apartments", 70_000);
    private final int doors = Integer.getInteger("bench.doors", 3_500);
    private final boolean postgres = "postgres".equals(System.getProperty("bench.db", "h2"));
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void purge_and_query_at_scale() throws SQLException {
        try (TestDatabase target = postgres ? new PostgresTestDatabase() : new H2TestDatabase();
                Database database = Database.open(target.url(), target.user(), "")) {
            AccessEventPartitions partitions = new AccessEventPartitions(database.dataSource(), postgres);
            Instant start = now.minus(Duration.ofDays(15));
            for (LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
                    !day.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1));
                    day = day.plusDays(1)) {
                partitions.ensure(day);
            }
            long fillStart = System.nanoTime();
            fill(database, start);
            LOG.info("BENCH filled {} events in {} s", events, (System.nanoTime() - fillStart) / 1_000_000_000.0);

            long expired = count(database, AccessEventRetention.oldestKept(now));
            MutableClock clock = new MutableClock(now, ZoneOffset.UTC);
            RetentionPurge purge = new RetentionPurge(
                    database.transactor(), partitions, new CheckIns(database.transactor(), clock), clock);
            long purgeStart = System.nanoTime();
            RetentionPurge.Purged purged = purge.purge();
            double purgeMs = (System.nanoTime() - purgeStart) / 1_000_000.0;
            LOG.info("BENCH purge of {} expired events: {} ms ({})", expired, purgeMs, purged);
            assertThat(count(database, AccessEventRetention.oldestKept(now))).isZero();
            List<Double> minutePurges = new ArrayList<>();
            for (int minute = 0; minute < MINUTE_PURGES; minute++) {
                clock.advance(Duration.ofMinutes(1));
                long t0 = System.nanoTime();
                RetentionPurge.Purged step = purge.purge();
                minutePurges.add((System.nanoTime() - t0) / 1_000_000.0);
                LOG.debug("BENCH minute purge {}: {}", minute, step);
            }
            LOG.info(
                    "BENCH the purge of each next minute's expired events ({} runs, as the scheduler runs it):"
                            + " median {} ms, max {} ms",
                    MINUTE_PURGES,
                    median(minutePurges),
                    Collections.max(minutePurges));
            clock.set(now);

            AccessEventRepository repository = new AccessEventRepository();
            Random random = new Random(7);
            List<Double> byApartment = new ArrayList<>();
            List<Double> byDoor = new ArrayList<>();
            int apartmentRows = 0;
            int doorRows = 0;
            Instant oldestKept = AccessEventRetention.oldestKept(now);
            try (Connection connection = database.dataSource().getConnection()) {
                for (int i = 0; i < QUERIES; i++) {
                    long t0 = System.nanoTime();
                    apartmentRows += repository
                            .find(
                                    connection,
                                    new LogFilter((long) random.nextInt(apartments) + 1, null, oldestKept, now),
                                    oldestKept,
                                    AccessLogReader.MAX_ROWS)
                            .size();
                    byApartment.add((System.nanoTime() - t0) / 1_000_000.0);
                    long t1 = System.nanoTime();
                    doorRows += repository
                            .find(
                                    connection,
                                    new LogFilter(null, "door-" + random.nextInt(doors), oldestKept, now),
                                    oldestKept,
                                    AccessLogReader.MAX_ROWS)
                            .size();
                    byDoor.add((System.nanoTime() - t1) / 1_000_000.0);
                }
            }
            LOG.info(
                    "BENCH {} on {} events: query by apartment median {} ms, max {} ms ({} rows avg);"
                            + " by door median {} ms, max {} ms ({} rows avg); purge {} ms",
                    postgres ? "PostgreSQL" : "H2",
                    events,
                    median(byApartment),
                    Collections.max(byApartment),
                    apartmentRows / QUERIES,
                    median(byDoor),
                    Collections.max(byDoor),
                    doorRows / QUERIES,
                    purgeMs);
        }
    }

    private void fill(Database database, Instant start) throws SQLException {
        long spanSeconds = Duration.between(start, now).toSeconds() - 1;
        String series = postgres ? "generate_series(?, ?) AS s(x)" : "SYSTEM_RANGE(?, ?) AS s(x)";
        String sql = "INSERT INTO access_event (device_id, event_id, door_id, occurred_at, apartment_id, granted,"
                + " reason, received_at) SELECT 1, 'e' || x, 'door-' || MOD(x, " + doors + "),"
                + " CAST(? AS TIMESTAMP WITH TIME ZONE) + (x * " + spanSeconds + " / " + events
                + ") * INTERVAL '1' SECOND,"
                + " MOD(x * 7919, " + apartments + ") + 1, TRUE, 'resident', CAST(? AS TIMESTAMP WITH TIME ZONE) FROM "
                + series;
        long chunk = 500_000;
        for (long from = 1; from <= events; from += chunk) {
            try (Connection connection = database.dataSource().getConnection();
                    PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setObject(1, start.atOffset(ZoneOffset.UTC));
                insert.setObject(2, now.atOffset(ZoneOffset.UTC));
                insert.setLong(3, from);
                insert.setLong(4, Math.min(events, from + chunk - 1));
                insert.executeUpdate();
            }
        }
        if (postgres) {
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE access_event");
            }
        }
    }

    private static long count(Database database, Instant before) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT COUNT(*) FROM access_event WHERE occurred_at < ?")) {
            statement.setObject(1, before.atOffset(ZoneOffset.UTC));
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
