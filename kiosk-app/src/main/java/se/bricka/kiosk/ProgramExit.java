package se.bricka.kiosk;

import javafx.application.Platform;
import se.bricka.kiosk.maintenance.Restarter;

/**
 * Ends the board program the clean way: JavaFX stops the application (which closes the board), then
 * {@link Main} ends the process with the status asked for. The systemd unit restarts the board on
 * {@link #RESTART_STATUS} and leaves it stopped after a normal end.
 */
final class ProgramExit implements Restarter {

    /** The status a restart ends with; the unit's {@code RestartForceExitStatus}. */
    static final int RESTART_STATUS = 75;

    private static volatile int status;

    private final boolean desktopAllowed;

    ProgramExit(boolean desktopAllowed) {
        this.desktopAllowed = desktopAllowed;
    }

    /** The status the program should end with once JavaFX has stopped. */
    static int status() {
        return status;
    }

    @Override
    public void restart() {
        status = RESTART_STATUS;
        Platform.exit();
    }

    @Override
    public void exitToDesktop() {
        if (desktopAllowed) {
            status = 0;
            Platform.exit();
        }
    }

    @Override
    public boolean canExitToDesktop() {
        return desktopAllowed;
    }
}
