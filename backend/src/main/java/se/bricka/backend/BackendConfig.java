package se.bricka.backend;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import se.bricka.core.demo.DemoEstate;

/**
 * How one backend runs. Build it from {@link #defaults()} or {@link #forTests(Clock)} and the
 * {@code with…} methods, or from the command line and environment with {@link BackendConfigParser}.
 *
 * @param port the HTTP port; 0 picks a free one
 * @param bindAddress the address the HTTP server listens on: {@value #DEFAULT_BIND_ADDRESS} (this
 *     machine only, behind a TLS proxy) unless told otherwise, {@code 0.0.0.0} for every interface
 * @param dataDir where the embedded database lives when {@code databaseUrl} is {@code null}
 * @param databaseUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL; {@code null} means an H2 file
 *     database in {@code dataDir}, see {@link #jdbcUrl()}
 * @param databaseUser the database user; {@code null} for the driver's default
 * @param databasePassword the database password; {@code null} for none
 * @param seedDemo whether to seed {@link DemoEstate} into an empty database (only with {@code --demo})
 * @param tagKey the key tag UIDs are hashed with; {@code null} means the demo key with {@code seedDemo},
 *     else the key generated on first start in {@code dataDir} (see {@code install.TagKeyFile})
 * @param zone the zone of a property seeded on first start
 * @param clock the clock every rule reads; fixed in tests
 */
public record BackendConfig(
        int port,
        String bindAddress,
        Path dataDir,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        boolean seedDemo,
        byte[] tagKey,
        ZoneId zone,
        Clock clock) {

    public static final int DEFAULT_PORT = 8080;
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    /**
     * Loopback: the backend speaks plain HTTP and its staff cookies are {@code Secure}, so in service it
     * sits behind a TLS proxy on the same machine; nothing unencrypted is exposed until an operator
     * chooses to ({@code --bind=0.0.0.0}).
     */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    /** Tag keys shorter than this are refused, as {@code TagHasher} does. */
    public static final int MIN_TAG_KEY_BYTES = 16;

    public BackendConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
        if (tagKey != null && tagKey.length < MIN_TAG_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "tag key must be at least " + MIN_TAG_KEY_BYTES + " bytes, was " + tagKey.length + " bytes");
        }
        tagKey = tagKey == null ? null : tagKey.clone();
    }

    /** Port 8080 on loopback, an H2 file database in {@code ./data}, no demo data, system clock. */
    public static BackendConfig defaults() {
        return new BackendConfig(
                DEFAULT_PORT,
                DEFAULT_BIND_ADDRESS,
                DEFAULT_DATA_DIR,
                null,
                null,
                null,
                false,
                null,
                ZoneId.of(DemoEstate.ZONE),
                Clock.systemUTC());
    }

    /** A random free port, a fresh in-memory H2 database with demo data, and {@code clock}. */
    public static BackendConfig forTests(Clock clock) {
        String url = "jdbc:h2:mem:bricka-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return defaults()
                .withPort(0)
                .withDatabase(url, null, null)
                .withSeedDemo(true)
                .withClock(clock);
    }

    /** The JDBC URL to connect to: {@link #databaseUrl()}, or the H2 file database in the data folder. */
    public String jdbcUrl() {
        if (databaseUrl != null) {
            return databaseUrl;
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("bricka");
    }

    @Override
    public byte[] tagKey() {
        return tagKey == null ? null : tagKey.clone();
    }

    /** A copy listening on {@code newPort}; 0 picks a free port. */
    public BackendConfig withPort(int newPort) {
        return new BackendConfig(
                newPort,
                bindAddress,
                dataDir,
                databaseUrl,
                databaseUser,
                databasePassword,
                seedDemo,
                tagKey,
                zone,
                clock);
    }

    /** A copy listening on {@code newBindAddress} ({@code 0.0.0.0} for every interface). */
    public BackendConfig withBindAddress(String newBindAddress) {
        return new BackendConfig(
                port,
                newBindAddress,
                dataDir,
                databaseUrl,
                databaseUser,
                databasePassword,
                seedDemo,
                tagKey,
                zone,
                clock);
    }

    /** A copy whose embedded database (when no URL is set) lives in {@code newDataDir}. */
    public BackendConfig withDataDir(Path newDataDir) {
        return new BackendConfig(
                port,
                bindAddress,
                newDataDir,
                databaseUrl,
                databaseUser,
                databasePassword,
                seedDemo,
                tagKey,
                zone,
                clock);
    }

    /** @param url the JDBC URL, or {@code null} for the H2 file database in the data folder */
    public BackendConfig withDatabase(String url, String user, String password) {
        return new BackendConfig(port, bindAddress, dataDir, url, user, password, seedDemo, tagKey, zone, clock);
    }

    /** A copy that seeds the demo estate into an empty database, or never. */
    public BackendConfig withSeedDemo(boolean newSeedDemo) {
        return new BackendConfig(
                port,
                bindAddress,
                dataDir,
                databaseUrl,
                databaseUser,
                databasePassword,
                newSeedDemo,
                tagKey,
                zone,
                clock);
    }

    /** A copy hashing tags with {@code newTagKey} (at least 16 bytes; {@code null} for the demo key). */
    public BackendConfig withTagKey(byte[] newTagKey) {
        return new BackendConfig(
                port,
                bindAddress,
                dataDir,
                databaseUrl,
                databaseUser,
                databasePassword,
                seedDemo,
                newTagKey,
                zone,
                clock);
    }

    /** A copy whose first-start property is in {@code newZone}. */
    public BackendConfig withZone(ZoneId newZone) {
        return new BackendConfig(
                port,
                bindAddress,
                dataDir,
                databaseUrl,
                databaseUser,
                databasePassword,
                seedDemo,
                tagKey,
                newZone,
                clock);
    }

    /** A copy whose rules read {@code newClock}. */
    public BackendConfig withClock(Clock newClock) {
        return new BackendConfig(
                port,
                bindAddress,
                dataDir,
                databaseUrl,
                databaseUser,
                databasePassword,
                seedDemo,
                tagKey,
                zone,
                newClock);
    }

    /** Leaves the password and key out, so a config can be logged. */
    @Override
    public String toString() {
        return "BackendConfig[port=" + port + ", bind=" + bindAddress + ", database=" + jdbcUrl() + ", seedDemo="
                + seedDemo + ", zone=" + zone + "]";
    }
}
