package se.bricka.hw.reader.evdev;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An open input device ({@code /dev/input/eventN}), as the {@link EvdevTagReader} uses it. On Linux
 * it is a {@link LinuxInputDevice}; tests use emulated devices.
 */
public interface InputDevice extends AutoCloseable {

    /** Opens input devices by path. */
    @FunctionalInterface
    interface Opener {
        /** Opens {@code path}; throws when it is missing or may not be read. */
        InputDevice open(Path path) throws IOException;
    }

    /**
     * Takes the device for this process alone, so that its keystrokes reach neither the desktop nor
     * the board's controls. Throws when another process holds it.
     */
    void grab() throws IOException;

    /** Gives the device back to the rest of the system. */
    void release() throws IOException;

    /**
     * Waits up to {@code timeout} for something to read; true when there is, or when the device
     * went away (the next {@link #read} says which).
     */
    boolean await(Duration timeout) throws IOException;

    /**
     * Reads what is there into {@code into}: the number of bytes, 0 when nothing is there yet, or -1
     * when the device went away (unplugged, or the end of a pipe or file).
     */
    int read(byte[] into) throws IOException;

    @Override
    void close();
}
