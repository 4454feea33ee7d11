package se.bricka.hw.reader.pn532;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.bricka.hw.linux.LinuxCalls;
import se.bricka.hw.linux.PortInUseException;
import se.bricka.hw.linux.Termios;
import se.bricka.hw.time.Sleeper;

/**
 * The PN532's HSU link (UM0701-02, sections 6.2.3 and 7.2.11): a UART at 8N1, 115200 baud after
 * power-on. There is no status byte: the PN532 sends its ACK and then its answer as soon as it has
 * them, and "ready" means bytes have arrived. They are gathered into frames by a {@link
 * Pn532FrameStream}, which skips noise before the start code and never hands out a frame whose
 * checksums fail; a frame that stops half-way is reported as such when the time is up.
 *
 * <p>After power-on the PN532 sleeps in HSU mode and drops what it receives until woken: the host
 * sends 0x55, then zeros long enough for its oscillator to start, then SAMConfiguration as the first
 * command. To run at another rate, the host wakes it at 115200, sends SetSerialBaudRate, acknowledges
 * the answer, and both move. A PN532 that was not power-cycled since keeps the other rate, so
 * wake-ups alternate between the two rates until one is answered.
 *
 * <p>The tty is opened with {@code open}, claimed for this process alone ({@link Termios#claim}: a
 * second Bricka or another program that opens or locks it later is refused, rather than take bytes
 * meant for this one), set up with termios and read with {@code poll} and non-blocking {@code read},
 * all through the foreign function API. A port another program has claimed first is refused with a
 * {@link PortInUseException}. A read or write the kernel refuses (a USB adapter unplugged) closes it;
 * the next command opens it again.
 */
final class Pn532Uart implements Pn532Link {

    /** The PN532's HSU rate after power-on. */
    static final int POWER_ON_BAUD = 115_200;

    /** The rates SetSerialBaudRate offers (UM0701-02, 7.2.11) that termios can also set, and their code. */
    static final Map<Integer, Integer> RATE_CODES = Map.of(
            9_600, 0x00,
            19_200, 0x01,
            38_400, 0x02,
            57_600, 0x03,
            115_200, 0x04,
            230_400, 0x05,
            460_800, 0x06,
            921_600, 0x07);

    /** 0x55 wakes the PN532; the 22 zeros (1.9 ms at 115200) cover its oscillator start. */
    static final byte[] WAKE_UP = {
        0x55, 0x55, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    };

    /**
     * Time on top of the chip's own deadlines for the tty and the scheduler: the kernel hands received
     * bytes on a few ms late, and a busy machine may run the reader's thread later still.
     */
    static final Duration TTY_SLACK = Duration.ofMillis(50);

    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final Set<Integer> RETRY = Set.of(LinuxCalls.EAGAIN, LinuxCalls.EINTR);

    private final Path device;
    private final int baud;
    private final Duration slack;
    private final Sleeper sleeper;
    private final Pn532FrameStream stream = new Pn532FrameStream();
    private final byte[] chunk = new byte[128];
    private int fd = -1;
    private int lineBaud;
    private long wakeUps;

    private Pn532Uart(Path device, int baud, Duration slack, Sleeper sleeper) {
        this.device = Objects.requireNonNull(device, "device");
        this.baud = baud;
        this.slack = Objects.requireNonNull(slack, "slack");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.lineBaud = POWER_ON_BAUD;
    }

    /**
     * Opens and claims {@code device} (a character device such as {@code /dev/serial0}) raw at the
     * PN532's power-on rate; throws if it is missing, no tty, claimed by another program ({@link
     * PortInUseException}), or cannot be opened.
     */
    static Pn532Uart open(Path device, int baud, Duration slack, Sleeper sleeper) throws IOException {
        if (!RATE_CODES.containsKey(baud)) {
            throw new IllegalArgumentException("the PN532 cannot run HSU at " + baud + " baud");
        }
        if (!Files.exists(device)) {
            throw new IOException(device + " does not exist");
        }
        int mode = (Integer) Files.getAttribute(device, "unix:mode");
        if ((mode & S_IFMT) != S_IFCHR) {
            throw new IOException(device + " is not a character device");
        }
        Pn532Uart uart = new Pn532Uart(device, baud, slack, sleeper);
        uart.openTty();
        return uart;
    }

    static Pn532Uart open(Path device, int baud, Sleeper sleeper) throws IOException {
        return open(device, baud, TTY_SLACK, sleeper);
    }

    private void openTty() throws IOException {
        int opened;
        try {
            opened = LinuxCalls.open(
                    device.toString(),
                    LinuxCalls.O_RDWR | LinuxCalls.O_NOCTTY | LinuxCalls.O_NONBLOCK | LinuxCalls.O_CLOEXEC);
        } catch (LinuxCalls.Failure e) {
            throw PortInUseException.means(e) ? new PortInUseException(device, e) : e;
        }
        try {
            claim(opened);
        } catch (IOException | RuntimeException e) {
            // Not released: a refused lock means the exclusive mode, if set, is the other program's.
            LinuxCalls.close(opened);
            throw e;
        }
        try {
            Termios.makeRaw(opened, lineBaud);
        } catch (IOException | RuntimeException e) {
            Termios.release(opened);
            LinuxCalls.close(opened);
            throw e;
        }
        fd = opened;
    }

    private void claim(int opened) throws IOException {
        try {
            Termios.claim(opened);
        } catch (LinuxCalls.Failure e) {
            throw PortInUseException.means(e) ? new PortInUseException(device, e) : e;
        }
    }

    private void ensureOpen() {
        if (fd >= 0) {
            return;
        }
        try {
            openTty();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    @Override
    public void write(byte[] frame) {
        ensureOpen();
        stream.clear();
        try {
            Termios.flushInput(fd);
        } catch (IOException e) {
            throw broken(e);
        }
        send(frame);
    }

    private void send(byte[] bytes) {
        int written = 0;
        while (written < bytes.length) {
            byte[] rest = written == 0 ? bytes : Arrays.copyOfRange(bytes, written, bytes.length);
            int count = LinuxCalls.write(fd, rest, rest.length);
            if (count < 0 && RETRY.contains(-count)) {
                awaitWritable();
            } else if (count < 0) {
                throw broken(new LinuxCalls.Failure("write", -count));
            } else {
                written += count;
            }
        }
    }

    /** A full transmit buffer empties at the line's rate: give it a moment. */
    private void awaitWritable() {
        try {
            sleeper.sleep(Duration.ofMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to the PN532", e);
        }
    }

    @Override
    public Optional<Pn532Message> receive(int length, Duration timeout) {
        ensureOpen();
        long deadline = System.nanoTime() + timeout.plus(slack).toNanos() + lineNanos(length);
        while (true) {
            Optional<Pn532Message> frame = stream.next();
            if (frame.isPresent()) {
                return frame;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return stream.leftover().map(Pn532Message.class::cast);
            }
            try {
                if (LinuxCalls.poll(fd, (int) Math.max(1, (left + 999_999) / 1_000_000)) == 0) {
                    continue;
                }
            } catch (IOException e) {
                throw broken(e);
            }
            int count = LinuxCalls.read(fd, chunk);
            if (count > 0) {
                stream.append(chunk, count);
            } else if (count == 0 || !RETRY.contains(-count)) {
                throw broken(new LinuxCalls.Failure("read", count == 0 ? LinuxCalls.ENODEV : -count));
            }
        }
    }

    /** The time {@code length} bytes take on the wire at the current rate: ten bits each. */
    private long lineNanos(int length) {
        return length * 10L * 1_000_000_000L / lineBaud;
    }

    /**
     * Sends the wake-up preamble at the power-on rate, or every second time at the configured rate in
     * case the PN532 was moved there before and not power-cycled since.
     */
    @Override
    public void wakeUp() {
        ensureOpen();
        int rate = baud != POWER_ON_BAUD && wakeUps++ % 2 == 1 ? baud : POWER_ON_BAUD;
        moveTo(rate);
        stream.clear();
        send(WAKE_UP);
    }

    @Override
    public OptionalInt baudRateToSet() {
        return lineBaud == baud ? OptionalInt.empty() : OptionalInt.of(RATE_CODES.get(baud));
    }

    @Override
    public void followBaudRate() {
        moveTo(baud);
    }

    /** Sets the host's side to {@code rate} once what was written has left at the old one. */
    private void moveTo(int rate) {
        if (rate == lineBaud) {
            return;
        }
        try {
            Termios.makeRaw(fd, rate);
            lineBaud = rate;
        } catch (IOException e) {
            throw broken(e);
        }
    }

    private UncheckedIOException broken(IOException e) {
        closeTty();
        return new UncheckedIOException(device + ": " + e.getMessage(), e);
    }

    private void closeTty() {
        if (fd >= 0) {
            Termios.release(fd);
            LinuxCalls.close(fd);
            fd = -1;
            lineBaud = POWER_ON_BAUD;
        }
    }

    @Override
    public void close() {
        closeTty();
    }
}
