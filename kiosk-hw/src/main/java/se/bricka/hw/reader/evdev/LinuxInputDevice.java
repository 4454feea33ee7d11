package se.bricka.hw.reader.evdev;

import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import se.bricka.hw.linux.LinuxCalls;

/**
 * An input device opened with the C library: non-blocking, so that {@link #await} with a time-out
 * lets the reader's thread notice a close. Works on {@code /dev/input/event*} and, for tests, on a
 * named pipe or a file.
 */
public final class LinuxInputDevice implements InputDevice {

    private static final short POLL_TROUBLE = 0x8 | 0x10 | 0x20; // POLLERR | POLLHUP | POLLNVAL

    private final int fd;
    private final InputGrab grab;
    private boolean closed;

    private LinuxInputDevice(int fd, InputGrab grab) {
        this.fd = fd;
        this.grab = grab;
    }

    /** Opens devices with the real {@code EVIOCGRAB}. */
    public static InputDevice.Opener opener() {
        return opener(new EvdevGrab());
    }

    /** Opens devices, grabbing them through {@code grab}. */
    public static InputDevice.Opener opener(InputGrab grab) {
        Objects.requireNonNull(grab, "grab");
        return path -> open(path, grab);
    }

    private static InputDevice open(Path path, InputGrab grab) throws IOException {
        if (ValueLayout.ADDRESS.byteSize() != 8) {
            throw new IOException("the evdev reader needs a 64-bit Linux: its input_event records are "
                    + InputEvent.BYTES + " bytes there");
        }
        int fd = LinuxCalls.open(path.toString(), LinuxCalls.O_RDONLY | LinuxCalls.O_NONBLOCK | LinuxCalls.O_CLOEXEC);
        return new LinuxInputDevice(fd, grab);
    }

    @Override
    public void grab() throws IOException {
        grab.grab(fd);
    }

    @Override
    public void release() throws IOException {
        grab.release(fd);
    }

    @Override
    public boolean await(Duration timeout) throws IOException {
        int events = LinuxCalls.poll(fd, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        return (events & (LinuxCalls.POLLIN | POLL_TROUBLE)) != 0;
    }

    @Override
    public int read(byte[] into) throws IOException {
        int count = LinuxCalls.read(fd, into);
        if (count > 0) {
            return count;
        }
        if (count == 0 || count == -LinuxCalls.ENODEV) {
            return -1;
        }
        if (count == -LinuxCalls.EAGAIN || count == -LinuxCalls.EINTR) {
            return 0;
        }
        throw new LinuxCalls.Failure("read", -count);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            LinuxCalls.close(fd);
        }
    }
}
