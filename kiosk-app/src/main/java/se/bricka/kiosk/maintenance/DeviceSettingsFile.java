package se.bricka.kiosk.maintenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.kiosk.backend.WireJson;

/**
 * The board's screen settings in one file of its data folder, as JSON under a checksum
 * ({@link ChecksummedText}): replaced whole and forced to disk. A damaged file is refused with an
 * error in the log and the board starts with the defaults: every room, full brightness, normal text.
 */
public final class DeviceSettingsFile implements DeviceSettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceSettingsFile.class);

    private final Path file;
    private final ObjectMapper json = WireJson.mapper();

    public DeviceSettingsFile(Path file) {
        this.file = file;
    }

    @Override
    public DeviceSettings load() {
        Optional<String> body;
        try {
            body = ChecksummedText.read(file);
        } catch (ChecksummedText.DamagedException e) {
            return refused(e.getMessage());
        }
        if (body.isEmpty()) {
            return DeviceSettings.DEFAULTS;
        }
        try {
            return json.readValue(body.get(), DeviceSettings.class);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            return refused("it does not read as device settings (" + e.getMessage() + ")");
        }
    }

    @Override
    public void save(DeviceSettings settings) {
        try {
            ChecksummedText.write(file, json.writeValueAsString(settings));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the device settings to " + file, e);
        }
    }

    private DeviceSettings refused(String why) {
        LOG.error(
                "the device settings {} are refused because {}; the board shows every room at full brightness"
                        + " until a caretaker sets them again",
                file,
                why);
        return DeviceSettings.DEFAULTS;
    }
}
