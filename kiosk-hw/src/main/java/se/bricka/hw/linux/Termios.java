package se.bricka.hw.linux;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A serial port set up raw, 8 data bits, no parity, one stop bit, no flow control, through the C
 * library's termios calls ({@code tcgetattr}, {@code cfmakeraw}, {@code cfsetispeed}, {@code
 * cfsetospeed}, {@code tcsetattr}, {@code tcflush}) bound with the foreign function API through {@link
 * LinuxCalls}, which captures errno for them.
 *
 * <p>The C library's {@code struct termios} is not the kernel's: on Linux x86_64 and aarch64 (glibc's
 * generic layout) it is four 32-bit flag words, {@code c_line}, 32 control characters, padding, and
 * the input and output speeds, 60 bytes in all. Other architectures (PowerPC, MIPS, SPARC, Alpha)
 * lay it out and number the speeds differently: this class refuses them rather than guess. The
 * {@code B…} speed codes are those of the same generic Linux headers ({@code B115200} is {@code
 * 0010002}, not 115200).
 */
public final class Termios {

    /** {@code sizeof(struct termios)} for glibc on x86_64 and aarch64. */
    public static final long STRUCT_SIZE = 60;

    public static final long C_IFLAG = 0;
    public static final long C_OFLAG = 4;
    public static final long C_CFLAG = 8;
    public static final long C_LFLAG = 12;
    public static final long C_CC = 17;
    public static final long C_ISPEED = 52;
    public static final long C_OSPEED = 56;

    public static final int VTIME = 5;
    public static final int VMIN = 6;
    public static final int CBAUD = 0010017;
    public static final int CSIZE = 0000060;
    public static final int CS8 = 0000060;
    public static final int CSTOPB = 0000100;
    public static final int CREAD = 0000200;
    public static final int PARENB = 0000400;
    public static final int CLOCAL = 0004000;
    public static final int CRTSCTS = 020000000000;
    public static final int IXON = 0002000;
    public static final int ICANON = 0000002;
    public static final int ECHO = 0000010;
    public static final int OPOST = 0000001;
    public static final int TCSADRAIN = 1;
    public static final int TCIFLUSH = 0;
    /** {@code ioctl(fd, TIOCEXCL)}: no further opens of the tty, except by a program with CAP_SYS_ADMIN. */
    public static final long TIOCEXCL = 0x540C;
    /** {@code ioctl(fd, TIOCNXCL)}: opens allowed again. */
    public static final long TIOCNXCL = 0x540D;

    /** Baud rate → speed code ({@code B9600} …), for the rates a serial port is normally run at. */
    private static final Map<Integer, Integer> SPEEDS = new TreeMap<>(Map.ofEntries(
            Map.entry(9_600, 0000015),
            Map.entry(19_200, 0000016),
            Map.entry(38_400, 0000017),
            Map.entry(57_600, 0010001),
            Map.entry(115_200, 0010002),
            Map.entry(230_400, 0010003),
            Map.entry(460_800, 0010004),
            Map.entry(500_000, 0010005),
            Map.entry(576_000, 0010006),
            Map.entry(921_600, 0010007),
            Map.entry(1_000_000, 0010010),
            Map.entry(1_152_000, 0010011),
            Map.entry(1_500_000, 0010012)));

    private static final MethodHandle TCGETATTR =
            LinuxCalls.bind("tcgetattr", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle TCSETATTR =
            LinuxCalls.bind("tcsetattr", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle CFMAKERAW = LinuxCalls.bind("cfmakeraw", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle CFSETISPEED =
            LinuxCalls.bind("cfsetispeed", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle CFSETOSPEED =
            LinuxCalls.bind("cfsetospeed", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle TCFLUSH =
            LinuxCalls.bind("tcflush", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));

    private Termios() {}

    /** The speed code ({@code B115200} …) for {@code baud}, if termios has one. */
    public static Optional<Integer> speedCode(int baud) {
        return Optional.ofNullable(SPEEDS.get(baud));
    }

    /** The baud rates {@link #speedCode} knows, lowest first. */
    public static Iterable<Integer> knownRates() {
        return SPEEDS.keySet();
    }

    /**
     * Whether this machine's C library lays {@code struct termios} out as this class assumes: Linux
     * on x86_64 or aarch64.
     */
    public static boolean layoutKnown() {
        String arch = System.getProperty("os.arch", "");
        return System.getProperty("os.name", "").equals("Linux")
                && (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"));
    }

    /**
     * Sets {@code fd} raw 8N1 at {@code baud}, without modem control or flow control, a read waiting
     * for one byte ({@code VMIN} 1, {@code VTIME} 0: on a non-blocking descriptor {@code EAGAIN} when
     * nothing has arrived, and 0 only at a hang-up), and throws away whatever was
     * received before. The change waits until what was written before has been sent ({@code
     * TCSADRAIN}), so a last frame at the old rate is not cut; unsent output is not flushed (on a
     * pseudo-terminal that would throw away what the other end has not yet read).
     */
    public static void makeRaw(int fd, int baud) throws IOException {
        int speed = speedCode(baud)
                .orElseThrow(() -> new IllegalArgumentException("termios has no speed code for " + baud + " baud"));
        if (!layoutKnown()) {
            throw new IOException("struct termios is laid out differently on " + System.getProperty("os.arch"));
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = LinuxCalls.callState(arena);
            MemorySegment termios = arena.allocate(STRUCT_SIZE, 4);
            LinuxCalls.checked("tcgetattr", (int) TCGETATTR.invokeExact(state, fd, termios), state);
            CFMAKERAW.invokeExact(state, termios);
            int cflag = termios.get(JAVA_INT, C_CFLAG);
            cflag &= ~(CSIZE | PARENB | CSTOPB | CRTSCTS);
            termios.set(JAVA_INT, C_CFLAG, cflag | CS8 | CREAD | CLOCAL);
            termios.set(JAVA_INT, C_IFLAG, termios.get(JAVA_INT, C_IFLAG) & ~IXON);
            termios.set(JAVA_BYTE, C_CC + VMIN, (byte) 1);
            termios.set(JAVA_BYTE, C_CC + VTIME, (byte) 0);
            LinuxCalls.checked("cfsetispeed", (int) CFSETISPEED.invokeExact(state, termios, speed), state);
            LinuxCalls.checked("cfsetospeed", (int) CFSETOSPEED.invokeExact(state, termios, speed), state);
            LinuxCalls.checked("tcsetattr", (int) TCSETATTR.invokeExact(state, fd, TCSADRAIN, termios), state);
            LinuxCalls.checked("tcflush", (int) TCFLUSH.invokeExact(state, fd, TCIFLUSH), state);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("termios could not be called", t);
        }
    }

    /**
     * Claims the serial port {@code fd} is open on for this process: an exclusive {@code flock}, which
     * fails at once ({@link LinuxCalls#EWOULDBLOCK}) while another program that locks the port (a
     * second Bricka, as root too) holds it, and {@link #TIOCEXCL}, after which the kernel refuses every
     * further open ({@link LinuxCalls#EBUSY}) to a program without CAP_SYS_ADMIN. Neither closes the port
     * for a program that has it open already, nor keeps root out (a getty, ModemManager): a serial
     * console has to be found otherwise.
     */
    public static void claim(int fd) throws IOException {
        if (!layoutKnown()) {
            throw new IOException("the tty ioctl numbers are different on " + System.getProperty("os.arch"));
        }
        LinuxCalls.flock(fd, LinuxCalls.LOCK_EX | LinuxCalls.LOCK_NB);
        try {
            LinuxCalls.ioctl(fd, TIOCEXCL, 0);
        } catch (LinuxCalls.Failure e) {
            throw new LinuxCalls.Failure("ioctl TIOCEXCL", e.errno());
        }
    }

    /**
     * Gives up a {@link #claim} before {@code fd} is closed. The lock would go with the close, but the
     * exclusive mode belongs to the tty and lasts while anyone has it open (a pseudo-terminal's master
     * end, say), so it is switched off here. A port that has gone away cannot be switched and need not be.
     */
    public static void release(int fd) {
        try {
            LinuxCalls.ioctl(fd, TIOCNXCL, 0);
        } catch (IOException e) {
            // The tty is gone (an adapter pulled out): nothing is left to open exclusively.
        }
    }

    /** Throws away what {@code fd} has received and not yet been read. */
    public static void flushInput(int fd) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = LinuxCalls.callState(arena);
            LinuxCalls.checked("tcflush", (int) TCFLUSH.invokeExact(state, fd, TCIFLUSH), state);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("tcflush could not be called", t);
        }
    }

    /**
     * {@code fd}'s settings as the C library reports them: a copy of its {@code struct termios}, to
     * read with the offsets above.
     */
    public static byte[] attributes(int fd) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = LinuxCalls.callState(arena);
            MemorySegment termios = arena.allocate(STRUCT_SIZE, 4);
            LinuxCalls.checked("tcgetattr", (int) TCGETATTR.invokeExact(state, fd, termios), state);
            return termios.toArray(JAVA_BYTE);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("tcgetattr could not be called", t);
        }
    }
}
