package se.bricka.backend;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import se.bricka.backend.cli.BrickaCommand;

/**
 * Runs the backend's command line ({@link BrickaCommand}): {@code serve} by default, {@code init},
 * {@code staff …}, {@code device …}. Exits with 2 on bad input and 1 when the work failed.
 */
public final class Main {

    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Main() {}

    public static void main(String[] args) {
        if (!BrickaCommand.serves(args) && System.getProperty(LOG_LEVEL) == null) {
            // An administrative command prints its own result; the pool's and Flyway's progress is noise there.
            System.setProperty(LOG_LEVEL, "warn");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(BrickaCommand.execute(args, System.getenv(), out, err));
    }
}
