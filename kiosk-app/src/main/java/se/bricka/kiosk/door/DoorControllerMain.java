package se.bricka.kiosk.door;

import com.pi4j.Pi4J;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.access.AccessDecision;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.DeviceStatusReport;
import se.bricka.hw.config.ConfigException;
import se.bricka.hw.config.DeviceConfig;
import se.bricka.hw.config.DeviceConfigLoader;
import se.bricka.hw.config.DeviceFactory;
import se.bricka.hw.config.Devices;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.SimulatedDoorLock;
import se.bricka.hw.door.SimulatedIndicator;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.SimulatedTagReader;
import se.bricka.hw.time.ExecutorScheduler;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.maintenance.HttpMaintenanceBackend;

/**
 * The door controller without a screen: {@code java -jar kiosk-app.jar --headless} with the options of
 * {@link DoorOptions}. With {@code --hardware} it drives the reader, lock, contact and indicator the
 * file describes; with {@code --door=ID} it simulates them, and each line on standard input is a tap:
 * {@code <uid>} at the first door or {@code <doorId> <uid>}.
 */
public final class DoorControllerMain {

    private static final Logger LOG = LoggerFactory.getLogger(DoorControllerMain.class);

    private DoorControllerMain() {}

    /**
     * Starts the door controller; a bad option or an unreadable or wrong hardware file ends the program
     * with status 2 and one line saying what is wrong, before anything is started.
     */
    public static void main(String[] args) {
        DoorOptions options;
        Optional<DeviceConfig> hardware;
        try {
            options = DoorOptions.parse(List.of(args), System.getenv());
            hardware = options.hardware().map(DeviceConfigLoader::load);
        } catch (IllegalArgumentException | ConfigException | UncheckedIOException e) {
            LOG.error("cannot start the door controller: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Clock clock = Clock.systemUTC();
        Optional<Devices> devices;
        try {
            // A bus or pin the machine lacks shows only when Pi4J opens it: refused like a bad file.
            devices = hardware.map(config -> new DeviceFactory(Pi4J.newAutoContext(), clock).build(config));
        } catch (ConfigException e) {
            LOG.error("cannot start the door controller: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Optional<String> token;
        try {
            token = DoorEnrollment.token(options, code -> {
                try (HttpMaintenanceBackend backend = new HttpMaintenanceBackend(options.backend(), null)) {
                    return backend.enroll(code);
                }
            });
        } catch (BackendException | UncheckedIOException e) {
            LOG.error("cannot enroll the door controller: {}", e.getMessage());
            System.exit(2);
            return;
        }
        if (token.isEmpty()) {
            // Exits rather than waits: the service shows as failed at once, with this line saying what to do.
            LOG.error(DoorEnrollment.NOT_ENROLLED);
            System.exit(2);
            return;
        }
        DoorStation station =
                DoorStation.start(HttpDeviceLink.create(options.backend(), token.get()), options.dataDir(), clock);
        List<AutoCloseable> parts = new ArrayList<>();
        StatusReporter.Running status =
                StatusReporter.start(options.backend(), token.get(), DeviceStatusReport.DOOR_CONTROLLER, station);
        parts.add(status);
        if (hardware.isPresent()) {
            runHardware(station, hardware.get(), devices.orElseThrow(), clock, parts, status.reporter());
        } else {
            runSimulated(station, options, clock, parts, status.reporter());
        }
        LOG.info("door controller stopping");
        for (AutoCloseable part : parts.reversed()) {
            closeQuietly(part);
        }
        station.close();
    }

    private static void runHardware(
            DoorStation station,
            DeviceConfig config,
            Devices devices,
            Clock clock,
            List<AutoCloseable> parts,
            StatusReporter status) {
        parts.add(devices);
        DoorController door = station.door(config.door().id(), devices.lock(), devices.indicator());
        devices.reader().start(read -> log(config.door().id(), door.tagRead(read)));
        status.watch(config.door().id(), devices.reader()::health);
        devices.doorMonitor().start(status.alsoTelling(door::doorEvent));
        ExecutorScheduler health = new ExecutorScheduler("reader-health", clock);
        parts.add(health);
        boolean[] wasOk = {true};
        health.repeat(java.time.Duration.ofSeconds(10), () -> {
            ReaderHealth now = devices.reader().health();
            if (wasOk[0] && !now.isOk()) {
                door.readerFault(now);
            }
            wasOk[0] = now.isOk();
        });
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "door-controller-stop"));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runSimulated(
            DoorStation station, DoorOptions options, Clock clock, List<AutoCloseable> parts, StatusReporter status) {
        ExecutorScheduler thread = new ExecutorScheduler("simulated-doors", clock);
        parts.add(thread);
        Map<String, SimulatedTagReader> readers = new LinkedHashMap<>();
        for (String doorId : options.doors()) {
            DoorLock lock = new SimulatedDoorLock(doorId, DoorLock.DEFAULT_RELEASE, thread);
            SimulatedIndicator indicator = new SimulatedIndicator(thread);
            DoorController door = station.door(doorId, lock, indicator);
            SimulatedTagReader reader = new SimulatedTagReader(doorId, clock);
            reader.start(read -> log(doorId, door.tagRead(read)));
            status.watch(doorId, reader::health);
            readers.put(doorId, reader);
            parts.add(lock);
            parts.add(indicator);
            parts.add(reader);
        }
        readTaps(readers);
    }

    /** Each line is {@code <uid>} (first door) or {@code <doorId> <uid>}; ends with the input. */
    private static void readTaps(Map<String, SimulatedTagReader> readers) {
        String firstDoor = readers.keySet().iterator().next();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.strip().split("\\s+");
                String door = parts.length == 2 ? parts[0] : firstDoor;
                SimulatedTagReader reader = readers.get(door);
                try {
                    if (reader == null || parts.length > 2 || parts[0].isEmpty()) {
                        throw new IllegalArgumentException(
                                "a tap line is '<uid>' or '<doorId> <uid>', was '" + line + "'");
                    }
                    reader.tap(new TagUid(parts[parts.length - 1]));
                } catch (IllegalArgumentException e) {
                    LOG.warn("ignored input: {}", e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.error("standard input failed", e);
        }
    }

    private static void log(String doorId, AccessDecision decision) {
        LOG.info("journaled tap at {}: {}", doorId, decision.reason().code());
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("{} did not close cleanly", part.getClass().getSimpleName(), e);
        }
    }
}
