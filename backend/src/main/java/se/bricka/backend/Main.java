package se.bricka.backend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the backend from flags and environment variables; see {@link BackendConfigParser}. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    private static final int BAD_CONFIGURATION = 2;
    private static final int START_FAILED = 1;

    private Main() {}

    /** Starts a backend; exits with 2 on a bad setting and 1 when the start fails. */
    public static void main(String[] args) {
        BackendConfig config;
        try {
            config = BackendConfigParser.parse(args);
        } catch (ConfigException e) {
            // The message names the key and the value; a stack trace would add nothing for an operator.
            LOG.error("cannot start: {}", e.getMessage());
            System.exit(BAD_CONFIGURATION);
            return;
        }
        try {
            Backend backend = Backend.start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(backend::close, "bricka-shutdown"));
            LOG.info("Bricka backend ready at {}", backend.baseUri());
        } catch (RuntimeException e) {
            LOG.error("cannot start with {}", config, e);
            System.exit(START_FAILED);
        }
    }
}
