package se.bricka.hw.bench;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.spi.Spi;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.PollingTagReader;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.evdev.EvdevBench;
import se.bricka.hw.reader.mfrc522.AntennaGain;
import se.bricka.hw.reader.mfrc522.EmulatedCard;
import se.bricka.hw.reader.mfrc522.EmulatedSpiProvider;
import se.bricka.hw.reader.mfrc522.Mfrc522Emulator;
import se.bricka.hw.reader.mfrc522.Mfrc522Reader;
import se.bricka.hw.reader.pn532.Pn532Emulator;
import se.bricka.hw.reader.pn532.Pn532HsuPort;
import se.bricka.hw.reader.pn532.Pn532Reader;
import se.bricka.hw.reader.pn532.Pn532SpiProvider;
import se.bricka.hw.reader.wiegand.WiegandDecoder;
import se.bricka.hw.time.ExecutorScheduler;
import se.bricka.hw.time.Sleeper;

/**
 * A benchmark harness, not a test: CPU time per poll cycle of the MFRC522 and PN532 drivers against
 * their emulators (the PN532 on SPI, and on HSU over a pseudo-terminal), SPI transfers per MFRC522 cycle, Wiegand decode time per frame, the evdev reader's
 * decode time per typed line and its bytes → TagRead latency ({@link EvdevBench}), the latency
 * from a card laid on an emulated MFRC522 to the TagRead, on the reader's real thread, and per
 * driver that latency's median and p99 with the software's own share ({@link TapLatencyBench}).
 *
 * <p>The emulators answer at once, so the figures are the driver's own cost; on a Pi the SPI bus
 * (about 8 µs per byte at 1 MHz) and the chip's radio timeout (25 ms for an empty MFRC522 field)
 * come on top. Run:
 *
 * <pre>
 * cd /work/main &amp;&amp; mvn -q -o -pl kiosk-hw test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp kiosk-hw/target/test-classes:kiosk-hw/target/classes:$(cat kiosk-hw/target/cp.txt) se.bricka.hw.bench.ReaderBench
 * </pre>
 */
public final class ReaderBench {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderBench.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Sleeper NO_WAIT = duration -> {};

    private ReaderBench() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        mfrc522Cycles(cycles, null);
        mfrc522Cycles(cycles, "A1B2C3D4");
        mfrc522Cycles(cycles, "04A1B2C3D4E5F6");
        mfrc522Cycles(cycles, "04A1B2C3D4E5F60718AB");
        pn532Cycles(cycles, null);
        pn532Cycles(cycles, "04A1B2C3D4E5F6");
        pn532UartCycles(cycles / 4, null);
        pn532UartCycles(cycles / 4, "04A1B2C3D4E5F6");
        wiegandFrames(cycles * 10);
        EvdevBench.run(cycles * 10, 1_000);
        latency(Duration.ofMillis(100), 40);
        latency(Duration.ofMillis(20), 40);
        TapLatencyBench.run(Duration.ofMillis(20), args.length > 1 ? Integer.parseInt(args[1]) : 200);
    }

    private static void mfrc522Cycles(int cycles, String uid) {
        Mfrc522Emulator chip = new Mfrc522Emulator();
        if (uid != null) {
            chip.lay(EmulatedCard.withUid(uid));
        }
        Context pi4j = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new EmulatedSpiProvider(chip))
                .build();
        try (ExecutorScheduler unused = new ExecutorScheduler("bench", Clock.systemUTC());
                Mfrc522Reader reader = new Mfrc522Reader(
                        "bench",
                        spi(pi4j, EmulatedSpiProvider.ID),
                        AntennaGain.DB_48,
                        PollingSettings.DEFAULT,
                        unused,
                        NO_WAIT)) {
            reader.pollOnce(); // sets the chip up; the cycles measured below do not
            long before = chip.transfers();
            reader.pollOnce();
            long perCycle = chip.transfers() - before;
            double micros = cpuMicrosPerCycle(reader, cycles);
            LOG.info(String.format(
                    Locale.ROOT,
                    "MFRC522 %-22s %7.2f µs CPU per poll cycle, %d SPI transfers per cycle",
                    uid == null ? "(empty field)" : uid,
                    micros,
                    perCycle));
        } finally {
            pi4j.shutdown();
        }
    }

    private static void pn532Cycles(int cycles, String uid) {
        Pn532Emulator chip = new Pn532Emulator();
        if (uid != null) {
            chip.present(uid);
        }
        Context pi4j = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new Pn532SpiProvider(chip))
                .build();
        try (ExecutorScheduler unused = new ExecutorScheduler("bench", Clock.systemUTC());
                Pn532Reader reader = new Pn532Reader(
                        "bench", spi(pi4j, Pn532SpiProvider.ID), PollingSettings.DEFAULT, unused, NO_WAIT)) {
            reader.pollOnce();
            double micros = cpuMicrosPerCycle(reader, cycles);
            LOG.info(String.format(
                    Locale.ROOT,
                    "PN532   %-22s %7.2f µs CPU per poll cycle",
                    uid == null ? "(empty field)" : uid,
                    micros));
        } finally {
            pi4j.shutdown();
        }
    }

    /**
     * CPU of the reader's own thread per poll cycle on HSU: the FFM calls (flush, write, poll, read),
     * the frame stream and the decoding; the emulator answers on its own thread over a pseudo-terminal.
     * Also the wall time per cycle, which includes the round trips through the kernel.
     */
    private static void pn532UartCycles(int cycles, String uid) throws IOException {
        Pn532Emulator chip = new Pn532Emulator();
        if (uid != null) {
            chip.present(uid);
        }
        try (Pn532HsuPort port = Pn532HsuPort.start(chip);
                ExecutorScheduler unused = new ExecutorScheduler("bench", Clock.systemUTC());
                Pn532Reader reader = Pn532Reader.onUart(
                        "bench",
                        port.device(),
                        Pn532Reader.UART_DEFAULT_BAUD,
                        PollingSettings.DEFAULT,
                        unused,
                        Sleeper.SYSTEM)) {
            reader.pollOnce();
            long wallStart = System.nanoTime();
            double micros = cpuMicrosPerCycle(reader, cycles);
            double wallMicros = (System.nanoTime() - wallStart) / 1_000.0 / (2.0 * cycles);
            LOG.info(String.format(
                    Locale.ROOT,
                    "PN532 HSU %-20s %7.2f µs CPU per poll cycle, %7.1f µs wall (pty round trips), %s",
                    uid == null ? "(empty field)" : uid,
                    micros,
                    wallMicros,
                    reader.health()));
        }
    }

    private static Spi spi(Context pi4j, String provider) {
        return pi4j.create(
                Spi.newConfigBuilder(pi4j).id("bench-spi").bus(0).channel(0).provider(provider));
    }

    /** Warms up, then measures the calling thread's CPU time over {@code cycles} polls. */
    private static double cpuMicrosPerCycle(PollingTagReader reader, int cycles) {
        return cpuMicros(cycles, () -> {
            reader.pollOnce();
            return null;
        });
    }

    private static double cpuMicros(int count, Supplier<Object> work) {
        for (int i = 0; i < count; i++) {
            work.get();
        }
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            work.get();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1_000.0 / count;
    }

    private static void wiegandFrames(int frames) {
        WiegandDecoder decoder = WiegandDecoder.standard();
        // H10301, facility 18, card 12345, with both parities.
        int[] bits = "00001001000110000001110011".chars().map(c -> c - '0').toArray();
        long[] clock = {0};
        double micros = cpuMicros(frames, () -> {
            for (int bit : bits) {
                decoder.bit(bit, clock[0]);
                clock[0] += 2_000_000L;
            }
            clock[0] += 30_000_000L;
            if (!(decoder.tick(clock[0]).orElseThrow() instanceof se.bricka.hw.reader.wiegand.WiegandFrame.Card card)) {
                throw new IllegalStateException("the bench's frame is no card");
            }
            return card;
        });
        LOG.info(String.format(Locale.ROOT, "Wiegand 26-bit frame              %7.2f µs CPU to decode", micros));
    }

    /** Lays a card at a random moment of the polling; returns the milliseconds until its TagRead. */
    private static long oneTap(Mfrc522Emulator chip, BlockingQueue<TagRead> taps, Duration interval)
            throws InterruptedException {
        EmulatedCard card = EmulatedCard.withUid("A1B2C3D4");
        Thread.sleep((long) (Math.random() * interval.toMillis()));
        long laid = System.nanoTime();
        chip.lay(card);
        if (taps.poll(5, TimeUnit.SECONDS) == null) {
            throw new IllegalStateException("no tap within 5 s");
        }
        long millis = (System.nanoTime() - laid) / 1_000_000;
        chip.lift(card);
        Thread.sleep(interval.toMillis() * 4);
        return millis;
    }

    /** Lays a card at a random moment of the polling and measures until the TagRead arrives. */
    private static void latency(Duration interval, int trials) throws InterruptedException {
        Mfrc522Emulator chip = new Mfrc522Emulator();
        Context pi4j = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new EmulatedSpiProvider(chip))
                .build();
        BlockingQueue<TagRead> taps = new LinkedBlockingQueue<>();
        long[] millis = new long[trials];
        try (ExecutorScheduler thread = new ExecutorScheduler("reader-bench", Clock.systemUTC());
                Mfrc522Reader reader = new Mfrc522Reader(
                        "bench",
                        spi(pi4j, EmulatedSpiProvider.ID),
                        AntennaGain.DB_48,
                        PollingSettings.DEFAULT.withInterval(interval),
                        thread,
                        Sleeper.SYSTEM)) {
            reader.start(taps::add);
            for (int i = 0; i < trials; i++) {
                millis[i] = oneTap(chip, taps, interval);
            }
        } finally {
            pi4j.shutdown();
        }
        Arrays.sort(millis);
        LOG.info(String.format(
                Locale.ROOT,
                "MFRC522 card → TagRead at %3d ms polling: median %3d ms, p95 %3d ms, max %3d ms (%d taps)",
                interval.toMillis(),
                millis[trials / 2],
                millis[(int) (trials * 0.95)],
                millis[trials - 1],
                trials));
    }
}
