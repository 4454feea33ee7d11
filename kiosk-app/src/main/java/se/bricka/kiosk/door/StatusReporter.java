package se.bricka.kiosk.door;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.DeviceStatusReport;
import se.bricka.hw.door.DoorEvent;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.kiosk.backend.BackendException;

/**
 * Tells the backend how this device is, for IT's device health page: its snapshot version, the access
 * events not yet uploaded, each reader's health and each door's state. A door forced or held open stays
 * so until it closes. A report that cannot be sent is dropped: the next one says the same, newer.
 */
public final class StatusReporter {

    /** Sends one report; throws a {@link BackendException} when it did not get through. */
    @FunctionalInterface
    public interface Sender {
        void send(DeviceStatusReport report);
    }

    /** How often a running reporter reports; the backend flags a device silent after 10 minutes. */
    public static final Duration PERIOD = Duration.ofMinutes(1);

    /** A reporter sending every {@link #PERIOD}, first a few seconds after start; closing stops it. */
    public static final class Running implements AutoCloseable {
        private final StatusReporter reporter;
        private final HttpStatusSender sender;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("status-report").daemon(true).factory());

        private Running(StatusReporter reporter, HttpStatusSender sender) {
            this.reporter = reporter;
            this.sender = sender;
            timer.scheduleWithFixedDelay(
                    reporter::reportSafely, FIRST_REPORT.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        }

        public StatusReporter reporter() {
            return reporter;
        }

        @Override
        public void close() {
            timer.shutdownNow();
            sender.close();
        }
    }

    private static final Duration FIRST_REPORT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(StatusReporter.class);
    private static final int MAX_DETAIL = 200;

    private final String kind;
    private final String softwareVersion;
    private final LongSupplier snapshotVersion;
    private final IntSupplier backlog;
    private final Sender sender;
    private final Map<String, Supplier<ReaderHealth>> readers = new LinkedHashMap<>();
    private final Map<String, String> doors = new LinkedHashMap<>();
    private boolean lastFailed;

    /**
     * @param kind {@link DeviceStatusReport#BOARD} or {@link DeviceStatusReport#DOOR_CONTROLLER}
     * @param snapshotVersion the version the doors decide by, -1 for none
     * @param backlog access events journaled and not yet stored by the backend
     */
    public StatusReporter(
            String kind, String softwareVersion, LongSupplier snapshotVersion, IntSupplier backlog, Sender sender) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.softwareVersion = Objects.requireNonNull(softwareVersion, "softwareVersion");
        this.snapshotVersion = Objects.requireNonNull(snapshotVersion, "snapshotVersion");
        this.backlog = Objects.requireNonNull(backlog, "backlog");
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    /** A reporter of {@code station}'s snapshot and journal, as this program's {@link #softwareVersion()}. */
    public static StatusReporter of(String kind, DoorStation station, Sender sender) {
        return new StatusReporter(
                kind, softwareVersion(), station.sync()::version, station.journal()::pendingCount, sender);
    }

    /** Starts reporting {@code station} to {@code backend} with the device's {@code token}. */
    public static Running start(URI backend, String token, String kind, DoorStation station) {
        HttpStatusSender sender = new HttpStatusSender(backend, token);
        return new Running(of(kind, station, sender), sender);
    }

    /**
     * Starts reporting a board that guards no door itself: its kind and software version, so IT sees it
     * alive (no snapshot, no backlog).
     */
    public static Running startBoard(URI backend, String token) {
        HttpStatusSender sender = new HttpStatusSender(backend, token);
        return new Running(
                new StatusReporter(DeviceStatusReport.BOARD, softwareVersion(), () -> -1, () -> 0, sender), sender);
    }

    /** Reports door {@code doorId}, its state unknown until its contact says, and its reader's health. */
    public synchronized void watch(String doorId, Supplier<ReaderHealth> reader) {
        doors.putIfAbsent(doorId, "UNKNOWN");
        readers.put(doorId, Objects.requireNonNull(reader, "reader"));
    }

    /** {@code listener}, with this reporter also told each door event first. */
    public Consumer<DoorEvent> alsoTelling(Consumer<DoorEvent> listener) {
        return event -> {
            doorEvent(event);
            listener.accept(event);
        };
    }

    /** Follows a door's contact: forced and held open stay until the door closes. */
    public synchronized void doorEvent(DoorEvent event) {
        String now = doors.getOrDefault(event.doorId(), "UNKNOWN");
        String next = switch (event.kind()) {
            case OPENED -> now.equals("FORCED") || now.equals("HELD_OPEN") ? now : "OPEN";
            case FORCED -> "FORCED";
            case HELD_OPEN -> now.equals("FORCED") ? now : "HELD_OPEN";
            case CLOSED -> "CLOSED";
            case EXIT_REQUESTED -> now;
        };
        doors.put(event.doorId(), next);
    }

    /** The report as it would be sent now. */
    public synchronized DeviceStatusReport report() {
        List<DeviceStatusReport.ReaderStatus> readerStates = new ArrayList<>();
        readers.forEach((doorId, health) -> readerStates.add(readerStatus(doorId, health)));
        List<DeviceStatusReport.DoorStatus> doorStates = new ArrayList<>();
        doors.forEach((doorId, state) -> doorStates.add(new DeviceStatusReport.DoorStatus(doorId, state)));
        return new DeviceStatusReport(
                kind,
                softwareVersion,
                Math.max(-1, snapshotVersion.getAsLong()),
                Math.max(0, backlog.getAsInt()),
                readerStates,
                doorStates);
    }

    /** Sends the report now; a failure is logged once until a report gets through again. */
    public void reportNow() {
        try {
            sender.send(report());
            if (lastFailed) {
                LOG.info("status reports get through again");
            }
            lastFailed = false;
        } catch (BackendException e) {
            if (!lastFailed) {
                LOG.info("status report not sent ({}); trying again at the next one", e.getMessage());
            }
            lastFailed = true;
        }
    }

    private void reportSafely() {
        try {
            reportNow();
        } catch (RuntimeException e) {
            LOG.warn("status report failed", e);
        }
    }

    /** This program's version from its jar, or {@code dev} when run from classes. */
    static String softwareVersion() {
        try (InputStream in =
                StatusReporter.class.getResourceAsStream("/META-INF/maven/se.bricka/kiosk-app/pom.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    private static DeviceStatusReport.ReaderStatus readerStatus(String doorId, Supplier<ReaderHealth> reader) {
        try {
            ReaderHealth health = reader.get();
            String detail =
                    health.detail().length() > MAX_DETAIL ? health.detail().substring(0, MAX_DETAIL) : health.detail();
            return new DeviceStatusReport.ReaderStatus(doorId, health.status().name(), detail);
        } catch (RuntimeException e) {
            return new DeviceStatusReport.ReaderStatus(doorId, ReaderHealth.Status.FAULTY.name(), "health unreadable");
        }
    }
}
