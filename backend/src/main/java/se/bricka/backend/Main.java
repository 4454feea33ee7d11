package se.bricka.backend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the backend from flags and environment variables; see {@link BackendConfigParser}. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        BackendConfig config;
        try {
            config = BackendConfigParser.parse(args);
        } catch (ConfigException e) {
            LOG.error("cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Backend backend = Backend.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(backend::close, "bricka-shutdown"));
        LOG.info("Bricka backend ready at {}", backend.baseUri());
    }
}
