package se.bricka.kiosk;

import java.util.List;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the board. Not an {@link Application} itself, so that JavaFX starts from the class path.
 * Options: {@value KioskOptions#USAGE}.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    /** Checks the options, then starts JavaFX; a bad option ends the program with status 2. */
    public static void main(String[] args) {
        try {
            KioskOptions.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.error("cannot start the board: {}", e.getMessage());
            System.exit(2);
        }
        Application.launch(KioskApp.class, args);
    }
}
