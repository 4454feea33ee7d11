package se.bricka.kiosk.maintenance;

/**
 * The parts of the maintenance mode that depend on how the board is installed: where it keeps the
 * caretakers' PIN state and its enrolled device token, and how it ends itself.
 */
public record BoardInstallation(CaretakerStateStore caretakerState, DeviceTokenStore deviceToken, Restarter restarter) {

    /** Keeps nothing and cannot end the program: for tests and demos. */
    public static final BoardInstallation NONE =
            new BoardInstallation(CaretakerStateStore.NONE, DeviceTokenStore.NONE, Restarter.NONE);
}
