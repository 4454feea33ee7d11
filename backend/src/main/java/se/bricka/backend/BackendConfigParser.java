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

/**
 * Reads a {@link BackendConfig} from command-line flags and environment variables; a flag wins over
 * its variable. Any bad value is refused with a {@link ConfigException} naming the key and the value.
 *
 * <pre>
 * --port=8081          BRICKA_PORT          HTTP port, 0 for any free port
 * --db-url=jdbc:...    BRICKA_DB_URL        jdbc:h2: or jdbc:postgresql: URL
 * --db-user=...        BRICKA_DB_USER
 * --db-password=...    BRICKA_DB_PASSWORD
 * --data-dir=./data    BRICKA_DATA_DIR      where the embedded database lives
 * --tag-key=base64     BRICKA_TAG_KEY       the tag hashing key, at least 16 bytes
 * --zone=Europe/...    BRICKA_ZONE          the zone of a property seeded on first start
 * --no-demo            BRICKA_DEMO=false    never seed demo data
 * </pre>
 */
public final class BackendConfigParser {

    private enum Setting {
        PORT("--port", "BRICKA_PORT"),
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
    }

    /** A value and the key it came from, so that a refusal can name it. */
    private record Given(String key, String value) {}

    private BackendConfigParser() {}

    /** Reads the process's own arguments and environment. */
    public static BackendConfig parse(String[] args) {
        return parse(List.of(args), System.getenv());
    }

    /**
     * Reads {@code args} over {@code environment}.
     *
     * @throws ConfigException naming the key and value of the first bad setting
     */
    public static BackendConfig parse(List<String> args, Map<String, String> environment) {
        Map<Setting, Given> given = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = environment.get(setting.variable);
            if (value != null) {
                given.put(setting, new Given(setting.variable, value));
            }
        }
        for (String arg : args) {
            readFlag(arg, given);
        }
        return build(given);
    }

    private static void readFlag(String arg, Map<Setting, Given> given) {
        if (arg.equals("--no-demo")) {
            given.put(Setting.DEMO, new Given(arg, "false"));
            return;
        }
        int equals = arg.indexOf('=');
        String flag = equals < 0 ? arg : arg.substring(0, equals);
        for (Setting setting : Setting.values()) {
            if (setting.flag.equals(flag) && setting != Setting.DEMO) {
                if (equals < 0) {
                    throw new ConfigException(flag + " needs a value, as in " + flag + "=…, was '" + arg + "'");
                }
                given.put(setting, new Given(flag, arg.substring(equals + 1)));
                return;
            }
        }
        throw new ConfigException("unknown option '" + arg + "'");
    }

    private static BackendConfig build(Map<Setting, Given> given) {
        BackendConfig config = BackendConfig.defaults();
        if (given.containsKey(Setting.PORT)) {
            config = config.withPort(port(given.get(Setting.PORT)));
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
        if (!config.seedDemo() && config.tagKey() == null) {
            throw new ConfigException("BRICKA_TAG_KEY (or --tag-key) is required when demo data is off");
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
