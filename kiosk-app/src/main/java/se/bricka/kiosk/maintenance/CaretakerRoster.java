package se.bricka.kiosk.maintenance;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.CaretakerPin;

/**
 * What the board knows of its caretakers, kept across restarts in one {@link CaretakerState}: their PIN
 * hashes and staff-tag hashes as the backend last sent them, the key tags are hashed with, and the
 * wrong-PIN count with its lock. Fetched again on every push that says the PINs changed.
 */
final class CaretakerRoster {

    private static final Logger LOG = LoggerFactory.getLogger(CaretakerRoster.class);

    private final CaretakerStateStore store;
    private final CaretakerPins pins = new CaretakerPins();
    private final PinAttempts attempts;
    private volatile String tagKey;

    CaretakerRoster(CaretakerStateStore store, Clock clock) {
        this.store = store;
        CaretakerState saved = store.load(clock.instant());
        pins.replaceWith(saved.pins());
        attempts = new PinAttempts(clock, saved.attempts());
        tagKey = saved.tagKey();
    }

    /** The wrong-PIN count and lock. */
    PinAttempts attempts() {
        return attempts;
    }

    /** How many caretakers have a PIN on this board. */
    int size() {
        return pins.size();
    }

    /** The caretaker whose staff tag {@code uid} is; empty for any other tag, or before the tag key is known. */
    Optional<CaretakerPin> holderOf(TagUid uid) {
        return hashOf(uid)
                .flatMap(hash -> pins.all().stream()
                        .filter(pin -> pin.staffTagHashes().contains(hash))
                        .findFirst());
    }

    /** The keyed hash of {@code uid}, as the backend knows staff tags; empty before the tag key is known. */
    Optional<String> hashOf(TagUid uid) {
        String key = tagKey;
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(new TagHasher(Base64.getDecoder().decode(key)).hash(uid));
    }

    /** The caretaker whose PIN this is. Slow on purpose: call on the action queue. */
    Optional<CaretakerPin> match(String pin) {
        return pins.match(pin);
    }

    /**
     * Takes the backend's current PINs and tag key, and keeps them.
     *
     * @throws se.bricka.kiosk.backend.BackendException when the backend does not answer; nothing changes
     */
    void reload(MaintenanceBackend backend) {
        var current = backend.caretakerPins();
        String key = backend.tagKey();
        pins.replaceWith(current);
        tagKey = key;
        save();
    }

    /** Keeps the roster and the wrong-PIN count; a failed save is logged and retried at the next one. */
    void save() {
        try {
            store.save(new CaretakerState(pins.all(), attempts.saved(), tagKey));
        } catch (UncheckedIOException e) {
            LOG.error("the caretaker state could not be saved; it holds until the next save", e);
        }
    }
}
