package se.bricka.bench.door;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.AccessEventReceipt;
import se.bricka.core.wire.AccessEventUpload;
import se.bricka.kiosk.door.EventUploader;
import se.bricka.kiosk.door.HttpDeviceLink;

/**
 * Access-event ingest: {@code devices} door controllers (default 8) upload {@code total} events
 * (default 200,000) in batches of {@link EventUploader#BATCH}, as the uploader does, to one backend on
 * an H2 file database in the same JVM. Reports events stored per second, then re-sends one batch to
 * show that a retry stores nothing twice.
 *
 * <p>Run: {@code java -cp "benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*"
 * se.bricka.bench.door.IngestHarness [total] [devices]}.
 */
public final class IngestHarness {

    private IngestHarness() {}

    /** Runs the harness: arguments total events, then devices. */
    public static void main(String[] args) {
        HarnessRun.main(IngestHarness.class, args, IngestHarness::run);
    }

    private static void run(Logger log, String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int deviceCount = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path dir = Files.createTempDirectory("bricka-ingest-");
        try (LoadEstate estate = new LoadEstate(dir).start()) {
            List<String> tokens = estate.enrolDevices(deviceCount);
            long apartment = estate.count("SELECT MIN(id) FROM apartment");
            int perDevice = total / deviceCount;
            List<List<AccessEventUpload>> firstBatches = new ArrayList<>();
            long started = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<List<AccessEventUpload>>> runs = new ArrayList<>();
                for (String token : tokens) {
                    runs.add(pool.submit(() -> uploadAll(
                            new HttpDeviceLink(estate.uri(), token, new okhttp3.OkHttpClient()),
                            perDevice,
                            apartment)));
                }
                for (Future<List<AccessEventUpload>> run : runs) {
                    firstBatches.add(run.get());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long stored = estate.count("SELECT COUNT(*) FROM access_event");
            log.info(
                    "ingest: {} events from {} devices in {} s = {} events/s stored (batches of {})",
                    stored,
                    deviceCount,
                    "%.2f".formatted(seconds),
                    Math.round(stored / seconds),
                    EventUploader.BATCH);
            AccessEventReceipt retry = new HttpDeviceLink(estate.uri(), tokens.getFirst(), new okhttp3.OkHttpClient())
                    .upload(firstBatches.getFirst());
            log.info("a retried batch: {}; rows now {}", retry, estate.count("SELECT COUNT(*) FROM access_event"));
        }
    }

    /** Uploads {@code count} fresh events in batches; returns the first batch, for the retry. */
    private static List<AccessEventUpload> uploadAll(HttpDeviceLink link, int count, long apartment) {
        List<AccessEventUpload> first = null;
        for (int sent = 0; sent < count; sent += EventUploader.BATCH) {
            List<AccessEventUpload> batch = new ArrayList<>();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS); // as devices journal them
            for (int i = 0; i < Math.min(EventUploader.BATCH, count - sent); i++) {
                batch.add(new AccessEventUpload(
                        UUID.randomUUID().toString(), DemoDoors.ENTRANCE, now, apartment, "resident"));
            }
            link.upload(batch);
            if (first == null) {
                first = batch;
            }
        }
        return first;
    }
}
