package se.bricka.kiosk.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrolled device token in one file of the board's data folder, readable by the board's user only
 * and replaced whole ({@link AtomicFile}). It is the board's password towards the backend: it is
 * never logged.
 */
public final class DeviceTokenFile implements DeviceTokenStore {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceTokenFile.class);

    private final Path file;

    public DeviceTokenFile(Path file) {
        this.file = file;
    }

    @Override
    public Optional<String> load() {
        try {
            String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (token.isEmpty() || !token.chars().allMatch(c -> c > ' ' && c < 127)) {
                LOG.error("the enrolled device token in {} is unreadable; the board uses its configured token", file);
                return Optional.empty();
            }
            return Optional.of(token);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.error("the enrolled device token in {} cannot be read: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void save(String token) {
        try {
            AtomicFile.write(file, (token + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the device token to " + file, e);
        }
    }
}
