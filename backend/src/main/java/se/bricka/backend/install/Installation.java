package se.bricka.backend.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.persistence.Database;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.demo.DemoEstate;

/**
 * Secure by default, in the few steps a backend (or a command) takes before it touches data: the
 * tag key, the owner-only data folder and embedded database, and the checks of {@link InstallationCheck}.
 */
public final class Installation {

    private static final Logger LOG = LoggerFactory.getLogger(Installation.class);

    /** How the embedded database's files begin: {@code bricka.mv.db}, {@code bricka.trace.db}, … */
    private static final String H2_FILES = "bricka.*";

    private Installation() {}

    /**
     * The key tags are hashed with: the configured one; the public demo key with {@code --demo}; else
     * the one generated in the data folder on first start ({@link TagKeyFile}).
     *
     * @throws se.bricka.backend.ConfigException for the demo key outside the demo
     */
    public static byte[] tagKey(BackendConfig config) {
        byte[] key;
        if (config.tagKey() != null) {
            key = config.tagKey();
        } else if (config.seedDemo()) {
            key = DemoEstate.TAG_KEY.clone();
        } else {
            key = TagKeyFile.loadOrCreate(config.dataDir());
        }
        InstallationCheck.checkKey(key, config.seedDemo());
        return key;
    }

    /**
     * Opens and migrates the database; the embedded one is created in an owner-only folder, and its
     * files are made owner-only. (H2 writes a trace file only on errors; one written while the backend
     * runs is made owner-only at the next start, and the folder keeps it from others meanwhile.)
     */
    public static Database openDatabase(BackendConfig config) {
        boolean embedded = config.databaseUrl() == null;
        if (embedded) {
            OwnerOnly.folder(config.dataDir());
        }
        try {
            return Database.open(config.jdbcUrl(), config.databaseUser(), config.databasePassword());
        } finally {
            // Also when the open fails: H2 then leaves a trace file behind.
            if (embedded) {
                protectFiles(config.dataDir());
            }
        }
    }

    /**
     * Refuses what must not run outside the demo ({@link InstallationCheck}), and says in one line how
     * to begin when there is no IT administration account yet.
     */
    public static void check(BackendConfig config, Transactor transactor, byte[] tagKey) {
        InstallationCheck.checkDatabase(transactor, tagKey, config.seedDemo());
        if (!config.seedDemo() && !hasActiveAdministrator(transactor)) {
            LOG.info("no IT administration account yet: run 'java -jar backend.jar init' (with this database's"
                    + " settings) to create one and get its one-time sign-in link");
        }
    }

    /** Whether an IT administration account that is not disabled exists. */
    public static boolean hasActiveAdministrator(Transactor transactor) {
        return transactor.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT COUNT(*) FROM staff_account WHERE staff_role = 'IT_ADMINISTRATION'"
                                    + " AND disabled_at IS NULL");
                    ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        });
    }

    private static void protectFiles(Path dataDir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, H2_FILES)) {
            files.forEach(OwnerOnly::file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the data folder " + dataDir.toAbsolutePath(), e);
        }
    }
}
