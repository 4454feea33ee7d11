package se.bricka.hw.bench;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.spi.Spi;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.PollingTagReader;
import se.bricka.hw.reader.mfrc522.AntennaGain;
import se.bricka.hw.reader.mfrc522.EmulatedCard;
import se.bricka.hw.reader.mfrc522.EmulatedSpiProvider;
import se.bricka.hw.reader.mfrc522.Mfrc522Emulator;
import se.bricka.hw.reader.mfrc522.Mfrc522Reader;
import se.bricka.hw.reader.pn532.Pn532Emulator;
import se.bricka.hw.reader.pn532.Pn532HsuPort;
import se.bricka.hw.reader.pn532.Pn532Reader;
import se.bricka.hw.reader.pn532.Pn532SpiProvider;
import se.bricka.hw.reader.wiegand.KernelWiegandBench;
import se.bricka.hw.reader.wiegand.WiegandDecoder;
import se.bricka.hw.reader.wiegand.WiegandFormat;
import se.bricka.hw.reader.wiegand.WiegandTagReader;
import se.bricka.hw.testing.ChipSpiProvider;
import se.bricka.hw.time.ExecutorScheduler;
import se.bricka.hw.time.Scheduler;
import se.bricka.hw.time.Sleeper;

/**
 * Part of {@link ReaderBench}: card laid on an emulated chip → TagRead on the reader's real thread,
 * for the MFRC522, the PN532 on SPI and the PN532 on HSU over a pseudo-terminal (median and p99), split into the wait for the next poll and the
 * cycle that saw the card, from its start to the TagRead. For the MFRC522 also the software's own share of
 * that cycle: without the time spent inside the emulated chip (a real chip's bus and air time), after the
 * reader's set-up cycle, with the first taps (the JIT still compiling) apart; and, from Linux's
 * scheduler statistics, which cycles were switched off their core, with the share of those that were not. And for
 * Wiegand on Pi4J's mock GPIO, bits sent 2 ms apart from this thread: last bit → TagRead, which the
 * frame gap sets; and the kernel-request Wiegand reader, paced and after a stall ({@link
 * KernelWiegandBench}).
 */
public final class TapLatencyBench {

    private static final Logger LOG = LoggerFactory.getLogger(TapLatencyBench.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** For a chip whose emulator does not account for its own time: the whole cycle counts. */
    private static final LongSupplier NO_CHIP_TIME = () -> 0;

    /** Taps counted apart as the cold start: the JIT has not compiled the card path yet. */
    private static final int COLD_TAPS = 20;

    private TapLatencyBench() {}

    /**
     * Notes when each poll cycle starts, so a tap can be timed from the start of its own cycle: the
     * wall clock, the thread's CPU time and the time the emulated chip has taken so far.
     */
    private static final class CycleTimer implements Scheduler {
        private final ExecutorScheduler inner;
        private final LongSupplier chipNanos;
        private volatile long cycleStart;
        private volatile long cycleCpuStart;
        private volatile long cycleChipStart;
        private volatile long[] cycleSchedStart;
        private final AtomicLong cycles = new AtomicLong();

        CycleTimer(String name, LongSupplier chipNanos) {
            inner = new ExecutorScheduler(name, Clock.systemUTC());
            this.chipNanos = chipNanos;
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            return inner.schedule(delay, task);
        }

        @Override
        public Cancellable repeat(Duration interval, Runnable task) {
            return inner.repeat(interval, () -> {
                cycleSchedStart = SchedStat.ofThisThread();
                cycleChipStart = chipNanos.getAsLong();
                cycleCpuStart = THREADS.getCurrentThreadCpuTime();
                cycleStart = System.nanoTime();
                task.run();
                cycles.incrementAndGet();
            });
        }

        /** Called on the reader's thread when the TagRead arrives: where this cycle's time went. */
        CycleShare share() {
            long now = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long chip = chipNanos.getAsLong();
            long[] sched = SchedStat.ofThisThread();
            long[] schedStart = cycleSchedStart;
            return new CycleShare(
                    now,
                    now - cycleStart,
                    chip - cycleChipStart,
                    cpu - cycleCpuStart,
                    sched[0] - schedStart[0],
                    sched[1] - schedStart[1]);
        }

        @Override
        public Clock clock() {
            return inner.clock();
        }

        /** Waits until {@code count} more cycles have run: on a busy machine a cycle can come late. */
        void awaitCycles(long count) throws InterruptedException {
            long until = cycles.get() + count;
            while (cycles.get() < until) {
                Thread.sleep(1);
            }
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    /**
     * One tap's cycle, up to the TagRead in the listener: its wall time, the part of it spent inside
     * the emulated chip, the reader thread's CPU time (chip included), and from the kernel's scheduler
     * statistics how long the thread waited for a core and how often it was switched back in.
     */
    private record CycleShare(long readAt, long wall, long chip, long cpu, long queued, long switchedIn) {
        long software() {
            return wall - chip;
        }

        /** The cycle ran on its core in one stretch: its time is the code's, not the machine's. */
        boolean uninterrupted() {
            return switchedIn == 0;
        }
    }

    /**
     * The calling thread's scheduler statistics from {@code /proc/thread-self/schedstat}: nanoseconds
     * waited on a run queue, and times switched in. Zeros where the kernel does not provide them.
     */
    private static final class SchedStat {
        private static final Path FILE = Path.of("/proc/thread-self/schedstat");
        static final boolean AVAILABLE = Files.isReadable(FILE);

        private SchedStat() {}

        static long[] ofThisThread() {
            try {
                String[] fields = Files.readString(FILE).trim().split(" ");
                return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])};
            } catch (IOException | RuntimeException e) {
                return new long[2];
            }
        }
    }

    /** A card the bench lays on and lifts off an emulated chip. */
    private interface Card {
        void lay();

        void lift();
    }

    /** Builds the reader under test on the bench's timed thread. */
    @FunctionalInterface
    private interface ReaderOnThread {
        PollingTagReader open(Scheduler thread) throws IOException;
    }

    /** Runs alone: {@code TapLatencyBench [taps] [mfrc522]}, at 20 ms polling; {@code mfrc522} runs only that chip. */
    public static void main(String[] args) throws InterruptedException, IOException {
        run(
                Duration.ofMillis(20),
                args.length > 0 ? Integer.parseInt(args[0]) : 200,
                args.length > 1 && args[1].equals("mfrc522"));
    }

    static void run(Duration interval, int taps) throws InterruptedException, IOException {
        run(interval, taps, false);
    }

    private static void run(Duration interval, int taps, boolean onlyMfrc522) throws InterruptedException, IOException {
        Mfrc522Emulator mfrc522 = new Mfrc522Emulator();
        EmulatedCard card = EmulatedCard.withUid("04A1B2C3D4E5F6");
        polled(
                "MFRC522 (7-byte UID)",
                new EmulatedSpiProvider(mfrc522),
                EmulatedSpiProvider.ID,
                interval,
                taps,
                new Card() {
                    @Override
                    public void lay() {
                        mfrc522.lay(card);
                    }

                    @Override
                    public void lift() {
                        mfrc522.lift(card);
                    }
                },
                mfrc522::busyNanos);
        if (onlyMfrc522) {
            return;
        }
        Pn532Emulator pn532 = new Pn532Emulator();
        polled(
                "PN532 (7-byte UID)",
                new Pn532SpiProvider(pn532),
                Pn532SpiProvider.ID,
                interval,
                taps,
                pn532Card(pn532),
                NO_CHIP_TIME);
        pn532OnUart(interval, taps);
        wiegand(Math.max(20, taps / 5));
        KernelWiegandBench.run(Math.max(20, taps / 5));
    }

    /**
     * The PN532 over HSU at 115200 baud through the real FFM, termios and pty calls, the emulator on the
     * pseudo-terminal's other end. A pty has no baud rate: on a real line the 6-byte ACK and the 25-byte
     * answer add about 2.7 ms.
     */
    private static void pn532OnUart(Duration interval, int taps) throws InterruptedException, IOException {
        Pn532Emulator chip = new Pn532Emulator();
        try (Pn532HsuPort port = Pn532HsuPort.start(chip)) {
            timed(
                    "PN532 HSU (7-byte UID)",
                    interval,
                    taps,
                    pn532Card(chip),
                    NO_CHIP_TIME,
                    thread -> Pn532Reader.onUart(
                            "bench",
                            port.device(),
                            Pn532Reader.UART_DEFAULT_BAUD,
                            PollingSettings.DEFAULT.withInterval(interval),
                            thread,
                            Sleeper.SYSTEM));
        }
    }

    private static Card pn532Card(Pn532Emulator chip) {
        return new Card() {
            @Override
            public void lay() {
                chip.present("04A1B2C3D4E5F6");
            }

            @Override
            public void lift() {
                chip.removeCard();
            }
        };
    }

    private static void polled(
            String name,
            ChipSpiProvider provider,
            String providerId,
            Duration interval,
            int taps,
            Card card,
            LongSupplier chipNanos)
            throws InterruptedException, IOException {
        Context pi4j = Pi4J.newContextBuilder().noAutoDetect().add(provider).build();
        try {
            timed(name, interval, taps, card, chipNanos, thread -> reader(name, pi4j, providerId, interval, thread));
        } finally {
            pi4j.shutdown();
        }
    }

    private static void timed(
            String name, Duration interval, int taps, Card card, LongSupplier chipNanos, ReaderOnThread opening)
            throws InterruptedException, IOException {
        BlockingQueue<CycleShare> reads = new LinkedBlockingQueue<>();
        long[] total = new long[taps];
        CycleShare[] shares = new CycleShare[taps];
        try (CycleTimer thread = new CycleTimer("reader-bench", chipNanos);
                PollingTagReader reader = opening.open(thread)) {
            reader.start(read -> reads.add(thread.share()));
            // The first cycle sets the chip up (the MFRC522 then waits 50 ms for its oscillator): a cost
            // of starting the reader, not of reading a card, so no card is laid before it is over.
            thread.awaitCycles(2);
            for (int i = 0; i < taps; i++) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(interval.toMillis() + 1));
                long laid = System.nanoTime();
                card.lay();
                CycleShare read = reads.poll(5, TimeUnit.SECONDS);
                if (read == null) {
                    throw new IllegalStateException(name + ": no tap within 5 s, tap " + i);
                }
                total[i] = read.readAt() - laid;
                shares[i] = read;
                card.lift();
                thread.awaitCycles(PollingSettings.DEFAULT.missesBeforeLifted() + 1L);
            }
        }
        long[] wall = Arrays.stream(shares).mapToLong(CycleShare::wall).toArray();
        LOG.info(String.format(
                Locale.ROOT,
                "%-20s card → TagRead at %d ms polling: median %.1f ms, p99 %.1f ms; cycle start → TagRead:"
                        + " median %d µs, p99 %d µs, max %d µs (%d taps)",
                name,
                interval.toMillis(),
                BenchKit.percentile(total, 50) / 1e6,
                BenchKit.percentile(total, 99) / 1e6,
                BenchKit.percentile(wall, 50) / 1_000,
                BenchKit.percentile(wall, 99) / 1_000,
                BenchKit.percentile(wall, 100) / 1_000,
                taps));
        if (chipNanos != NO_CHIP_TIME) {
            logSoftwareShare(name, shares);
        }
    }

    /**
     * The driver's own share of each tap's cycle: its wall time minus the time spent inside the emulated
     * chip, which a real chip spends on the bus and the air. The first {@link #COLD_TAPS} taps, run
     * while the JIT is still compiling the card path, are reported apart from the rest.
     */
    private static void logSoftwareShare(String name, CycleShare[] shares) {
        int cold = Math.min(COLD_TAPS, shares.length / 2);
        CycleShare[] warm = Arrays.copyOfRange(shares, cold, shares.length);
        long[] software = Arrays.stream(warm).mapToLong(CycleShare::software).toArray();
        long[] chip = Arrays.stream(warm).mapToLong(CycleShare::chip).toArray();
        long[] queued = Arrays.stream(warm).mapToLong(CycleShare::queued).toArray();
        long[] uninterrupted = Arrays.stream(warm)
                .filter(CycleShare::uninterrupted)
                .mapToLong(CycleShare::software)
                .toArray();
        long[] coldSoftware =
                Arrays.stream(shares, 0, cold).mapToLong(CycleShare::software).toArray();
        LOG.info(String.format(
                Locale.ROOT,
                "%-20s software (cycle start → TagRead minus the emulated chip, median %d µs) after %d taps:"
                        + " median %d µs, p99 %d µs, max %d µs; first %d taps: median %d µs, max %d µs",
                name,
                BenchKit.percentile(chip, 50) / 1_000,
                cold,
                BenchKit.percentile(software, 50) / 1_000,
                BenchKit.percentile(software, 99) / 1_000,
                BenchKit.percentile(software, 100) / 1_000,
                cold,
                BenchKit.percentile(coldSoftware, 50) / 1_000,
                BenchKit.percentile(coldSoftware, 100) / 1_000));
        if (!SchedStat.AVAILABLE) {
            LOG.info("{}: no scheduler statistics on this system, so no split by interrupted cycles", name);
        } else {
            LOG.info(String.format(
                    Locale.ROOT,
                    "%-20s of those %d taps, %d had their cycle switched off the core (run-queue wait p99 %d µs,"
                            + " max %d µs); the other %d: software median %d µs, p99 %d µs, max %d µs",
                    name,
                    warm.length,
                    warm.length - uninterrupted.length,
                    BenchKit.percentile(queued, 99) / 1_000,
                    BenchKit.percentile(queued, 100) / 1_000,
                    uninterrupted.length,
                    uninterrupted.length == 0 ? 0 : BenchKit.percentile(uninterrupted, 50) / 1_000,
                    uninterrupted.length == 0 ? 0 : BenchKit.percentile(uninterrupted, 99) / 1_000,
                    uninterrupted.length == 0 ? 0 : BenchKit.percentile(uninterrupted, 100) / 1_000));
        }
        if (Boolean.getBoolean("bench.detail")) {
            logDetail(shares);
        }
    }

    /** With {@code -Dbench.detail=true}: the software share per 100 taps, and the eight slowest taps. */
    private static void logDetail(CycleShare[] shares) {
        for (int from = 0; from + 100 <= shares.length; from += 100) {
            CycleShare[] window = Arrays.copyOfRange(shares, from, from + 100);
            LOG.info(String.format(
                    Locale.ROOT,
                    "  taps %4d to %4d: software median %d µs, CPU median %d µs, chip median %d µs",
                    from,
                    from + 99,
                    median(window, CycleShare::software) / 1_000,
                    median(window, CycleShare::cpu) / 1_000,
                    median(window, CycleShare::chip) / 1_000));
        }
        Integer[] slowest = new Integer[shares.length];
        Arrays.setAll(slowest, i -> i);
        Arrays.sort(slowest, (x, y) -> Long.compare(shares[y].software(), shares[x].software()));
        for (int k = 0; k < Math.min(8, slowest.length); k++) {
            CycleShare share = shares[slowest[k]];
            LOG.info(String.format(
                    Locale.ROOT,
                    "  tap %4d: wall %6d µs, chip %6d µs, software %6d µs, CPU %6d µs, run-queue wait %6d µs,"
                            + " switched in %d times",
                    slowest[k],
                    share.wall() / 1_000,
                    share.chip() / 1_000,
                    share.software() / 1_000,
                    share.cpu() / 1_000,
                    share.queued() / 1_000,
                    share.switchedIn()));
        }
    }

    private static long median(CycleShare[] shares, ToLongFunction<CycleShare> part) {
        return BenchKit.percentile(Arrays.stream(shares).mapToLong(part).toArray(), 50);
    }

    private static PollingTagReader reader(
            String name, Context pi4j, String providerId, Duration interval, Scheduler thread) {
        Spi spi = pi4j.create(
                Spi.newConfigBuilder(pi4j).id("bench-spi").bus(0).channel(0).provider(providerId));
        PollingSettings settings = PollingSettings.DEFAULT.withInterval(interval);
        return name.startsWith("MFRC522")
                ? new Mfrc522Reader("bench", spi, AntennaGain.DB_48, settings, thread, Sleeper.SYSTEM)
                : new Pn532Reader("bench", spi, settings, thread, Sleeper.SYSTEM);
    }

    /** H10301 frames sent from this thread, a bit every 2 ms, 50 µs pulses, timed by busy waiting. */
    private static void wiegand(int frames) throws InterruptedException {
        Context pi4j = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance())
                .build();
        MockDigitalInput d0 = BenchKit.idleHighInput(pi4j, "d0", 5);
        MockDigitalInput d1 = BenchKit.idleHighInput(pi4j, "d1", 6);
        Duration gap = Duration.ofMillis(25);
        BlockingQueue<Long> reads = new LinkedBlockingQueue<>();
        String bits = "00001001000110000001110011"; // facility 18, card 12345
        long[] latency = new long[frames];
        int lost = 0;
        String lastFault = "";
        try (ExecutorScheduler thread = new ExecutorScheduler("reader-bench", Clock.systemUTC());
                WiegandTagReader reader = new WiegandTagReader(
                        "bench",
                        d0,
                        d1,
                        new WiegandDecoder(List.of(WiegandFormat.H10301), gap),
                        gap.dividedBy(2),
                        Duration.ZERO,
                        thread,
                        System::nanoTime)) {
            reader.start(read -> reads.add(System.nanoTime()));
            for (int i = 0; i < frames; i++) {
                long lastBit = 0;
                for (char bit : bits.toCharArray()) {
                    MockDigitalInput line = bit == '1' ? d1 : d0;
                    lastBit = System.nanoTime();
                    line.mockState(DigitalState.LOW);
                    BenchKit.spinUntil(lastBit + 50_000);
                    line.mockState(DigitalState.HIGH);
                    BenchKit.spinUntil(lastBit + 2_000_000);
                }
                Long read = reads.poll(500, TimeUnit.MILLISECONDS);
                if (read == null) {
                    lost++; // a frame cut or rejected on a busy machine: counted, as the reader counts it
                } else {
                    latency[i - lost] = read - lastBit;
                }
                Thread.sleep(50);
            }
            lastFault = reader.health().detail();
        } finally {
            pi4j.shutdown();
        }
        long[] read = Arrays.copyOf(latency, frames - lost);
        if (read.length == 0) {
            LOG.info("Wiegand H10301: all {} frames dropped, last: {}", frames, lastFault);
            return;
        }
        LOG.info(String.format(
                Locale.ROOT,
                "%-20s last bit → TagRead (25 ms frame gap): median %.1f ms, p99 %.1f ms (%d frames, %d dropped%s)",
                "Wiegand H10301",
                BenchKit.percentile(read, 50) / 1e6,
                BenchKit.percentile(read, 99) / 1e6,
                frames,
                lost,
                lastFault.isEmpty() ? "" : ", last: " + lastFault));
    }
}
