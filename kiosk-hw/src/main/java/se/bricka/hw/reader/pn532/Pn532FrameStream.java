package se.bricka.hw.reader.pn532;

import java.util.Arrays;
import java.util.Optional;

/**
 * The PN532's frames out of a byte stream, as they come over HSU (UART): a frame may arrive in
 * pieces, after line noise, or stop half-way. Bytes before a {@code 00 FF} start code are dropped. A
 * start code whose LEN and LCS disagree, or whose frame fails its data checksum, is skipped and the
 * search goes on after it, so that noise which happens to hold {@code 00 FF} cannot hide the real
 * frame behind it; the reason is kept for {@link #leftover()}. Nothing here ever gives a frame whose
 * checksums do not hold.
 */
final class Pn532FrameStream {

    /** A whole normal frame is at most 00 FF LEN LCS, 254 bytes of TFI and data, DCS: 260 bytes. */
    private static final int MAX_FRAME = 260;

    private byte[] buffer = new byte[2 * MAX_FRAME];
    private int size;
    private int dropped;
    private String lastRejection = "";

    /** Adds {@code count} bytes of {@code bytes} as they arrived. */
    void append(byte[] bytes, int count) {
        if (size + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + count));
        }
        System.arraycopy(bytes, 0, buffer, size, count);
        size += count;
    }

    /** Forgets everything received so far: a new command is about to go out. */
    void clear() {
        size = 0;
        dropped = 0;
        lastRejection = "";
    }

    /**
     * The next whole frame whose checksums hold (an ACK, a NACK, an information or an error frame),
     * taking it out of the stream; empty while more bytes are needed.
     */
    Optional<Pn532Message> next() {
        while (true) {
            int start = startCode();
            if (start < 0) {
                // Keep a trailing 0x00: it may be the first half of a start code still on its way.
                int keep = size > 0 && buffer[size - 1] == 0x00 ? 1 : 0;
                discard(size - keep);
                return Optional.empty();
            }
            discard(start);
            if (size < 4) {
                return Optional.empty();
            }
            int length = buffer[2] & 0xFF;
            int lengthCheck = buffer[3] & 0xFF;
            if (length == 0x00 && lengthCheck == 0xFF) {
                return taken(4, new Pn532Message.Ack());
            }
            if (length == 0xFF && lengthCheck == 0x00) {
                return taken(4, new Pn532Message.Nack());
            }
            if (length == 0 || ((length + lengthCheck) & 0xFF) != 0) {
                reject("LCS 0x%02X does not match LEN 0x%02X".formatted(lengthCheck, length));
                continue;
            }
            int whole = 4 + length + 1;
            if (size < whole) {
                return Optional.empty();
            }
            Pn532Message message = Pn532Frames.decode(Arrays.copyOf(buffer, whole));
            if (message instanceof Pn532Message.Invalid invalid) {
                reject(invalid.why());
                continue;
            }
            return taken(whole, message);
        }
    }

    /**
     * What arrived without making a frame, for when no more will come: a frame cut off, a frame
     * skipped for a bad checksum, or bytes without a start code. Empty when nothing arrived at all.
     */
    Optional<Pn532Message.Invalid> leftover() {
        if (size >= 2 && buffer[0] == 0x00 && buffer[1] == (byte) 0xFF) {
            String expected = size >= 3 ? " of " + (4 + (buffer[2] & 0xFF) + 1) : "";
            return Optional.of(new Pn532Message.Invalid("frame cut off after " + size + expected + " bytes"));
        }
        if (!lastRejection.isEmpty()) {
            return Optional.of(new Pn532Message.Invalid(lastRejection));
        }
        int noise = dropped + nonZero(0, size);
        if (noise > 0) {
            return Optional.of(new Pn532Message.Invalid(
                    noise + (noise == 1 ? " byte" : " bytes") + " without a frame (is the baud rate right?)"));
        }
        return Optional.empty();
    }

    private Optional<Pn532Message> taken(int length, Pn532Message message) {
        consume(length);
        dropped = 0;
        lastRejection = "";
        return Optional.of(message);
    }

    private void reject(String why) {
        lastRejection = why;
        discard(2);
    }

    /** Index of the first {@code 00 FF}, or -1. */
    private int startCode() {
        for (int i = 0; i + 1 < size; i++) {
            if (buffer[i] == 0x00 && buffer[i + 1] == (byte) 0xFF) {
                return i;
            }
        }
        return -1;
    }

    /** Drops {@code count} bytes, counting all but zeros (idle line, preambles, postambles) as noise. */
    private void discard(int count) {
        dropped += nonZero(0, count);
        consume(count);
    }

    private int nonZero(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (buffer[i] != 0x00) {
                count++;
            }
        }
        return count;
    }

    private void consume(int count) {
        System.arraycopy(buffer, count, buffer, 0, size - count);
        size -= count;
    }
}
