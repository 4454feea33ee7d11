package se.bricka.backend.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The connection pool of one backend, migrated to the latest schema when opened. */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int POOL_SIZE = 10;
    private static final int H2_QUERY_CACHE = 64;

    private final String url;
    private final HikariDataSource dataSource;

    private Database(String url, HikariDataSource dataSource) {
        this.url = url;
        this.dataSource = dataSource;
    }

    /**
     * Opens a pool on {@code url} and applies the migrations in {@code db/migration}.
     *
     * @param user the database user, or {@code null} for the driver's default
     * @param password the password, or {@code null} for none
     */
    public static Database open(String url, String user, String password) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("bricka-db");
        hikari.setJdbcUrl(url);
        if (user != null) {
            hikari.setUsername(user);
        }
        if (password != null) {
            hikari.setPassword(password);
        }
        hikari.setMaximumPoolSize(POOL_SIZE);
        // The pool's own meters (hikaricp_connections_*) reach /metrics through the global registry.
        hikari.setMetricRegistry(io.micrometer.core.instrument.Metrics.globalRegistry);
        if (isH2(url)) {
            // Writers queue on the change counter's row lock; H2's default wait is too short for a burst.
            hikari.setConnectionInitSql("SET LOCK_TIMEOUT 10000");
            hikari.setJdbcUrl(withH2Settings(url));
        }
        HikariDataSource dataSource = new HikariDataSource(hikari);
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info("database {} at schema version {}", safeUrl(url), result.targetSchemaVersion);
            return new Database(url, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** The pool, for work that needs a connection outside a {@link Transactor}. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs work in transactions on this pool. */
    public Transactor transactor() {
        return new Transactor(dataSource);
    }

    @Override
    public void close() {
        dataSource.close();
        if (url.startsWith("jdbc:h2:mem:")) {
            shutDownInMemoryDatabase();
        }
    }

    /**
     * An in-memory H2 database kept alive by DB_CLOSE_DELAY=-1 would otherwise outlive the backend. It
     * is shut down on a connection of its own, after the pool, so no pooled connection sees it vanish.
     */
    private void shutDownInMemoryDatabase() {
        try (Connection connection =
                        DriverManager.getConnection(url, dataSource.getUsername(), dataSource.getPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("could not shut down in-memory database", e);
        }
    }

    /**
     * The settings an H2 URL gets unless it names them itself. A booking runs a dozen distinct
     * statements, and H2 re-parses any beyond its cache (8 by default). And H2 writes committed
     * transactions to its file only every half second by default: a 201 sent in that half second would
     * be lost if the process died, so a file database writes each commit before the answer.
     */
    static String withH2Settings(String h2Url) {
        String upper = h2Url.toUpperCase(java.util.Locale.ROOT);
        String settings = h2Url;
        if (!upper.contains("QUERY_CACHE_SIZE")) {
            settings += ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE;
        }
        if (!upper.startsWith("JDBC:H2:MEM:") && !upper.contains("WRITE_DELAY")) {
            settings += ";WRITE_DELAY=0";
        }
        return settings;
    }

    private static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without parameters, which may carry a password. */
    private static String safeUrl(String url) {
        int cut = url.indexOf(isH2(url) ? ';' : '?');
        return cut < 0 ? url : url.substring(0, cut);
    }
}
