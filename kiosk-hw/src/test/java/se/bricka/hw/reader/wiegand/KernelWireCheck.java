package se.bricka.hw.reader.wiegand;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import se.bricka.hw.bench.BenchKit;
import se.bricka.hw.config.ConfigException;
import se.bricka.hw.config.DeviceConfigLoader;
import se.bricka.hw.config.DeviceFactory;
import se.bricka.hw.config.Devices;
import se.bricka.hw.linux.gpio.GpioChip;
import se.bricka.hw.linux.gpio.GpioLineRequest;
import se.bricka.hw.linux.gpio.LineEvent;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;

/**
 * Not a unit test: run inside a virtual machine by {@code kiosk-hw/gpio-vm/run}, where the
 * {@code bricka_wire} kernel module provides a GPIO chip whose lines a script drives, with edge
 * interrupts. The door's Wiegand reader is built from a configuration file, as on a door, and
 * Wiegand frames are played on the lines: so the kernel's own GPIO character device — its edge
 * detection, time stamps, sequence numbers and event queue, overflow included — is what the reader
 * reads. Prints one line per check and {@code GPIO-VM-RESULT: PASS} or {@code FAIL}.
 */
public final class KernelWireCheck {

    private static final Path WIRE = Path.of("/sys/kernel/debug/bricka-wire");
    private static final int D0 = 0;
    private static final int D1 = 1;
    private static final int FACILITY = 42;
    private static final int PULSE_US = 50;

    private final List<String> failures = new ArrayList<>();
    private final BlockingQueue<Tap> taps = new LinkedBlockingQueue<>();
    private volatile Consumer<TagRead> onTap = read -> {};

    private record Tap(String uid, long nanos) {}

    private KernelWireCheck() {}

    public static void main(String[] args) throws Exception {
        KernelWireCheck check = new KernelWireCheck();
        check.run();
        System.out.println(
                check.failures.isEmpty() ? "GPIO-VM-RESULT: PASS" : "GPIO-VM-RESULT: FAIL " + check.failures);
        System.exit(check.failures.isEmpty() ? 0 : 1);
    }

    private void run() throws Exception {
        Context pi4j = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
        try {
            DeviceFactory factory = new DeviceFactory(pi4j, Clock.systemUTC());
            refusals(factory);
            rawEdges();
            try (Devices devices = factory.build(DeviceConfigLoader.parse(door(1)))) {
                devices.reader().start(read -> {
                    taps.add(new Tap(read.uid().hex().toLowerCase(Locale.ROOT), System.nanoTime()));
                    onTap.accept(read);
                });
                awaitRequest();
                paced(devices, 30);
                stalled(devices, 10);
                overflowed(devices, 60);
                heldLow(devices);
            }
        } finally {
            pi4j.shutdown();
        }
    }

    private static Properties door(int d1Pin) {
        Properties properties = new Properties();
        properties.setProperty("reader.type", "wiegand");
        properties.setProperty("reader.id", "vm-door");
        properties.setProperty("reader.wiegand-d0-pin", Integer.toString(D0));
        properties.setProperty("reader.wiegand-d1-pin", Integer.toString(d1Pin));
        return properties;
    }

    /** A pin the chip lacks, and a line another program holds, are refused at start naming the key. */
    private void refusals(DeviceFactory factory) throws IOException {
        String beyond = refusal(factory, door(8));
        expect(
                beyond.contains("reader.wiegand-d1-pin") && beyond.contains("pinctrl-bricka-wire"),
                "pin 8 refused: " + beyond);
        GpioChip chip = GpioChip.find(Path.of("/dev"), "pinctrl-").orElseThrow();
        GpioLineRequest other = chip.requestFallingEdges(new int[] {D1}, "other-program", 16);
        try {
            String held = refusal(factory, door(D1));
            expect(
                    held.contains("reader.wiegand-d1-pin") && held.contains("other-program"),
                    "held line refused: " + held);
        } finally {
            other.close();
        }
    }

    /**
     * A frame on two spare lines, read straight from a line request: one edge per bit, numbered in
     * the order of the interrupts, whatever order the lines' threads queued them in.
     */
    private void rawEdges() throws Exception {
        GpioChip chip = GpioChip.find(Path.of("/dev"), "pinctrl-").orElseThrow();
        try (GpioLineRequest request = chip.requestFallingEdges(new int[] {2, 3}, "raw-check", 1024)) {
            String bits = WiegandBits.h10301(FACILITY, 7);
            play(frame(1000, 7, 2000, 2, 3));
            List<LineEvent> events = new ArrayList<>();
            while (request.await(50)) {
                request.read(events);
            }
            long previous = 0;
            int onItsBitsLine = 0;
            for (LineEvent event : events) {
                int seqno = (int) event.seqno();
                boolean matches = seqno >= 1
                        && seqno <= bits.length()
                        && event.offset() == (bits.charAt(seqno - 1) == '1' ? 3 : 2);
                onItsBitsLine += matches ? 1 : 0;
                System.out.println(String.format(
                        Locale.ROOT,
                        "  edge line %d seqno %d line-seqno %d falling %b %+.3f ms",
                        event.offset(),
                        event.seqno(),
                        event.lineSeqno(),
                        event.falling(),
                        previous == 0 ? 0.0 : (event.nanos() - previous) / 1e6));
                previous = event.nanos();
            }
            long numbers =
                    events.stream().mapToLong(LineEvent::seqno).distinct().count();
            long outOfTurn = IntStream.range(1, events.size())
                    .filter(i -> events.get(i).seqno() < events.get(i - 1).seqno())
                    .count();
            System.out.println("  raw: " + events.size() + " of " + bits.length() + " edges queued, "
                    + (bits.length() - events.size()) + " lost (a line's second edge before its thread ran), "
                    + outOfTurn + " queued before an earlier-numbered one");
            expect(
                    onItsBitsLine == events.size() && numbers == events.size(),
                    "raw: each edge's number is its bit's place in the frame, on that bit's line");
            expect(!events.isEmpty(), "raw: the frame's edges are queued");
        }
    }

    /** The start-up refusal of a configuration, or "accepted". */
    private static String refusal(DeviceFactory factory, Properties configuration) {
        Devices devices;
        try {
            devices = factory.build(DeviceConfigLoader.parse(configuration));
        } catch (ConfigException e) {
            return e.getMessage();
        }
        devices.close();
        return "accepted";
    }

    /**
     * Frames one at a time: each read whole, and how long after its last edge the tap comes. An
     * emulated machine can hold up an interrupt thread past the line's next edge, and the kernel then
     * loses an edge: such a frame must be rejected and counted, never read as another card.
     */
    private void paced(Devices devices, int frames) throws Exception {
        long faultyBefore = devices.reader().health().faultyFrames();
        List<Long> latency = new ArrayList<>();
        List<Integer> notRead = new ArrayList<>();
        int wrong = 0;
        for (int card = 1; card <= frames; card++) {
            play(frame(1000, card, 2000));
            Tap tap = taps.poll(1, TimeUnit.SECONDS);
            if (tap == null) {
                notRead.add(card);
                continue;
            }
            if (tap.uid().equals(uid(card))) {
                latency.add(tap.nanos() - lastEdgeNanos());
            } else {
                wrong++;
            }
        }
        long rejected = devices.reader().health().faultyFrames() - faultyBefore;
        int missing = frames - latency.size() - wrong;
        System.out.println("  paced: " + latency.size() + " of " + frames + " read, " + rejected
                + " rejected; not read: "
                + notRead + "; the first five taps "
                + latency.stream().limit(5).map(nanos -> nanos / 1_000_000).toList()
                + " ms after their last edge");
        expect(wrong == 0, "paced: no tap is another card");
        expect(missing <= rejected, "paced: every frame not read was rejected and counted");
        // Several emulated processors hold interrupt threads up long enough to lose edges; one does not.
        int least = Runtime.getRuntime().availableProcessors() == 1 ? frames * 9 / 10 : frames * 2 / 3;
        expect(latency.size() >= least, "paced: at least " + least + " of " + frames + " frames read");
        long[] sorted = latency.stream().mapToLong(Long::longValue).toArray();
        if (sorted.length > 0) {
            System.out.println(String.format(
                    Locale.ROOT,
                    "  last edge (kernel stamp) to TagRead: median %.1f ms, p99 %.1f ms, max %.1f ms",
                    BenchKit.percentile(sorted, 50) / 1e6,
                    BenchKit.percentile(sorted, 99) / 1e6,
                    BenchKit.percentile(sorted, 100) / 1e6));
        }
    }

    /** The reader requests its lines on its own thread: a frame played before would lose its first bits. */
    private static void awaitRequest() throws IOException, InterruptedException {
        GpioChip chip = GpioChip.find(Path.of("/dev"), "pinctrl-").orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (chip.holder(D0).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        // A frame that starts within a frame gap of the request may have begun before it: rejected.
        Thread.sleep(100);
    }

    /** The reader's thread is held up half a second while frames keep coming: all read late, in order. */
    private void stalled(Devices devices, int frames) throws Exception {
        long faultyBefore = devices.reader().health().faultyFrames();
        holdFirstTap(Duration.ofMillis(500));
        StringBuilder script = new StringBuilder();
        for (int card = 101; card < 101 + frames; card++) {
            script.append(frame(card == 101 ? 1000 : 40_000, card, 2000));
        }
        play(script.toString());
        List<String> read = collect(frames, Duration.ofSeconds(10));
        List<String> sent = uids(101, frames);
        long rejected = devices.reader().health().faultyFrames() - faultyBefore;
        System.out.println("  stalled: read cards " + cardsOf(read) + ", " + rejected + " rejected");
        expect(inOrder(read, sent), "stalled: every tap a card sent, in order, none twice");
        expect(read.size() + rejected >= frames, "stalled: every frame read late, or rejected and counted");
        expect(
                !read.isEmpty() && read.getFirst().equals(sent.getFirst()) && read.size() >= frames - 1,
                "stalled: the frames are read");
    }

    /**
     * The reader's thread is held up six seconds while 1,560 edges come, more than the 1,024 the
     * kernel keeps: it drops the oldest. Every tap must still be a card that was sent, in order,
     * without repeats; the frame cut by the loss is rejected; the newest frames are read.
     */
    private void overflowed(Devices devices, int frames) throws Exception {
        long faultyBefore = devices.reader().health().faultyFrames();
        holdFirstTap(Duration.ofSeconds(6));
        StringBuilder script = new StringBuilder();
        for (int card = 201; card < 201 + frames; card++) {
            script.append(frame(card == 201 ? 1000 : 30_000, card, 1000));
        }
        play(script.toString());
        List<String> read = collect(frames, Duration.ofSeconds(15));
        List<String> sent = uids(201, frames);
        long rejected = devices.reader().health().faultyFrames() - faultyBefore;
        System.out.println("  overflow: read " + read.size() + " of " + frames + " frames, rejected " + rejected
                + "; read cards " + cardsOf(read));
        expect(inOrder(read, sent), "overflow: every tap a card sent, in order, none twice");
        expect(read.size() >= 30 && read.getLast().equals(sent.getLast()), "overflow: the newest frames are read");
        expect(read.size() < frames && rejected >= 1, "overflow: the loss was seen and its frame rejected");
        play(frame(1000, 300, 2000));
        Tap after = taps.poll(5, TimeUnit.SECONDS);
        expect(after != null && after.uid().equals(uid(300)), "after the overflow a new frame reads");
    }

    /** DATA0 held low: FAULTY within seconds, naming it; released: OK again. */
    private void heldLow(Devices devices) throws Exception {
        play("1000 " + D0 + " 0\n");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (devices.reader().health().status() != ReaderHealth.Status.FAULTY && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        ReaderHealth low = devices.reader().health();
        expect(low.status() == ReaderHealth.Status.FAULTY, "a held-low line is a fault: " + low.detail());
        play("1000 " + D0 + " 1\n");
        deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!devices.reader().health().isOk() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        expect(
                devices.reader().health().isOk(),
                "released, the reader is OK again: " + devices.reader().health());
    }

    private void holdFirstTap(Duration hold) {
        onTap = read -> {
            onTap = next -> {};
            try {
                Thread.sleep(hold);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Whether each read card was sent, after the one read before it. */
    private static boolean inOrder(List<String> read, List<String> sent) {
        int last = -1;
        for (String uid : read) {
            int at = sent.indexOf(uid);
            if (at <= last) {
                return false;
            }
            last = at;
        }
        return true;
    }

    private List<String> collect(int most, Duration within) throws InterruptedException {
        List<String> read = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (read.size() < most) {
            Tap tap = taps.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (tap == null) {
                break;
            }
            read.add(tap.uid());
        }
        return read;
    }

    /** An H10301 frame as script steps: each bit a 50 µs low pulse on its line, bits {@code bitUs} apart. */
    private static String frame(int firstAfterUs, int card, int bitUs) {
        return frame(firstAfterUs, card, bitUs, D0, D1);
    }

    private static String frame(int firstAfterUs, int card, int bitUs, int d0, int d1) {
        StringBuilder steps = new StringBuilder();
        int after = firstAfterUs;
        for (char bit : WiegandBits.h10301(FACILITY, card).toCharArray()) {
            int line = bit == '1' ? d1 : d0;
            steps.append(after).append(' ').append(line).append(" 0\n");
            steps.append(PULSE_US).append(' ').append(line).append(" 1\n");
            after = bitUs - PULSE_US;
        }
        return steps.toString();
    }

    /** The UIDs of {@code count} cards from {@code first} on. */
    private static List<String> uids(int first, int count) {
        return IntStream.range(first, first + count)
                .mapToObj(KernelWireCheck::uid)
                .toList();
    }

    private static String uid(int card) {
        return String.format(Locale.ROOT, "%08x", (FACILITY << 16) | card);
    }

    private static List<Integer> cardsOf(List<String> uids) {
        return uids.stream().map(uid -> Integer.parseInt(uid, 16) & 0xFFFF).toList();
    }

    /** Plays a script and waits until it has played. */
    private static void play(String script) throws IOException, InterruptedException {
        // One write: the module reads a script whole, and Files.write would cut it in 8 KiB pieces.
        try (FileChannel play = FileChannel.open(WIRE.resolve("play"), StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(script.getBytes(StandardCharsets.US_ASCII));
            if (play.write(bytes) != bytes.capacity()) {
                throw new IOException("the wire took part of a script");
            }
        }
        while (status("playing") != 0) {
            Thread.sleep(5);
        }
    }

    private static long lastEdgeNanos() throws IOException {
        return status("last_edge_ns");
    }

    private static long status(String field) throws IOException {
        for (String line : Files.readAllLines(WIRE.resolve("status"))) {
            if (line.startsWith(field + " ")) {
                return Long.parseLong(line.substring(field.length() + 1).trim());
            }
        }
        throw new IOException("no " + field + " in the wire's status");
    }

    private void expect(boolean holds, String what) {
        System.out.println((holds ? "ok   " : "FAIL ") + what);
        if (!holds) {
            failures.add(what);
        }
    }
}
