package se.bricka.hw.linux;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The few C library calls the Linux device drivers need ({@code open}, {@code poll}, {@code read},
 * {@code write}, {@code ioctl}, {@code flock}, {@code close}), bound with the foreign function API: no JNI, no native library of our
 * own. A failed call throws an {@link IOException} naming the call, errno and its text.
 *
 * <p>Binding C functions is a restricted operation: the JVM must run with {@code
 * --enable-native-access=ALL-UNNAMED} (the launchers and Surefire pass it).
 */
@SuppressWarnings("restricted")
public final class LinuxCalls {

    public static final int O_RDONLY = 0;
    public static final int O_RDWR = 2;
    public static final int O_NOCTTY = 0x100;
    public static final int O_NONBLOCK = 0x800;
    public static final int O_CLOEXEC = 0x80000;
    public static final short POLLIN = 0x1;
    public static final int EAGAIN = 11;
    public static final int EINTR = 4;
    public static final int ENODEV = 19;
    public static final int EBUSY = 16;
    /** On Linux the same number as {@link #EAGAIN}. */
    public static final int EWOULDBLOCK = EAGAIN;

    public static final int LOCK_EX = 2;
    public static final int LOCK_NB = 4;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option ERRNO_CAPTURE = Linker.Option.captureCallState("errno");

    private static final MethodHandle OPEN = bind(
            "open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle POLL =
            bind("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle READ =
            bind("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE =
            bind("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle IOCTL = bind(
            "ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_INT), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle IOCTL_POINTER = bind(
            "ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle FLOCK = bind("flock", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle CLOSE = bind("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle STRERROR = LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("strerror"), FunctionDescriptor.of(ADDRESS, JAVA_INT));

    /** {@code struct pollfd}: int fd, short events, short revents. */
    private static final StructLayout POLLFD = MemoryLayout.structLayout(
            JAVA_INT.withName("fd"), JAVA_SHORT.withName("events"), JAVA_SHORT.withName("revents"));

    private LinuxCalls() {}

    /**
     * Binds the C library's {@code name}; the handle takes a call-state segment ({@link #callState})
     * first, into which errno is captured right after the call, before the JVM can change it.
     */
    static MethodHandle bind(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        Linker.Option[] all = new Linker.Option[options.length + 1];
        all[0] = ERRNO_CAPTURE;
        System.arraycopy(options, 0, all, 1, options.length);
        return LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow(name), descriptor, all);
    }

    /** A failed call: errno, and the call it came from. */
    public static final class Failure extends IOException {

        private static final long serialVersionUID = 1L;

        private final int errno;

        public Failure(String call, int errno) {
            super(call + " failed: " + describe(errno));
            this.errno = errno;
        }

        public int errno() {
            return errno;
        }
    }

    public static int open(String path, int flags) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(path), flags, 0);
            return checked("open " + path, fd, state);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("open could not be called", t);
        }
    }

    /** Waits up to {@code timeoutMillis} for {@code fd}; returns the {@code revents}, 0 on time-out. */
    public static int poll(int fd, int timeoutMillis) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            MemorySegment pollfd = arena.allocate(POLLFD);
            pollfd.set(JAVA_INT, 0, fd);
            pollfd.set(JAVA_SHORT, 4, POLLIN);
            int ready = (int) POLL.invokeExact(state, pollfd, 1L, timeoutMillis);
            if (ready < 0 && errno(state) == EINTR) {
                return 0;
            }
            checked("poll", ready, state);
            return ready == 0 ? 0 : Short.toUnsignedInt(pollfd.get(JAVA_SHORT, 6));
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("poll could not be called", t);
        }
    }

    /** Reads into {@code into}; the count, 0 at the end of the file, or -{@code errno}. */
    public static int read(int fd, byte[] into) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            MemorySegment buffer = arena.allocate(into.length);
            long count = (long) READ.invokeExact(state, fd, buffer, (long) into.length);
            if (count < 0) {
                return -errno(state);
            }
            MemorySegment.copy(buffer, JAVA_BYTE, 0, into, 0, (int) count);
            return (int) count;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("read could not be called", t);
        }
    }

    /** Writes {@code length} bytes of {@code from}; the count written, or -{@code errno}. */
    public static int write(int fd, byte[] from, int length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            MemorySegment buffer = arena.allocate(Math.max(1, length));
            MemorySegment.copy(from, 0, buffer, JAVA_BYTE, 0, length);
            long count = (long) WRITE.invokeExact(state, fd, buffer, (long) length);
            return count < 0 ? -errno(state) : (int) count;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("write could not be called", t);
        }
    }

    public static void ioctl(int fd, long request, int argument) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            int result = (int) IOCTL.invokeExact(state, fd, request, argument);
            checked("ioctl 0x" + Long.toHexString(request), result, state);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("ioctl could not be called", t);
        }
    }

    /**
     * An ioctl whose argument is a structure: {@code argument} is handed to the kernel by address, and
     * what the kernel writes back into it is there after the call.
     */
    public static void ioctl(int fd, long request, MemorySegment argument) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            int result = (int) IOCTL_POINTER.invokeExact(state, fd, request, argument);
            checked("ioctl 0x" + Long.toHexString(request), result, state);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("ioctl could not be called", t);
        }
    }

    /**
     * {@code flock(fd, operation)}: an advisory lock on the file {@code fd} was opened from, held until
     * the last descriptor of that open is closed. With {@link #LOCK_NB} a lock another open holds fails
     * at once with {@link #EWOULDBLOCK}.
     */
    public static void flock(int fd, int operation) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            int result = (int) FLOCK.invokeExact(state, fd, operation);
            checked("flock", result, state);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("flock could not be called", t);
        }
    }

    public static void close(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = callState(arena);
            int unused = (int) CLOSE.invokeExact(state, fd);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("close could not be called", t);
        }
    }

    /** A segment for a bound call's captured errno, in {@code arena}. */
    static MemorySegment callState(Arena arena) {
        return arena.allocate(CALL_STATE);
    }

    /** {@code result}, or a {@link Failure} naming {@code call} and the errno captured in {@code state}. */
    static int checked(String call, int result, MemorySegment state) throws Failure {
        if (result < 0) {
            throw new Failure(call, errno(state));
        }
        return result;
    }

    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /** {@code "No such file or directory (errno 2)"}. */
    public static String describe(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.reinterpret(256).getString(0) + " (errno " + errno + ")";
        } catch (Throwable t) {
            return "errno " + errno;
        }
    }
}
