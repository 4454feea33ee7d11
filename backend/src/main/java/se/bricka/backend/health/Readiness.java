package se.bricka.backend.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node can serve: its database answers a query, and Flyway finds no migration pending.
 * The check is bounded: a database that does not answer within the timeout makes the node "not ready"
 * at once, and a check still hanging is joined by the next request instead of starting another.
 */
public final class Readiness implements AutoCloseable {

    /** What a check found. {@code schemaVersion} is empty when the database could not be asked. */
    public record Report(boolean ready, String database, String migrations, String schemaVersion) {}

    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);

    private final DataSource dataSource;
    private final Flyway flyway;
    private final Duration timeout;
    private final ExecutorService worker = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("bricka-readiness-", 0).daemon(true).factory());
    private final AtomicReference<CompletableFuture<Report>> running = new AtomicReference<>();

    public Readiness(DataSource dataSource, Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    /** Checks now, waiting at most the timeout. */
    public Report check() {
        CompletableFuture<Report> check = running.updateAndGet(current ->
                current == null || current.isDone() ? CompletableFuture.supplyAsync(this::ask, worker) : current);
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("readiness: the database gave no answer within {} ms", timeout.toMillis());
            return new Report(false, "no answer within " + timeout.toMillis() + " ms", "unknown", "");
        } catch (ExecutionException e) {
            LOG.warn("readiness check failed", e.getCause());
            return new Report(false, "unreachable", "unknown", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Report(false, "unknown", "unknown", "");
        }
    }

    private Report ask() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(Math.max(1, (int) timeout.toSeconds()));
            try (ResultSet row = statement.executeQuery("SELECT 1")) {
                row.next();
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            // Callers see "unreachable" only: the cause may name hosts and users, so it stays in the log.
            LOG.warn("readiness: the database is unreachable: {}", e.getMessage());
            return new Report(false, "unreachable", "unknown", "");
        }
        try {
            var info = flyway.info();
            int pending = info.pending().length;
            var current = info.current();
            String version = current == null || current.getVersion() == null
                    ? ""
                    : current.getVersion().getVersion();
            return pending == 0
                    ? new Report(true, "up", "applied", version)
                    : new Report(false, "up", pending + " pending", version);
        } catch (RuntimeException e) {
            LOG.warn("readiness: cannot read the schema history: {}", e.getMessage());
            return new Report(false, "up", "unknown", "");
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
