package se.bricka.kiosk.maintenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.CaretakerPin;
import se.bricka.kiosk.backend.WireJson;

/**
 * The maintenance mode's state in one file of the board's data folder, as JSON under a checksum
 * ({@link ChecksummedText}): written whole and forced to disk. A file that fails its checksum or
 * does not read as a state is refused with an error in the log, and the board starts with the pad
 * locked for the longest lock and no PINs until the backend sends them: never open.
 */
public final class CaretakerStateFile implements CaretakerStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(CaretakerStateFile.class);

    private final Path file;
    private final ObjectMapper json = WireJson.mapper();

    public CaretakerStateFile(Path file) {
        this.file = file;
    }

    @Override
    public CaretakerState load(Instant now) {
        Optional<String> body;
        try {
            body = ChecksummedText.read(file);
        } catch (ChecksummedText.DamagedException e) {
            return refused(e.getMessage(), now);
        }
        if (body.isEmpty()) {
            return CaretakerState.empty();
        }
        try {
            return checked(json.readValue(body.get(), CaretakerState.class));
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            return refused("it does not read as a caretaker state (" + e.getMessage() + ")", now);
        }
    }

    @Override
    public void save(CaretakerState state) {
        try {
            ChecksummedText.write(file, json.writeValueAsString(state));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the caretaker state to " + file, e);
        }
    }

    private CaretakerState refused(String why, Instant now) {
        LOG.error(
                "the caretaker state {} is refused because {}; the PIN pad stays locked and holds no PINs"
                        + " until the backend sends them",
                file,
                why);
        return new CaretakerState(List.of(), PinAttempts.Saved.lockedOut(now), null);
    }

    private static CaretakerState checked(CaretakerState state) {
        for (CaretakerPin pin : state.pins()) {
            if (pin.name() == null || pin.salt() == null || pin.hash() == null || pin.iterations() <= 0) {
                throw new IllegalArgumentException("incomplete PIN of caretaker " + pin.caretakerId());
            }
        }
        if (state.tagKey() != null) {
            java.util.Base64.getDecoder().decode(state.tagKey());
        }
        PinAttempts.Saved attempts = state.attempts();
        if (attempts.failuresInRow() < 0 || attempts.locksSoFar() < 0 || attempts.lockedUntil() == null) {
            throw new IllegalArgumentException("impossible PIN attempts " + attempts);
        }
        return state;
    }
}
