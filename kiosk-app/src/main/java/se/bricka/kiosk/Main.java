package se.bricka.kiosk;

import java.util.List;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.kiosk.door.DoorControllerMain;

/**
 * Starts the board. Not an {@link Application} itself, so that JavaFX starts from the class path.
 * Options: {@value KioskOptions#USAGE}.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private static final String HEADLESS = "--headless";

    private Main() {}

    /**
     * Checks the options, then starts JavaFX; a bad option ends the program with status 2. With {@code
     * --headless} it runs the door controller without a screen instead ({@link DoorControllerMain}).
     */
    public static void main(String[] args) {
        if (List.of(args).contains(HEADLESS)) {
            DoorControllerMain.main(
                    List.of(args).stream().filter(a -> !a.equals(HEADLESS)).toArray(String[]::new));
            return;
        }
        try {
            KioskOptions.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.error("cannot start the board: {}", e.getMessage());
            System.exit(2);
        }
        Application.launch(KioskApp.class, args);
        // The board has closed; a caretaker's restart ends with the status the service restarts on.
        System.exit(ProgramExit.status());
    }
}
