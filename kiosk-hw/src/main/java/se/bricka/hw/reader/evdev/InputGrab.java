package se.bricka.hw.reader.evdev;

import java.io.IOException;

/**
 * The {@code EVIOCGRAB} ioctl on an open file descriptor: kept behind this seam so tests can see
 * each grab and release. {@link EvdevGrab} is the real one.
 */
public interface InputGrab {

    /** Takes the device behind {@code fd} for this process alone. */
    void grab(int fd) throws IOException;

    /** Gives it back. */
    void release(int fd) throws IOException;
}
