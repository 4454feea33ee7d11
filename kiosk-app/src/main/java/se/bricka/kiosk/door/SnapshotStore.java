package se.bricka.kiosk.door;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.DeviceSnapshot;
import se.bricka.core.wire.DeviceSnapshotCodec;

/**
 * The last good snapshot on disk, so a device restarted without network still opens its doors. A save
 * writes a new file, forces it and renames it over the old one, so a power cut leaves either the old
 * or the new snapshot, never a mix.
 */
public final class SnapshotStore {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);

    private final Path file;
    private final ObjectMapper json = DoorJson.mapper();

    /** Keeps the snapshot in {@code file}. */
    public SnapshotStore(Path file) {
        this.file = file;
    }

    /** Saves {@code snapshot}, replacing the previous one atomically. */
    public void save(DeviceSnapshot snapshot) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel out = FileChannel.open(
                    temporary,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(json.writeValueAsBytes(snapshot));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the snapshot to " + file, e);
        }
    }

    /** The saved snapshot, checked whole; empty when there is none or it is unreadable. */
    public Optional<DeviceSnapshot> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            DeviceSnapshot snapshot = json.readValue(file.toFile(), DeviceSnapshot.class);
            DeviceSnapshotCodec.decode(snapshot);
            return Optional.of(snapshot);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("the saved snapshot {} is unreadable and is ignored: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
