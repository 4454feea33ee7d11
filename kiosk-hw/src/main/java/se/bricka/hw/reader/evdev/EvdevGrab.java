package se.bricka.hw.reader.evdev;

import java.io.IOException;
import se.bricka.hw.linux.LinuxCalls;

/**
 * The real {@code EVIOCGRAB}: {@code ioctl(fd, EVIOCGRAB, 1)} takes the device, {@code 0} gives it
 * back. While grabbed, the kernel hands the device's events to this file descriptor only.
 */
public final class EvdevGrab implements InputGrab {

    /** {@code _IOW('E', 0x90, int)}: write direction, 4-byte argument, type 'E', number 0x90. */
    static final long EVIOCGRAB = (1L << 30) | (4L << 16) | ('E' << 8) | 0x90;

    @Override
    public void grab(int fd) throws IOException {
        LinuxCalls.ioctl(fd, EVIOCGRAB, 1);
    }

    @Override
    public void release(int fd) throws IOException {
        LinuxCalls.ioctl(fd, EVIOCGRAB, 0);
    }
}
