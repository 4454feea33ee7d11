package se.bricka.backend.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import se.bricka.backend.device.Device;
import se.bricka.backend.http.Json;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.core.access.AccessPolicy;
import se.bricka.core.wire.DeviceSnapshot;

/**
 * Builds a device's access snapshot. The change version is read first, in the same transaction as the
 * data, so the snapshot holds at least every change up to its version (a change committed meanwhile
 * may be in it too; its push makes the device fetch again, which is harmless).
 *
 * <p>Devices guarding the same doors get the same bytes: the JSON is built once per door set and
 * version and then served from memory, so a block pushed to a thousand devices costs one build and a
 * thousand cheap answers.
 */
public final class AccessSnapshots {

    /** How far ahead bookings are shipped; a device refetches on every change anyway. */
    static final int DAYS_AHEAD = 14;

    private final Transactor transactor;
    private final ChangeLog changeLog = new ChangeLog();
    private final AccessRepository repository = new AccessRepository();
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Duration earlyEntry;
    private final Duration grace;
    private final Map<String, Built> cache = new ConcurrentHashMap<>();

    /** The JSON of one snapshot and what it was built for. */
    public record Built(long version, LocalDate builtOn, byte[] json) {}

    /** @param earlyEntry how long before a slot its booker may open the room */
    public AccessSnapshots(Transactor transactor, ObjectMapper mapper, Clock clock, Duration earlyEntry) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.earlyEntry = Objects.requireNonNull(earlyEntry, "earlyEntry");
        this.grace = AccessPolicy.DEFAULT_GRACE;
    }

    /** The latest committed change version. */
    public long currentVersion() {
        return transactor.inTransaction(changeLog::currentVersion);
    }

    /** The snapshot of {@code device} as it is now. */
    public Built snapshotOf(Device device) {
        // One short transaction answers "which doors, which version"; a cached build answers the rest.
        record Key(String doors, long version) {}
        Key key = transactor.inTransaction(c -> new Key(doorKey(c, device), changeLog.currentVersion(c)));
        String doorKey = key.doors();
        long version = key.version();
        LocalDate today = LocalDate.now(clock.withZone(device.zone()));
        Built cached = cache.get(doorKey);
        if (cached != null && cached.version() >= version && cached.builtOn().equals(today)) {
            return cached;
        }
        synchronized (lockFor(doorKey)) {
            cached = cache.get(doorKey);
            if (cached != null
                    && cached.version() >= version
                    && cached.builtOn().equals(today)) {
                return cached;
            }
            Built built = build(device, today);
            cache.put(doorKey, built);
            return built;
        }
    }

    private Built build(Device device, LocalDate today) {
        LocalDate from = today.minusDays(1);
        LocalDate until = today.plusDays(DAYS_AHEAD);
        DeviceSnapshot snapshot = transactor.inTransaction(connection -> {
            long version = changeLog.currentVersion(connection);
            List<DeviceSnapshot.DoorView> doors = repository.doorsOf(connection, device.id());
            Set<Long> buildings = new LinkedHashSet<>();
            Set<Long> resources = new LinkedHashSet<>();
            Set<String> doorIds = new TreeSet<>();
            for (DeviceSnapshot.DoorView door : doors) {
                buildings.addAll(door.buildingIds());
                if (door.resourceId() != null) {
                    resources.add(door.resourceId());
                }
                doorIds.add(door.doorId());
            }
            return new DeviceSnapshot(
                    version,
                    device.zone().getId(),
                    (int) earlyEntry.toMinutes(),
                    (int) grace.toMinutes(),
                    doors,
                    repository.residents(connection, buildings),
                    repository.staff(connection, device.propertyId(), doorIds),
                    repository.bookings(connection, resources, from, until),
                    from,
                    until);
        });
        byte[] json = Json.write(mapper, snapshot).getBytes(StandardCharsets.UTF_8);
        return new Built(snapshot.version(), today, json);
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Object lockFor(String doorKey) {
        return locks.computeIfAbsent(doorKey, key -> new Object());
    }

    /** Devices with the same doors share a snapshot; the device's own id keys one without doors. */
    private String doorKey(Connection connection, Device device) throws SQLException {
        List<String> doors = repository.doorsOf(connection, device.id()).stream()
                .map(DeviceSnapshot.DoorView::doorId)
                .sorted()
                .toList();
        return doors.isEmpty() ? "device:" + device.id() : device.propertyId() + ":" + String.join(",", doors);
    }
}
