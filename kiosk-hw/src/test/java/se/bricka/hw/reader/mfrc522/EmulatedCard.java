package se.bricka.hw.reader.mfrc522;

import java.util.HexFormat;
import java.util.Optional;

/**
 * An ISO/IEC 14443-3 type A card as its state machine: IDLE, READY (per cascade level), ACTIVE and
 * HALT. It answers REQA/WUPA with ATQA, anticollision frames with the rest of its UID bits, SELECT
 * with SAK + CRC_A, and falls back to IDLE (or HALT, if woken from there) on anything else.
 */
public final class EmulatedCard {

    private enum State {
        IDLE,
        READY,
        ACTIVE,
        HALT
    }

    private final byte[] uid;
    private final byte finalSak;
    private State state = State.IDLE;
    private boolean wokenFromHalt;
    private int level;

    EmulatedCard(byte[] uid, byte finalSak) {
        if (uid.length != 4 && uid.length != 7 && uid.length != 10) {
            throw new IllegalArgumentException("a type A UID has 4, 7 or 10 bytes, not " + uid.length);
        }
        this.uid = uid.clone();
        this.finalSak = finalSak;
        if (uid[lastLevelStart()] == (byte) 0x88) {
            throw new IllegalArgumentException("ISO/IEC 14443-3 reserves 0x88 (the cascade tag) for UID"
                    + lastLevelStart() + " of a " + uid.length + "-byte UID");
        }
    }

    private int lastLevelStart() {
        return (levels() - 1) * 3;
    }

    public static EmulatedCard withUid(String hex) {
        byte[] uid = HexFormat.of().parseHex(hex);
        return new EmulatedCard(uid, uid.length == 4 ? (byte) 0x08 : (byte) 0x00);
    }

    byte[] uid() {
        return uid.clone();
    }

    private int levels() {
        return uid.length == 4 ? 1 : uid.length == 7 ? 2 : 3;
    }

    /** The four UID bytes of cascade level {@code n} (0-based) and their BCC. */
    byte[] cascadeLevel(int n) {
        byte[] part = new byte[5];
        boolean last = n == levels() - 1;
        if (last) {
            System.arraycopy(uid, n * 3, part, 0, 4);
        } else {
            part[0] = (byte) 0x88;
            System.arraycopy(uid, n * 3, part, 1, 3);
        }
        part[4] = (byte) (part[0] ^ part[1] ^ part[2] ^ part[3]);
        return part;
    }

    private byte[] atqa() {
        int sizeBits = (levels() - 1) << 6;
        return new byte[] {(byte) (sizeBits | 0x04), 0x00};
    }

    /** The card hears {@code frame}; returns what it sends back, if anything. */
    Optional<Bits> hear(Bits frame) {
        if (frame.length() == 7) {
            return wake(frame.wholeBytesOf7());
        }
        byte[] bytes = frame.wholeBytes();
        if (bytes.length == 4 && state == State.ACTIVE && bytes[0] == 0x50 && bytes[1] == 0x00 && CrcA.holds(bytes)) {
            state = State.HALT;
            return Optional.empty();
        }
        if (bytes.length >= 2 && state == State.READY && bytes[0] == selectCode(level)) {
            return bytes[1] == 0x70 ? select(frame) : anticollision(frame, bytes[1]);
        }
        fallBack();
        return Optional.empty();
    }

    private Optional<Bits> wake(int command) {
        boolean reqa = command == CardSelector.REQA && state == State.IDLE;
        boolean wupa = command == CardSelector.WUPA && (state == State.IDLE || state == State.HALT);
        if (reqa || wupa) {
            wokenFromHalt = state == State.HALT;
            state = State.READY;
            level = 0;
            return Optional.of(Bits.ofBytes(atqa()));
        }
        if (state != State.HALT) {
            fallBack();
        }
        return Optional.empty();
    }

    private Optional<Bits> anticollision(Bits frame, byte nvb) {
        int knownBits = ((nvb >> 4) - 2) * 8 + (nvb & 0x07);
        if (knownBits < 0 || knownBits > 40 || frame.length() != 16 + knownBits) {
            fallBack();
            return Optional.empty();
        }
        Bits mine = Bits.ofBytes(cascadeLevel(level));
        if (!mine.startsWith(frame.from(16))) {
            return Optional.empty();
        }
        return Optional.of(mine.from(knownBits));
    }

    private Optional<Bits> select(Bits frame) {
        byte[] bytes = frame.wholeBytes();
        byte[] expected = new byte[7];
        expected[0] = selectCode(level);
        expected[1] = 0x70;
        System.arraycopy(cascadeLevel(level), 0, expected, 2, 5);
        if (bytes.length != 9 || !CrcA.holds(bytes) || !java.util.Arrays.equals(bytes, 0, 7, expected, 0, 7)) {
            fallBack();
            return Optional.empty();
        }
        boolean last = level == levels() - 1;
        if (last) {
            state = State.ACTIVE;
            return Optional.of(Bits.ofBytes(CrcA.append(finalSak)));
        }
        level++;
        return Optional.of(Bits.ofBytes(CrcA.append((byte) 0x04)));
    }

    private void fallBack() {
        state = wokenFromHalt ? State.HALT : State.IDLE;
    }

    /** A card leaving the field loses power: it is IDLE when it comes back. */
    void leaveField() {
        state = State.IDLE;
        wokenFromHalt = false;
    }

    private static byte selectCode(int level) {
        return (byte) (0x93 + 2 * level);
    }
}
