package se.bricka.hw.reader.wiegand;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.hw.bench.BenchKit;
import se.bricka.hw.linux.gpio.LineEvent;
import se.bricka.hw.time.ExecutorScheduler;
import se.bricka.hw.time.Sleeper;

/**
 * A benchmark, not a test: the kernel-request Wiegand reader on a named pipe carrying kernel-format
 * edges. (1) Falling edges written as they happen, a bit every 2 ms: last edge → TagRead, of which
 * the 25 ms frame gap is the floor. (2) A stall: each frame's 26 edges reach the reader at once, 100 ms after
 * they happened, as after a garbage collection or a busy CPU; the same frames are then given to the
 * Pi4J reader as its per-line threads hand over queued edges after a stall, all at once.
 */
public final class KernelWiegandBench {

    private static final Logger LOG = LoggerFactory.getLogger(KernelWiegandBench.class);
    private static final Duration GAP = Duration.ofMillis(25);
    private static final String CARD = WiegandBits.h10301(18, 12345);

    private KernelWiegandBench() {}

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 40);
    }

    public static void run(int frames) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("wiegand-bench");
        paced(dir, frames);
        stalled(dir, frames);
        pi4jAfterStall(frames);
    }

    private static KernelWiegandReader reader(FifoLineEvents lines, BlockingQueue<Long> reads) {
        KernelWiegandReader reader = new KernelWiegandReader(
                "bench",
                () -> lines,
                new WiegandDecoder(List.of(WiegandFormat.H10301), GAP),
                GAP,
                Duration.ZERO,
                Clock.systemUTC(),
                System::nanoTime,
                Sleeper.SYSTEM);
        reader.start(read -> reads.add(System.nanoTime()));
        try {
            // A frame that starts within a frame gap of the line request is rejected, and the stalled
            // frames are stamped 100 ms back: wait both out.
            Thread.sleep(GAP.multipliedBy(8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return reader;
    }

    /** Each edge written at its own time, stamped with it, as the kernel would queue it. */
    private static void paced(Path dir, int frames) throws IOException, InterruptedException {
        BlockingQueue<Long> reads = new LinkedBlockingQueue<>();
        List<Long> latency = new ArrayList<>();
        int dropped = 0;
        try (FifoLineEvents lines = new FifoLineEvents(dir, "paced", 0b11);
                KernelWiegandReader reader = reader(lines, reads)) {
            for (int i = 0; i < frames; i++) {
                long lastEdge = 0;
                for (char bit : CARD.toCharArray()) {
                    int line = bit == '1' ? 1 : 0;
                    lastEdge = System.nanoTime();
                    lines.write(List.of(lines.next(line, true, lastEdge)));
                    BenchKit.spinUntil(lastEdge + WiegandTransmitter.BIT_INTERVAL_NANOS);
                }
                Long read = reads.poll(500, TimeUnit.MILLISECONDS);
                if (read == null) {
                    dropped++;
                } else {
                    latency.add(read - lastEdge);
                }
                Thread.sleep(50);
            }
            report(
                    "kernel request, paced",
                    latency,
                    frames,
                    dropped,
                    reader.health().faultyFrames());
        }
    }

    /** Each frame reaches the reader whole, 100 ms late, its stamps those of the wire. */
    private static void stalled(Path dir, int frames) throws IOException, InterruptedException {
        BlockingQueue<Long> reads = new LinkedBlockingQueue<>();
        int read = 0;
        try (FifoLineEvents lines = new FifoLineEvents(dir, "stalled", 0b11);
                KernelWiegandReader reader = reader(lines, reads)) {
            for (int i = 0; i < frames; i++) {
                long sent = System.nanoTime() - Duration.ofMillis(100).toNanos();
                List<LineEvent> burst = WiegandTransmitter.frame(lines, CARD, sent);
                lines.write(burst);
                if (reads.poll(500, TimeUnit.MILLISECONDS) != null) {
                    read++;
                }
                Thread.sleep(50);
            }
            LOG.info(String.format(
                    Locale.ROOT,
                    "%-34s %d of %d frames read, %d rejected",
                    "Wiegand, kernel request, stalled:",
                    read,
                    frames,
                    reader.health().faultyFrames()));
        }
    }

    /** The Pi4J reader, its edges handed over all at once after a stall, stamped on arrival. */
    private static void pi4jAfterStall(int frames) throws InterruptedException {
        Context pi4j = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance())
                .build();
        BlockingQueue<Long> reads = new LinkedBlockingQueue<>();
        int read = 0;
        try (ExecutorScheduler thread = new ExecutorScheduler("reader-bench", Clock.systemUTC());
                WiegandTagReader reader = new WiegandTagReader(
                        "bench",
                        BenchKit.idleHighInput(pi4j, "d0", 5),
                        BenchKit.idleHighInput(pi4j, "d1", 6),
                        new WiegandDecoder(List.of(WiegandFormat.H10301), GAP),
                        GAP.dividedBy(2),
                        Duration.ZERO,
                        thread,
                        System::nanoTime)) {
            reader.start(tap -> reads.add(System.nanoTime()));
            MockDigitalInput d0 = pi4j.io("d0");
            MockDigitalInput d1 = pi4j.io("d1");
            for (int i = 0; i < frames; i++) {
                for (char bit : CARD.toCharArray()) {
                    MockDigitalInput line = bit == '1' ? d1 : d0;
                    line.mockState(DigitalState.LOW);
                    line.mockState(DigitalState.HIGH);
                }
                if (reads.poll(500, TimeUnit.MILLISECONDS) != null) {
                    read++;
                }
                Thread.sleep(50);
            }
            LOG.info(String.format(
                    Locale.ROOT,
                    "%-34s %d of %d frames read, %d rejected (bits closer than 100 µs)",
                    "Wiegand, Pi4J lines, stalled:",
                    read,
                    frames,
                    reader.health().faultyFrames()));
        } finally {
            pi4j.shutdown();
        }
    }

    private static void report(String name, List<Long> latency, int frames, int dropped, long faulty) {
        if (latency.isEmpty()) {
            LOG.info("Wiegand, {}: all {} frames dropped", name, frames);
            return;
        }
        long[] sorted = latency.stream().mapToLong(Long::longValue).sorted().toArray();
        LOG.info(String.format(
                Locale.ROOT,
                "%-34s last edge → TagRead median %.2f ms, p99 %.2f ms; beyond the 25 ms gap: median %.2f ms"
                        + " (%d frames, %d dropped, %d rejected)",
                "Wiegand, " + name + ":",
                BenchKit.percentile(sorted, 50) / 1e6,
                BenchKit.percentile(sorted, 99) / 1e6,
                (BenchKit.percentile(sorted, 50) - GAP.toNanos()) / 1e6,
                frames,
                dropped,
                faulty));
    }
}
