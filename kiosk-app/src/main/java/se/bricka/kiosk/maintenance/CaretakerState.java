package se.bricka.kiosk.maintenance;

import java.util.List;
import java.util.Objects;
import se.bricka.core.wire.CaretakerPin;

/**
 * What the maintenance mode keeps across a restart: the caretakers' PIN hashes last fetched, the
 * count of wrong PINs with the lock they led to, and the property's tag key (base64, {@code null}
 * before the first fetch) so that a caretaker's staff tag is known offline too.
 */
public record CaretakerState(List<CaretakerPin> pins, PinAttempts.Saved attempts, String tagKey) {

    public CaretakerState {
        pins = List.copyOf(pins);
        Objects.requireNonNull(attempts, "attempts");
    }

    /** A board's first start: no PINs yet, no wrong tries. */
    public static CaretakerState empty() {
        return new CaretakerState(List.of(), PinAttempts.Saved.NONE, null);
    }
}
