package se.bricka.backend.estate;

import java.time.Clock;
import se.bricka.backend.http.Json;
import se.bricka.backend.persistence.Database;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.backend.push.PostgresChangeRelay;
import se.bricka.backend.tags.TagAdminService;

/**
 * What the {@code estate} commands work with, opened only when a subcommand runs (so {@code --help}
 * touches no database). {@link #open} is the usual one: the database, and on PostgreSQL a publisher that
 * notifies every running backend node, whose devices then download their snapshots.
 */
public interface EstateRuntime extends AutoCloseable {

    EstateImporter importer();

    EstateExporter exporter();

    @Override
    void close();

    /**
     * Opens (and migrates) the database at {@code url}. On the embedded database a running backend
     * holds the file, so changes reach devices when they next resume from the change log.
     */
    static EstateRuntime open(String url, String user, String password, byte[] tagKey, Clock clock) {
        return over(Database.open(url, user, password), url, user, password, tagKey, clock);
    }

    /**
     * What the commands work with in {@code database}, opened already at {@code url}; closing the
     * runtime closes it.
     */
    static EstateRuntime over(Database database, String url, String user, String password, byte[] tagKey, Clock clock) {
        try {
            PostgresChangeRelay relay = url.startsWith("jdbc:postgresql:")
                    ? new PostgresChangeRelay(event -> {}, database.dataSource(), Json.newMapper(), url, user, password)
                    : null;
            ChangePublisher publisher = relay != null ? relay : event -> {};
            EstateImporter importer = new EstateImporter(
                    database.transactor(), publisher, tagKey, clock, TagAdminService.DEFAULT_MAX_TAGS);
            EstateExporter exporter = new EstateExporter(database.transactor());
            return new EstateRuntime() {
                @Override
                public EstateImporter importer() {
                    return importer;
                }

                @Override
                public EstateExporter exporter() {
                    return exporter;
                }

                @Override
                public void close() {
                    if (relay != null) {
                        relay.close();
                    }
                    database.close();
                }
            };
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
