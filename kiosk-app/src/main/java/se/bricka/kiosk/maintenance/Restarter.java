package se.bricka.kiosk.maintenance;

/**
 * Ends the board program on a caretaker's word: to have its service start it again, or to leave the
 * panel at its desktop where the installation allows that.
 */
public interface Restarter {

    /** For boards that cannot end themselves (tests, demos): nothing happens. */
    Restarter NONE = new Restarter() {
        @Override
        public void restart() {}

        @Override
        public void exitToDesktop() {}

        @Override
        public boolean canExitToDesktop() {
            return false;
        }
    };

    /** Closes the board cleanly and ends the program with the status its service restarts on. */
    void restart();

    /** Closes the board cleanly and ends the program for good; only when {@link #canExitToDesktop()}. */
    void exitToDesktop();

    /** Whether this installation lets a caretaker leave the board for the desktop. */
    boolean canExitToDesktop();
}
