package se.bricka.bench.door;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongPredicate;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
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
 * the same JVM on loopback. Customer service blocks a tag; the run reports, per device, the time from
 * the block request until the device holds a snapshot with it. Then the backend is stopped and started
 * again on the same data, a tag is unblocked at once, and the run reports the time until every device
 * has reconnected and holds the new snapshot.
 *
 * <p>Run: {@code java -cp "benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*"
 * se.bricka.bench.door.BlockPropagationHarness [devices]}. Device snapshot files go to /dev/shm: one
 * disk shared by a thousand simulated devices would measure that disk, not the propagation.
 */
public final class BlockPropagationHarness {

    private static final Duration LIMIT = Duration.ofSeconds(120);

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
                sync.onSynced(version -> synced.accumulateAndGet(index, version, Math::max));
                sync.start();
                devices.add(sync);
            }
            long v0 = estate.count("SELECT version FROM change_counter");
            awaitAll(synced, v -> v >= v0, reachedAt, System.nanoTime());
            awaitConnected(estate, n);
            log.info("{} devices connected and synced at version {} in {} ms", n, v0, millis(started));

            LoadEstate.Staff staff = estate.staff(); // signed in before the clock starts (Argon2 is slow)
            long blockAt = System.nanoTime();
            staff.block(tagId);
            log.info("the block request itself answered after {} ms", millis(blockAt));
            long[] block = awaitAll(synced, v -> v > v0, reachedAt, blockAt);
            log.info("block propagation (block request -> device holds the new snapshot): {}", Percentiles.of(block));

            estate.stop();
            Thread.sleep(3_000); // devices notice and back off
            long v1 = estate.count("SELECT version FROM change_counter");
            long restartAt = System.nanoTime();
            estate.start();
            staff.unblock(tagId); // a change made while the devices come back; the session outlives the restart
            long[] storm = awaitAll(synced, v -> v > v1, reachedAt, restartAt);
            awaitConnected(estate, n);
            log.info(
                    "reconnect storm (backend start -> device reconnected with the change made meanwhile): {};"
                            + " all {} streams open after {} ms",
                    Percentiles.of(storm),
                    n,
                    millis(restartAt));
            devices.forEach(SnapshotSync::close);
            http.dispatcher().executorService().shutdownNow();
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

    /** Waits until every device's version passes {@code reached}; returns each one's milliseconds since {@code from}. */
    private static long[] awaitAll(AtomicLongArray synced, LongPredicate reached, AtomicLongArray at, long from)
            throws InterruptedException {
        int n = synced.length();
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
                if (!done[i] && reached.test(synced.get(i))) {
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
