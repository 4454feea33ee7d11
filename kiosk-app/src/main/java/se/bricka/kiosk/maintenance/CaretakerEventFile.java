package se.bricka.kiosk.maintenance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.kiosk.backend.WireJson;

/**
 * The maintenance events waiting for the backend, in one file of the board's data folder: a JSON list
 * under a checksum ({@link ChecksummedText}), replaced whole and forced to disk on every change. The
 * list is short (a caretaker's visit makes a few events, and they leave as soon as the backend answers),
 * so rewriting it whole costs little and leaves no half-written line to repair.
 */
public final class CaretakerEventFile implements CaretakerEventStore {

    private static final Logger LOG = LoggerFactory.getLogger(CaretakerEventFile.class);
    private static final TypeReference<List<CaretakerEventReport>> LIST = new TypeReference<>() {};

    private final Path file;
    private final ObjectMapper json = WireJson.mapper();

    public CaretakerEventFile(Path file) {
        this.file = file;
    }

    @Override
    public List<CaretakerEventReport> load() {
        Optional<String> body;
        try {
            body = ChecksummedText.read(file);
        } catch (ChecksummedText.DamagedException e) {
            return refused(e.getMessage());
        }
        if (body.isEmpty()) {
            return List.of();
        }
        try {
            List<CaretakerEventReport> events = json.readValue(body.get(), LIST);
            if (events.stream()
                    .anyMatch(event -> event == null || event.kind() == null || event.occurredAt() == null)) {
                return refused("it holds an incomplete event");
            }
            return List.copyOf(events);
        } catch (IOException e) {
            return refused("it does not read as a list of events (" + e.getMessage() + ")");
        }
    }

    @Override
    public void save(List<CaretakerEventReport> waiting) {
        try {
            ChecksummedText.write(file, json.writeValueAsString(waiting));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the waiting maintenance events to " + file, e);
        }
    }

    private List<CaretakerEventReport> refused(String why) {
        LOG.error("the waiting maintenance events {} are refused because {}; they are not sent", file, why);
        return List.of();
    }
}
