package se.bricka.kiosk.door;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.tag.TagHasher;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.Indicator;
import se.bricka.kiosk.backend.BackendException;

/**
 * A device's door-access side, put together: the journal and the saved snapshot in the data folder,
 * the snapshot kept current by push, the uploader, and one {@link DoorController} per door. The board
 * and the headless door controller both run one.
 */
public final class DoorStation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DoorStation.class);

    private final DeviceLink link;
    private final ReferenceClock clock;
    private final AccessJournal journal;
    private final SnapshotSync sync;
    private final EventUploader uploader;
    private final TagHasher hasher;
    private final Map<String, DoorController> doors = new HashMap<>();

    private DoorStation(DeviceLink link, Path dataDir, Clock localClock) {
        this.link = link;
        this.clock = new ReferenceClock(localClock);
        this.hasher = new TagHasher(tagKey(link, dataDir.resolve("tag.key")));
        this.journal = AccessJournal.open(dataDir.resolve("access-journal.log"));
        this.sync = new SnapshotSync(link, new SnapshotStore(dataDir.resolve("snapshot.json")), clock, localClock);
        this.uploader = new EventUploader(journal, link, clock);
    }

    /**
     * Opens the station on {@code dataDir} and starts syncing and uploading. Needs the backend only
     * the very first time (for the tag key); after that it starts offline from what it saved.
     */
    public static DoorStation start(DeviceLink link, Path dataDir, Clock localClock) {
        DoorStation station = new DoorStation(Objects.requireNonNull(link, "link"), dataDir, localClock);
        station.sync.start();
        station.uploader.start();
        return station;
    }

    /** Adds the controller of door {@code doorId}, acting on {@code lock} and {@code indicator}. */
    public synchronized DoorController door(String doorId, DoorLock lock, Indicator indicator) {
        return doors.computeIfAbsent(
                doorId,
                id -> new DoorController(id, hasher, sync::current, journal, lock, indicator, clock, uploader::wake));
    }

    /** The snapshot side, for tests and the load harness. */
    public SnapshotSync sync() {
        return sync;
    }

    /** The journal, for tests. */
    public AccessJournal journal() {
        return journal;
    }

    /** The clock decisions use: the backend's time as measured. */
    public ReferenceClock clock() {
        return clock;
    }

    @Override
    public void close() {
        uploader.close();
        sync.close();
        journal.close();
        link.close();
    }

    /** The tag key from the backend, saved for offline restarts; the saved one when the backend is away. */
    private static byte[] tagKey(DeviceLink link, Path file) {
        try {
            byte[] key = link.tagKey();
            save(file, key);
            return key;
        } catch (BackendException e) {
            if (Files.exists(file)) {
                LOG.info("backend unreachable ({}); using the saved tag key", e.getMessage());
                return read(file);
            }
            throw new IllegalStateException("the backend is unreachable and no tag key was saved yet", e);
        }
    }

    private static void save(Path file, byte[] key) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardOpenOption.SYNC);
            Files.move(
                    temporary,
                    file,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the tag key to " + file, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tag key " + file, e);
        }
    }
}
