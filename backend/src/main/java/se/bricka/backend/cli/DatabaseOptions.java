package se.bricka.backend.cli;

import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.BackendConfigParser;
import se.bricka.backend.BackendConfigParser.Given;
import se.bricka.backend.BackendConfigParser.Setting;
import se.bricka.backend.install.Installation;
import se.bricka.backend.persistence.Database;

/**
 * The flags every subcommand reaches the database with, the same as {@code serve}'s (a flag wins over
 * its environment variable). A command mixes them in with {@code @Mixin DatabaseOptions database;}.
 */
public final class DatabaseOptions implements EnvironmentAware {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "Folder of the embedded database and the generated tag key (BRICKA_DATA_DIR; default ./data).")
    String dataDir;

    @Option(
            names = "--db-url",
            paramLabel = "JDBC-URL",
            description = "jdbc:h2: or jdbc:postgresql: URL (BRICKA_DB_URL; default an H2 file database in the data"
                    + " folder).")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (BRICKA_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password (BRICKA_DB_PASSWORD).")
    String dbPassword;

    private Map<String, String> environment = System.getenv();

    @Override
    public void environment(Map<String, String> newEnvironment) {
        this.environment = newEnvironment;
    }

    /** The environment the command reads. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The database flags given, by setting. */
    public Map<Setting, Given> given() {
        Map<Setting, Given> given = new EnumMap<>(Setting.class);
        put(given, Setting.DATA_DIR, dataDir);
        put(given, Setting.DB_URL, dbUrl);
        put(given, Setting.DB_USER, dbUser);
        put(given, Setting.DB_PASSWORD, dbPassword);
        return given;
    }

    /**
     * The configuration these flags and the environment give.
     *
     * @throws se.bricka.backend.ConfigException naming a bad key and value
     */
    public BackendConfig config() {
        return BackendConfigParser.build(given(), environment);
    }

    /** Opens (and migrates) the database these flags name; the embedded one owner-only. */
    public Database open() {
        return Installation.openDatabase(config());
    }

    static void put(Map<Setting, Given> given, Setting setting, String value) {
        if (value != null) {
            given.put(setting, new Given(setting.flag(), value));
        }
    }
}
