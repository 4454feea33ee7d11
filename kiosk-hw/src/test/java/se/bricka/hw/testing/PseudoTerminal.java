package se.bricka.hw.testing;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import se.bricka.hw.linux.LinuxCalls;

/**
 * A real Linux pseudo-terminal pair: the master end stays here (a test's emulated device talks on
 * it), the slave end is a tty path such as {@code /dev/pts/3} that a driver opens and sets up with
 * termios like a serial port. Opened with {@code posix_openpt}, {@code grantpt}, {@code unlockpt} and
 * {@code ptsname_r} through the foreign function API.
 */
@SuppressWarnings("restricted")
public final class PseudoTerminal implements AutoCloseable {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle POSIX_OPENPT = bind("posix_openpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle GRANTPT = bind("grantpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle UNLOCKPT = bind("unlockpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle PTSNAME_R =
            bind("ptsname_r", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));

    private final int master;
    private final Path slave;

    private PseudoTerminal(int master, Path slave) {
        this.master = master;
        this.slave = slave;
    }

    private static MethodHandle bind(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow(name), descriptor);
    }

    /** Opens a new pair; the master end is non-blocking. */
    public static PseudoTerminal open() throws IOException {
        int master;
        try {
            master = (int) POSIX_OPENPT.invokeExact(LinuxCalls.O_RDWR | LinuxCalls.O_NOCTTY | LinuxCalls.O_NONBLOCK);
        } catch (Throwable t) {
            throw new IOException("posix_openpt could not be called", t);
        }
        if (master < 0) {
            throw new IOException("posix_openpt failed: is /dev/pts mounted?");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocate(128);
            int granted = (int) GRANTPT.invokeExact(master);
            int unlocked = (int) UNLOCKPT.invokeExact(master);
            int named = (int) PTSNAME_R.invokeExact(master, name, 128L);
            if (granted != 0 || unlocked != 0 || named != 0) {
                LinuxCalls.close(master);
                throw new IOException("grantpt/unlockpt/ptsname_r failed: " + granted + "/" + unlocked + "/" + named);
            }
            return new PseudoTerminal(master, Path.of(name.getString(0)));
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            LinuxCalls.close(master);
            throw new IOException("grantpt/unlockpt/ptsname_r could not be called", t);
        }
    }

    /** The master end's file descriptor. */
    public int master() {
        return master;
    }

    /** The slave end's path, such as {@code /dev/pts/3}. */
    public Path slave() {
        return slave;
    }

    /** Writes all of {@code bytes} to the master end: the slave end receives them. */
    public void write(byte[] bytes) throws IOException {
        int written = 0;
        while (written < bytes.length) {
            byte[] rest = java.util.Arrays.copyOfRange(bytes, written, bytes.length);
            int count = LinuxCalls.write(master, rest, rest.length);
            if (count == -LinuxCalls.EAGAIN || count == -LinuxCalls.EINTR) {
                Thread.onSpinWait();
            } else if (count < 0) {
                throw new LinuxCalls.Failure("write to the pseudo-terminal master", -count);
            } else {
                written += count;
            }
        }
    }

    /**
     * Reads what the slave end wrote, waiting up to {@code timeoutMillis}: the bytes, or none on time-out
     * or while no one has the slave end open.
     */
    public byte[] read(int timeoutMillis) throws IOException {
        if (LinuxCalls.poll(master, timeoutMillis) == 0) {
            return new byte[0];
        }
        byte[] buffer = new byte[256];
        int count = LinuxCalls.read(master, buffer);
        if (count < 0) {
            // EIO while the slave end is closed (between a driver's close and its next open), EAGAIN: nothing.
            if (count != -LinuxCalls.EAGAIN && count != -LinuxCalls.EINTR && count != -5) {
                throw new LinuxCalls.Failure("read from the pseudo-terminal master", -count);
            }
            sleepBriefly();
            return new byte[0];
        }
        return java.util.Arrays.copyOf(buffer, count);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        LinuxCalls.close(master);
    }
}
