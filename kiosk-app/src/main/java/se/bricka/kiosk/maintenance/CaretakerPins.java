package se.bricka.kiosk.maintenance;

import java.util.List;
import java.util.Optional;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.core.caretaker.PinHasher.PinHash;
import se.bricka.core.wire.CaretakerPin;

/** The caretaker PIN hashes this board holds: the latest the backend sent. Never a PIN in the clear. */
public final class CaretakerPins {

    private volatile List<CaretakerPin> pins = List.of();

    /** Replaces every PIN with the backend's current ones: a revoked PIN is gone from here on. */
    public void replaceWith(List<CaretakerPin> current) {
        pins = List.copyOf(current);
    }

    /** The caretaker whose PIN {@code pin} is. Slow on purpose (PBKDF2): call off the FX thread. */
    public Optional<CaretakerPin> match(String pin) {
        return pins.stream()
                .filter(stored ->
                        PinHasher.matches(pin, new PinHash(stored.salt(), stored.hash(), stored.iterations())))
                .findFirst();
    }

    /** The PIN hashes held, to keep them across a restart. */
    public List<CaretakerPin> all() {
        return pins;
    }

    /** How many caretakers have a PIN on this board. */
    public int size() {
        return pins.size();
    }
}
