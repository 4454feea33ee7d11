package se.bricka.kiosk.maintenance;

import java.util.Objects;
import se.bricka.hw.display.Backlight;
import se.bricka.hw.display.SimulatedBacklight;

/**
 * The parts of the maintenance mode that depend on how the board is installed: where it keeps the
 * caretakers' PIN state, its enrolled device token, its screen settings and the maintenance events
 * waiting for the backend, how it ends itself, and the panel's backlight.
 */
public record BoardInstallation(
        CaretakerStateStore caretakerState,
        DeviceTokenStore deviceToken,
        Restarter restarter,
        DeviceSettingsStore deviceSettings,
        Backlight backlight,
        CaretakerEventStore caretakerEvents) {

    /** Keeps nothing and cannot end the program: for tests and demos. */
    public static final BoardInstallation NONE =
            new BoardInstallation(CaretakerStateStore.NONE, DeviceTokenStore.NONE, Restarter.NONE);

    public BoardInstallation {
        Objects.requireNonNull(caretakerState, "caretakerState");
        Objects.requireNonNull(deviceToken, "deviceToken");
        Objects.requireNonNull(restarter, "restarter");
        Objects.requireNonNull(deviceSettings, "deviceSettings");
        Objects.requireNonNull(backlight, "backlight");
        Objects.requireNonNull(caretakerEvents, "caretakerEvents");
    }

    /** An installation whose screen settings and waiting events are not kept, on a simulated backlight. */
    public BoardInstallation(CaretakerStateStore caretakerState, DeviceTokenStore deviceToken, Restarter restarter) {
        this(
                caretakerState,
                deviceToken,
                restarter,
                DeviceSettingsStore.NONE,
                new SimulatedBacklight(),
                CaretakerEventStore.NONE);
    }
}
