package se.bricka.backend.cli;

import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.BackendConfigParser;
import se.bricka.backend.BackendConfigParser.Given;
import se.bricka.backend.BackendConfigParser.Setting;

/** The flags of {@code serve}: the database's, and how the backend listens, hashes tags and seeds. */
public final class ServeOptions implements EnvironmentAware {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "HTTP port, 0 for any free one (BRICKA_PORT; default 8080).")
    String port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "Address to listen on (BRICKA_BIND_ADDRESS; default 127.0.0.1, behind a TLS proxy;"
                    + " 0.0.0.0 for every interface).")
    String bind;

    @Option(
            names = "--tag-key",
            paramLabel = "BASE64",
            description = "Key tag UIDs are hashed with, at least 16 bytes (BRICKA_TAG_KEY; default the key generated"
                    + " on first start in the data folder's tag-key file).")
    String tagKey;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            description = "Time zone of a property seeded on first start (BRICKA_ZONE; default Europe/Stockholm).")
    String zone;

    @Option(
            names = "--demo",
            negatable = true,
            description = "Seed the public demo estate, staff accounts and device tokens into an empty database"
                    + " (BRICKA_DEMO=true). Off by default: never for real use.")
    Boolean demo;

    @Override
    public void environment(Map<String, String> environment) {
        database.environment(environment);
    }

    /** The flags given, by setting. */
    public Map<Setting, Given> given() {
        Map<Setting, Given> given = database.given();
        DatabaseOptions.put(given, Setting.PORT, port);
        DatabaseOptions.put(given, Setting.BIND, bind);
        DatabaseOptions.put(given, Setting.TAG_KEY, tagKey);
        DatabaseOptions.put(given, Setting.ZONE, zone);
        if (demo != null) {
            given.put(Setting.DEMO, new Given(demo ? "--demo" : "--no-demo", demo.toString()));
        }
        return given;
    }

    /**
     * The configuration these flags and the environment give.
     *
     * @throws se.bricka.backend.ConfigException naming a bad key and value
     */
    public BackendConfig config() {
        return BackendConfigParser.build(given(), database.environment());
    }
}
