package se.bricka.hw.reader.evdev;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.testing.Fifo;
import se.bricka.hw.time.Sleeper;

/**
 * The evdev reader's part of {@code ReaderBench}: CPU time to decode one typed UID line from its
 * {@code input_event} bytes, and the latency from the line's bytes written into a named pipe to the
 * TagRead on the reader's own thread, through the real {@code poll}/{@code read} calls.
 */
public final class EvdevBench {

    private static final Logger LOG = LoggerFactory.getLogger(EvdevBench.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final InputGrab NO_GRAB = new InputGrab() {
        @Override
        public void grab(int fd) {}

        @Override
        public void release(int fd) {}
    };

    private EvdevBench() {}

    public static void run(int lines, int taps) throws IOException, InterruptedException {
        decodeCost(lines);
        latency(taps);
    }

    private static void decodeCost(int lines) {
        byte[] bytes = new WedgeKeys().line("04A1B2C3D4E5F6").bytes();
        InputEventStream stream = new InputEventStream();
        WedgeLineDecoder decoder = new WedgeLineDecoder(Duration.ofMillis(100));
        int found = 0;
        for (int round = 0; round < 2; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < lines; i++) {
                for (InputEvent event : stream.feed(bytes, bytes.length)) {
                    found += decoder.accept(event).isPresent() ? 1 : 0;
                }
            }
            double micros = (THREADS.getCurrentThreadCpuTime() - start) / 1_000.0 / lines;
            if (round == 1) {
                LOG.info(String.format(
                        Locale.ROOT,
                        "evdev   7-byte UID line (%d records)  %7.2f µs CPU to decode (%d lines read)",
                        bytes.length / InputEvent.BYTES,
                        micros,
                        found));
            }
        }
    }

    private static void latency(int taps) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("evdev-bench");
        Path device = Fifo.make(dir.resolve("event0"));
        BlockingQueue<TagRead> reads = new LinkedBlockingQueue<>();
        long[] micros = new long[taps];
        try (EvdevTagReader reader = new EvdevTagReader(
                "bench",
                device,
                LinuxInputDevice.opener(NO_GRAB),
                Duration.ofMillis(100),
                Duration.ZERO,
                Clock.systemUTC(),
                Sleeper.SYSTEM)) {
            reader.start(reads::add);
            try (OutputStream usb = new FileOutputStream(device.toFile())) {
                byte[] line = new WedgeKeys().line("A1B2C3D4").bytes();
                for (int i = 0; i < taps; i++) {
                    long written = System.nanoTime();
                    usb.write(line);
                    usb.flush();
                    if (reads.poll(5, TimeUnit.SECONDS) == null) {
                        throw new IllegalStateException("no tap within 5 s");
                    }
                    micros[i] = (System.nanoTime() - written) / 1_000;
                }
            }
        } finally {
            Files.deleteIfExists(device);
            Files.deleteIfExists(dir);
        }
        Arrays.sort(micros);
        LOG.info(String.format(
                Locale.ROOT,
                "evdev   line bytes → TagRead (named pipe): median %d µs, p99 %d µs, max %d µs (%d taps)",
                micros[taps / 2],
                micros[(int) (taps * 0.99)],
                micros[taps - 1],
                taps));
    }
}
