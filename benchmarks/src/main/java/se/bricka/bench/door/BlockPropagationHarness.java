package se.bricka.bench.door;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import se.bricka.core.access.AccessReason;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.kiosk.door.HttpDeviceLink;
import se.bricka.kiosk.door.ReferenceClock;
import se.bricka.kiosk.door.SnapshotStore;
import se.bricka.kiosk.door.SnapshotSync;

/**
 * Block propagation and reconnect storm: {@code n} door controllers (default 1,000), each the real
 * {@link SnapshotSync} over its own event stream, on one shared OkHttp client, against one backend in
 * the same JVM on loopback. Once every device has synced and settled, customer service blocks a tag;
 * the run reports, per device, the time from the block request until the device's own decision for
 * that tag at its entrance is "blocked" (its doors' view, not its disk: the save follows). Then the backend is stopped and started
 * again on the same data, a tag is unblocked at once, and the run reports the time until every device
 * has reconnected and holds the new snapshot.
 *
 * <p>Run: {@code java -cp "benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*"
 * se.bricka.bench.door.BlockPropagationHarness [devices]}. Device snapshot files go to /dev/shm: one
 * disk shared by a thousand simulated devices would measure that disk, not the propagation; they are
 * removed at the end. {@code -Dbricka.bench.jfr=FILE} records the block phase alone with Flight Recorder.
 */
public final class BlockPropagationHarness {

    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final String JFR_PROPERTY = "bricka.bench.jfr";
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private BlockPropagationHarness() {}

    /** Runs the harness; the first argument is the number of devices. */
    public static void main(String[] args) {
        HarnessRun.main(BlockPropagationHarness.class, args, BlockPropagationHarness::run);
    }

    private static void run(Logger log, String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        Path dir = Files.createTempDirectory(Path.of("/dev/shm"), "bricka-block-");
        String hash = new TagHasher(DemoEstate.TAG_KEY).hash(new TagUid("11020001"));
        try (LoadEstate estate = new LoadEstate(dir.resolve("backend")).start()) {
            List<String> tokens = estate.enrolDevices(n);
            long tagId = estate.tagId(hash);
            OkHttpClient http = sharedClient(n);
            AtomicLongArray synced = new AtomicLongArray(n); // latest version each device confirmed
            AtomicLong syncs = new AtomicLong(); // every confirmation of every device, to see the start settle
            AtomicLongArray reachedAt = new AtomicLongArray(n);
            List<SnapshotSync> devices = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int index = i;
                SnapshotSync sync = new SnapshotSync(
                        new HttpDeviceLink(estate.uri(), tokens.get(i), http),
                        new SnapshotStore(dir.resolve("device-" + i + "/snapshot.json")),
                        new ReferenceClock(Clock.systemUTC()),
                        Clock.systemUTC());
                sync.onSynced(version -> {
                    synced.accumulateAndGet(index, version, Math::max);
                    syncs.incrementAndGet();
                });
                sync.start();
                devices.add(sync);
            }
            long v0 = estate.count("SELECT version FROM change_counter");
            awaitAll(n, i -> synced.get(i) >= v0, reachedAt, System.nanoTime());
            awaitConnected(estate, n);
            awaitSettled(syncs);
            log.info("{} devices connected and synced at version {} in {} ms", n, v0, millis(started));
            int opening = countWhere(n, i -> decision(devices.get(i), hash) != AccessReason.TAG_BLOCKED);
            if (opening != n) {
                throw new IllegalStateException((n - opening) + " devices refuse the tag before it is blocked");
            }

            LoadEstate.Staff staff = estate.staff(); // signed in before the clock starts (Argon2 is slow)
            Recording profile = profileIfAsked();
            long cpuBefore = processCpuNanos();
            long blockAt = System.nanoTime();
            staff.block(tagId);
            log.info("the block request itself answered after {} ms", millis(blockAt));
            long[] block = awaitAll(n, i -> refuses(devices.get(i), v0, hash), reachedAt, blockAt);
            stopProfile(profile, log);
            log.info(
                    "block propagation (block request -> device refuses the tag at its entrance): {}",
                    Percentiles.of(block));
            // The machine may be shared: the CPU this process spent on the block says more than the clock.
            log.info(
                    "CPU time of the whole process (backend, devices, harness) until the last device refused: {} ms"
                            + " on {} cores",
                    (processCpuNanos() - cpuBefore) / 1_000_000,
                    Runtime.getRuntime().availableProcessors());
            long saving =
                    devices.stream().filter(d -> d.savedVersion() < d.version()).count();
            log.info("{} devices were still saving the new snapshot when the last one refused the tag", saving);

            estate.stop();
            Thread.sleep(3_000); // devices notice and back off
            long v1 = estate.count("SELECT version FROM change_counter");
            long restartAt = System.nanoTime();
            estate.start();
            staff.unblock(tagId); // a change made while the devices come back; the session outlives the restart
            long[] storm = awaitAll(n, i -> synced.get(i) > v1, reachedAt, restartAt);
            awaitConnected(estate, n);
            log.info(
                    "reconnect storm (backend start -> device reconnected with the change made meanwhile): {};"
                            + " all {} streams open after {} ms",
                    Percentiles.of(storm),
                    n,
                    millis(restartAt));
            devices.forEach(SnapshotSync::close);
            http.dispatcher().executorService().shutdownNow();
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Whether the device refuses the tag now. Its version is looked at first: deciding for a thousand
     * devices every two milliseconds would take the CPU the devices need.
     */
    private static boolean refuses(SnapshotSync device, long before, String tagHash) {
        return device.version() > before && decision(device, tagHash) == AccessReason.TAG_BLOCKED;
    }

    /** What the device decides now for the tag at the demo entrance (any resident of the house may open it). */
    private static AccessReason decision(SnapshotSync device, String tagHash) {
        return device.current()
                .map(held -> held.policy()
                        .decide(held.doors().get(DemoDoors.ENTRANCE), tagHash, Instant.now(), held.snapshot())
                        .reason())
                .orElse(AccessReason.UNKNOWN_TAG);
    }

    /**
     * Waits until no device has confirmed a download for a while: each one downloads again when its
     * event stream opens, and a block sent into that start-up would measure the start-up.
     */
    private static void awaitSettled(AtomicLong syncs) throws InterruptedException {
        long seen = -1;
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (syncs.get() != seen && System.nanoTime() < deadline) {
            seen = syncs.get();
            Thread.sleep(SETTLE.toMillis());
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int countWhere(int n, IntPredicate test) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (test.test(i)) {
                count++;
            }
        }
        return count;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * With {@code -Dbricka.bench.jfr=FILE}, a flight recording of the block phase alone (sampling every
     * millisecond), so that start-up and the thousand initial downloads do not drown it.
     */
    private static Recording profileIfAsked() throws IOException, ParseException {
        String file = System.getProperty(JFR_PROPERTY);
        if (file == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
        recording.setDestination(Path.of(file));
        recording.start();
        return recording;
    }

    private static void stopProfile(Recording recording, Logger log) {
        if (recording != null) {
            recording.stop();
            recording.close();
            log.info("the block phase's flight recording is in {}", System.getProperty(JFR_PROPERTY));
        }
    }

    private static OkHttpClient sharedClient(int n) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(4 * n);
        dispatcher.setMaxRequestsPerHost(4 * n);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(2 * n, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Waits until {@code reached} holds for every device; returns each one's milliseconds since {@code from}. */
    private static long[] awaitAll(int n, IntPredicate reached, AtomicLongArray at, long from)
            throws InterruptedException {
        long[] millis = new long[n];
        boolean[] done = new boolean[n];
        int remaining = n;
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (remaining > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(remaining + " devices did not sync within " + LIMIT);
            }
            long now = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (!done[i] && reached.test(i)) {
                    done[i] = true;
                    at.set(i, now);
                    millis[i] = (now - from) / 1_000_000;
                    remaining--;
                }
            }
            Thread.sleep(2);
        }
        return millis;
    }

    private static void awaitConnected(LoadEstate estate, int n) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (estate.backend().connectedDevices() < n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + estate.backend().connectedDevices() + " streams open");
            }
            Thread.sleep(10);
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
