package se.bricka.hw.reader.evdev;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A USB port with an emulated keyboard-wedge reader: the test plugs it in and out, lets another
 * program hold its grab, and sends it bytes, which the reader receives as it would read them from
 * {@code /dev/input/eventN}. Every open, grab, release and close is logged in {@link #calls()}.
 */
final class EmulatedInputDevices implements InputDevice.Opener {

    private static final byte[] UNPLUGGED = new byte[0];

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean plugged = true;
    private volatile boolean grabbedElsewhere;
    private volatile BlockingQueue<byte[]> current;

    @Override
    public InputDevice open(Path path) throws IOException {
        calls.add("open");
        if (!plugged) {
            throw new NoSuchFileException(path.toString());
        }
        BlockingQueue<byte[]> bytes = new LinkedBlockingQueue<>();
        current = bytes;
        return new Device(bytes);
    }

    /** The reader sends {@code bytes} in one read. */
    void send(byte[] bytes) {
        BlockingQueue<byte[]> target = current;
        if (target == null) {
            throw new IllegalStateException("no device is open");
        }
        target.add(bytes.clone());
    }

    void unplug() {
        plugged = false;
        BlockingQueue<byte[]> target = current;
        current = null;
        if (target != null) {
            target.add(UNPLUGGED);
        }
    }

    void plugIn() {
        plugged = true;
    }

    /** Another program (the desktop, a second board) holds the grab. */
    void grabbedElsewhere(boolean held) {
        grabbedElsewhere = held;
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    private final class Device implements InputDevice {

        private final BlockingQueue<byte[]> bytes;
        private byte[] next;

        Device(BlockingQueue<byte[]> bytes) {
            this.bytes = bytes;
        }

        @Override
        public void grab() throws IOException {
            calls.add("grab");
            if (grabbedElsewhere) {
                throw new IOException("ioctl 0x40044590 failed: Device or resource busy (errno 16)");
            }
        }

        @Override
        public void release() {
            calls.add("release");
        }

        @Override
        public boolean await(Duration timeout) {
            if (next == null) {
                try {
                    next = bytes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return next != null;
        }

        @Override
        public int read(byte[] into) {
            byte[] chunk = next != null ? next : bytes.poll();
            next = null;
            if (chunk == null) {
                return 0;
            }
            if (chunk == UNPLUGGED) {
                return -1;
            }
            int count = Math.min(chunk.length, into.length);
            System.arraycopy(chunk, 0, into, 0, count);
            if (count < chunk.length) {
                next = Arrays.copyOfRange(chunk, count, chunk.length);
            }
            return count;
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }
}
