package se.bricka.backend;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import se.bricka.backend.cli.ServeOptions;

/**
 * Reads a {@link BackendConfig} from command-line flags and environment variables; a flag wins over
 * its variable. Any bad value is refused with a {@link ConfigException} naming the key and the value.
 * The flags are declared once, for picocli, in {@link ServeOptions} and {@code cli.DatabaseOptions}.
 *
 * <pre>
 * --port=8081          BRICKA_PORT          HTTP port, 0 for any free port
 * --bind=0.0.0.0       BRICKA_BIND_ADDRESS  the address to listen on (127.0.0.1 by default)
 * --db-url=jdbc:...    BRICKA_DB_URL        jdbc:h2: or jdbc:postgresql: URL
 * --db-user=...        BRICKA_DB_USER
 * --db-password=...    BRICKA_DB_PASSWORD
 * --data-dir=./data    BRICKA_DATA_DIR      where the embedded database and the generated tag key live
 * --tag-key=base64     BRICKA_TAG_KEY       the tag hashing key, at least 16 bytes
 * --zone=Europe/...    BRICKA_ZONE          the zone of a property seeded on first start
 * --demo, --no-demo    BRICKA_DEMO=true     seed the demo estate into an empty database (off by default)
 * </pre>
 */
public final class BackendConfigParser {

    /** One setting: its flag and its environment variable. */
    public enum Setting {
        PORT("--port", "BRICKA_PORT"),
        BIND("--bind", "BRICKA_BIND_ADDRESS"),
        DB_URL("--db-url", "BRICKA_DB_URL"),
        DB_USER("--db-user", "BRICKA_DB_USER"),
        DB_PASSWORD("--db-password", "BRICKA_DB_PASSWORD"),
        DATA_DIR("--data-dir", "BRICKA_DATA_DIR"),
        TAG_KEY("--tag-key", "BRICKA_TAG_KEY"),
        ZONE("--zone", "BRICKA_ZONE"),
        DEMO("--demo", "BRICKA_DEMO");

        final String flag;
        final String variable;

        Setting(String flag, String variable) {
            this.flag = flag;
            this.variable = variable;
        }

        /** The flag, e.g. {@code --port}. */
        public String flag() {
            return flag;
        }

        /** The environment variable, e.g. {@code BRICKA_PORT}. */
        public String variable() {
            return variable;
        }
    }

    /** A value and the key it came from, so that a refusal can name it. */
    public record Given(String key, String value) {}

    private BackendConfigParser() {}

    /** Reads the process's own arguments and environment. */
    public static BackendConfig parse(String[] args) {
        return parse(List.of(args), System.getenv());
    }

    /**
     * Reads the flags of {@code serve} in {@code args} over {@code environment}.
     *
     * @throws ConfigException naming the key and value of the first bad setting
     */
    public static BackendConfig parse(List<String> args, Map<String, String> environment) {
        ServeOptions options = new ServeOptions();
        try {
            new CommandLine(options).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new ConfigException(e.getMessage());
        }
        return build(options.given(), environment);
    }

    /**
     * The configuration from the flags given ({@code flags}) over {@code environment} over the defaults.
     *
     * @throws ConfigException naming the key and value of the first bad setting
     */
    public static BackendConfig build(Map<Setting, Given> flags, Map<String, String> environment) {
        Map<Setting, Given> given = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = environment.get(setting.variable);
            if (value != null) {
                given.put(setting, new Given(setting.variable, value));
            }
        }
        given.putAll(flags);
        return build(given);
    }

    private static BackendConfig build(Map<Setting, Given> given) {
        BackendConfig config = BackendConfig.defaults();
        if (given.containsKey(Setting.PORT)) {
            config = config.withPort(port(given.get(Setting.PORT)));
        }
        if (given.containsKey(Setting.BIND)) {
            config = config.withBindAddress(bindAddress(given.get(Setting.BIND)));
        }
        if (given.containsKey(Setting.DATA_DIR)) {
            config = config.withDataDir(dataDir(given.get(Setting.DATA_DIR)));
        }
        String url = given.containsKey(Setting.DB_URL) ? databaseUrl(given.get(Setting.DB_URL)) : null;
        config = config.withDatabase(url, valueOf(given, Setting.DB_USER), valueOf(given, Setting.DB_PASSWORD));
        if (given.containsKey(Setting.TAG_KEY)) {
            config = config.withTagKey(tagKey(given.get(Setting.TAG_KEY)));
        }
        if (given.containsKey(Setting.ZONE)) {
            config = config.withZone(zone(given.get(Setting.ZONE)));
        }
        if (given.containsKey(Setting.DEMO)) {
            config = config.withSeedDemo(bool(given.get(Setting.DEMO)));
        }
        return config;
    }

    private static String valueOf(Map<Setting, Given> given, Setting setting) {
        Given value = given.get(setting);
        return value == null ? null : value.value();
    }

    private static int port(Given given) {
        try {
            int port = Integer.parseInt(given.value().strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same sentence as an out-of-range number
        }
        throw refuse(given, "must be a port number from 0 to 65535");
    }

    /** An IP address or a host name; Jetty resolves it when it binds. */
    private static String bindAddress(Given given) {
        String address = given.value().strip();
        if (address.isEmpty() || !address.matches("[A-Za-z0-9.:_-]+")) {
            throw refuse(given, "must be an IP address such as 127.0.0.1 or 0.0.0.0, or a host name");
        }
        return address;
    }

    private static Path dataDir(Given given) {
        if (given.value().isBlank()) {
            throw refuse(given, "must name a folder");
        }
        try {
            return Path.of(given.value());
        } catch (InvalidPathException e) {
            throw refuse(given, "must be a valid folder path");
        }
    }

    private static String databaseUrl(Given given) {
        String url = given.value().strip();
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw refuse(given, "must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        return url;
    }

    private static byte[] tagKey(Given given) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(given.value().strip());
        } catch (IllegalArgumentException e) {
            throw refuse(given, "must be base64");
        }
        if (key.length < BackendConfig.MIN_TAG_KEY_BYTES) {
            // The value is (part of) a secret: name its size, not its bytes.
            throw new ConfigException(given.key() + " must be at least " + BackendConfig.MIN_TAG_KEY_BYTES
                    + " bytes, was " + key.length + " bytes");
        }
        return key;
    }

    private static ZoneId zone(Given given) {
        try {
            return ZoneId.of(given.value().strip());
        } catch (DateTimeException e) {
            throw refuse(given, "must be a time zone such as Europe/Stockholm");
        }
    }

    private static boolean bool(Given given) {
        return switch (given.value().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw refuse(given, "must be true or false");
        };
    }

    private static ConfigException refuse(Given given, String rule) {
        return new ConfigException(given.key() + " " + rule + ", was '" + given.value() + "'");
    }
}
