package se.bricka.hw.reader.evdev;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One kernel {@code struct input_event} as a 64-bit Linux writes it: a {@code struct timeval}
 * (seconds and microseconds, 8 bytes each), then {@code __u16 type}, {@code __u16 code} and {@code
 * __s32 value}, 24 bytes in the machine's byte order.
 *
 * @param seconds the event's time, whole seconds
 * @param micros the event's time, microseconds within the second
 * @param type the event type, such as {@link #EV_KEY}
 * @param code the key or axis, such as {@code KEY_ENTER}
 * @param value for keys: 0 released, 1 pressed, 2 auto-repeated
 */
public record InputEvent(long seconds, long micros, int type, int code, int value) {

    /** Bytes of one event on a 64-bit kernel. */
    public static final int BYTES = 24;

    /** Marks the end of one report; {@link #SYN_DROPPED} says the kernel's buffer overflowed. */
    public static final int EV_SYN = 0x00;

    public static final int EV_KEY = 0x01;

    /** Scan codes that keyboards send next to their keys; of no use here. */
    public static final int EV_MSC = 0x04;

    /** The highest event type the kernel defines; anything above it is garbage. */
    public static final int EV_MAX = 0x1f;

    public static final int SYN_DROPPED = 3;

    public static final int KEY_RELEASED = 0;
    public static final int KEY_PRESSED = 1;
    public static final int KEY_REPEATED = 2;

    /** The event's time in microseconds since the epoch of the device's clock. */
    public long timeMicros() {
        return seconds * 1_000_000L + micros;
    }

    /** Reads one event from {@code bytes} at {@code offset}, in the machine's byte order. */
    public static InputEvent read(byte[] bytes, int offset) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, BYTES).order(ByteOrder.nativeOrder());
        long seconds = buffer.getLong();
        long micros = buffer.getLong();
        int type = Short.toUnsignedInt(buffer.getShort());
        int code = Short.toUnsignedInt(buffer.getShort());
        int value = buffer.getInt();
        return new InputEvent(seconds, micros, type, code, value);
    }

    /** This event as the kernel would write it: the inverse of {@link #read}, for emulators. */
    public byte[] toBytes() {
        return ByteBuffer.allocate(BYTES)
                .order(ByteOrder.nativeOrder())
                .putLong(seconds)
                .putLong(micros)
                .putShort((short) type)
                .putShort((short) code)
                .putInt(value)
                .array();
    }
}
