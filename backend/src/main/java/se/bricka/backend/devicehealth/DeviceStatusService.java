package se.bricka.backend.devicehealth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.bricka.backend.device.Device;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.wire.DeviceStatusReport;
import se.bricka.core.wire.DeviceStatusReport.DoorStatus;
import se.bricka.core.wire.DeviceStatusReport.ReaderStatus;

/**
 * Devices' status reports: each one checked whole (a bad one is refused and changes nothing), then
 * stored as the device's last; and the devices page's view of them, with a device that has been silent
 * for {@link #SILENT_AFTER} flagged.
 */
public final class DeviceStatusService {

    /** A device that has not reported for this long is flagged on the page. */
    public static final Duration SILENT_AFTER = Duration.ofMinutes(10);

    static final Set<String> KINDS = Set.of(DeviceStatusReport.BOARD, DeviceStatusReport.DOOR_CONTROLLER);
    static final Set<String> READER_STATES = Set.of("OK", "NOT_ANSWERING", "FAULTY");
    static final Set<String> DOOR_STATES = Set.of("CLOSED", "OPEN", "FORCED", "HELD_OPEN", "UNKNOWN");

    private static final int MAX_VERSION_LENGTH = 64;
    private static final int MAX_DETAIL_LENGTH = 200;
    private static final int MAX_BACKLOG = 10_000_000;
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.+_-]{1," + MAX_VERSION_LENGTH + "}");

    /** One device on the page. */
    public record DeviceHealth(
            String deviceId,
            String name,
            String propertyName,
            List<String> doors,
            Optional<Instant> lastSeen,
            boolean silent,
            String kind,
            String softwareVersion,
            long snapshotVersion,
            long changesBehind,
            Optional<Duration> behindFor,
            int uploadBacklog,
            List<ReaderStatus> readers,
            List<DoorStatus> doorStates) {

        /** Doors forced or held open now. */
        public List<DoorStatus> alarms() {
            return doorStates.stream()
                    .filter(door ->
                            door.state().equals("FORCED") || door.state().equals("HELD_OPEN"))
                    .toList();
        }
    }

    private final Transactor transactor;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final DeviceStatusRepository repository = new DeviceStatusRepository();

    public DeviceStatusService(Transactor transactor, ObjectMapper mapper, Clock clock) {
        this.transactor = transactor;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Stores {@code report} as the last of {@code device}; 400 for a report that does not check out. */
    public void record(Device device, DeviceStatusReport report) {
        transactor.inTransaction(connection -> {
            checked(report, Set.copyOf(repository.doorsOf(connection, device.id())));
            repository.save(
                    connection,
                    device.id(),
                    new DeviceStatusRepository.Stored(
                            clock.instant(),
                            report.kind(),
                            report.softwareVersion(),
                            report.snapshotVersion(),
                            report.uploadBacklog(),
                            json(report.readers()),
                            json(report.doors())));
            return null;
        });
    }

    /** Every device with its last report, as the page shows it. */
    public List<DeviceHealth> devices() {
        Instant now = clock.instant();
        return transactor.inTransaction(repository::list).stream()
                .map(listed -> health(listed, now))
                .toList();
    }

    private DeviceHealth health(DeviceStatusRepository.Listed listed, Instant now) {
        Optional<DeviceStatusRepository.Stored> status = listed.status();
        Optional<Instant> lastSeen = status.map(DeviceStatusRepository.Stored::reportedAt);
        boolean silent =
                lastSeen.map(seen -> seen.isBefore(now.minus(SILENT_AFTER))).orElse(true);
        return new DeviceHealth(
                listed.deviceId(),
                listed.name(),
                listed.propertyName(),
                listed.doors(),
                lastSeen,
                silent,
                status.map(DeviceStatusRepository.Stored::kind).orElse(""),
                status.map(DeviceStatusRepository.Stored::softwareVersion).orElse(""),
                status.map(DeviceStatusRepository.Stored::snapshotVersion).orElse(-1L),
                listed.changesBehind(),
                listed.behindSince().map(since -> Duration.between(since, now)),
                status.map(DeviceStatusRepository.Stored::uploadBacklog).orElse(0),
                status.map(s -> read(s.readers(), new TypeReference<List<ReaderStatus>>() {}))
                        .orElse(List.of()),
                status.map(s -> read(s.doors(), new TypeReference<List<DoorStatus>>() {}))
                        .orElse(List.of()));
    }

    /** Refuses anything the page could not show truthfully; doors must be the device's own. */
    static void checked(DeviceStatusReport report, Set<String> ownDoors) {
        if (report.kind() == null || !KINDS.contains(report.kind())) {
            throw ApiException.badRequest("Field 'kind' must be one of " + KINDS + ", was '" + report.kind() + "'.");
        }
        if (report.softwareVersion() == null
                || !VERSION.matcher(report.softwareVersion()).matches()) {
            throw ApiException.badRequest("Field 'softwareVersion' must be 1 to " + MAX_VERSION_LENGTH
                    + " letters, digits or . + _ -, was '" + report.softwareVersion() + "'.");
        }
        if (report.snapshotVersion() < -1) {
            throw ApiException.badRequest(
                    "Field 'snapshotVersion' must be -1 (none) or more, was " + report.snapshotVersion() + ".");
        }
        if (report.uploadBacklog() < 0 || report.uploadBacklog() > MAX_BACKLOG) {
            throw ApiException.badRequest(
                    "Field 'uploadBacklog' must be from 0 to " + MAX_BACKLOG + ", was " + report.uploadBacklog() + ".");
        }
        if (report.readers() == null || report.doors() == null) {
            throw ApiException.badRequest("Fields 'readers' and 'doors' are required (lists, may be empty).");
        }
        Set<String> seenReaders = new HashSet<>();
        for (ReaderStatus reader : report.readers()) {
            ownDoor("readers", reader == null ? null : reader.doorId(), ownDoors, seenReaders);
            if (!READER_STATES.contains(reader.status())) {
                throw ApiException.badRequest(
                        "A reader's 'status' must be one of " + READER_STATES + ", was '" + reader.status() + "'.");
            }
            if (reader.detail() != null && reader.detail().length() > MAX_DETAIL_LENGTH) {
                throw ApiException.badRequest("A reader's 'detail' must be at most " + MAX_DETAIL_LENGTH
                        + " characters, was " + reader.detail().length() + ".");
            }
        }
        Set<String> seenDoors = new HashSet<>();
        for (DoorStatus door : report.doors()) {
            ownDoor("doors", door == null ? null : door.doorId(), ownDoors, seenDoors);
            if (!DOOR_STATES.contains(door.state())) {
                throw ApiException.badRequest(
                        "A door's 'state' must be one of " + DOOR_STATES + ", was '" + door.state() + "'.");
            }
        }
    }

    private static void ownDoor(String list, String doorId, Set<String> ownDoors, Set<String> seen) {
        if (doorId == null || !ownDoors.contains(doorId)) {
            throw ApiException.badRequest("Each of '" + list + "' must name one of this device's doors " + ownDoors
                    + ", was '" + doorId + "'.");
        }
        if (!seen.add(doorId)) {
            throw ApiException.badRequest("Door '" + doorId + "' is named twice in '" + list + "'.");
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a status report", e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored status report does not read back", e);
        }
    }
}
