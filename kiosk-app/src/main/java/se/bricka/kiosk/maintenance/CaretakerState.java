package se.bricka.kiosk.maintenance;

import java.util.List;
import java.util.Objects;
import se.bricka.core.wire.CaretakerPin;

/**
 * What the maintenance mode keeps across a restart: the caretakers' PIN hashes last fetched and the
 * count of wrong PINs with the lock they led to.
 */
public record CaretakerState(List<CaretakerPin> pins, PinAttempts.Saved attempts) {

    public CaretakerState {
        pins = List.copyOf(pins);
        Objects.requireNonNull(attempts, "attempts");
    }

    /** A board's first start: no PINs yet, no wrong tries. */
    public static CaretakerState empty() {
        return new CaretakerState(List.of(), PinAttempts.Saved.NONE);
    }
}
