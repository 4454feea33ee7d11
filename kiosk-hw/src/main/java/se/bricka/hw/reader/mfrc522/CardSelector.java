package se.bricka.hw.reader.mfrc522;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import se.bricka.core.tag.TagUid;

/**
 * Reads a card's UID the ISO/IEC 14443-3 type A way: wake the cards in the field, then for each
 * cascade level run the bit-wise anticollision loop and select, and finally put the card to sleep.
 *
 * <p>A UID of 4 bytes needs one cascade level, 7 bytes two, 10 bytes three. At every level but the
 * last the card sends the cascade tag 0x88 followed by three UID bytes, and its SAK has the cascade
 * bit (0x04) set. Every anticollision answer ends with BCC, the XOR of its four bytes; every SAK is
 * followed by CRC_A. A frame that fails either check is dropped: a wrong UID is worse than none.
 *
 * <p>When two cards answer at once their bits collide. The chip reports the first collided bit; the
 * selector keeps the bits before it, picks 1 for the collided bit and asks again, so only the cards
 * whose UID has that prefix answer. That ends with exactly one card selected, never a mixture.
 */
final class CardSelector {

    /** REQA: wakes cards in IDLE state. Seven bits. */
    static final byte REQA = 0x26;
    /** WUPA: wakes cards in IDLE and HALT state, so a card held on the reader answers every cycle. */
    static final byte WUPA = 0x52;

    private static final int SHORT_FRAME_BITS = 7;
    private static final byte[] SELECT_CODES = {(byte) 0x93, (byte) 0x95, (byte) 0x97};
    private static final byte CASCADE_TAG = (byte) 0x88;
    private static final int CASCADE_BIT = 0x04;
    private static final int NVB_SELECT = 0x70;
    private static final int UID_BITS_PER_LEVEL = 32;

    private final Transceiver chip;

    CardSelector(Transceiver chip) {
        this.chip = Objects.requireNonNull(chip, "chip");
    }

    /**
     * Wakes cards with {@code wakeCommand} ({@link #REQA} or {@link #WUPA}) and reads the UID of one.
     *
     * @return the UID, or empty when no card answered the wake-up
     * @throws FaultyFrameException when a frame was damaged or the card left during selection
     */
    Optional<TagUid> readUid(byte wakeCommand) throws FaultyFrameException, ChipSilentException {
        Optional<Answer> atqa = chip.transceive(new byte[] {wakeCommand}, SHORT_FRAME_BITS, 0);
        if (atqa.isEmpty()) {
            return Optional.empty();
        }
        if (atqa.get().length() != 2) {
            // ATQA may collide when several cards answer; that is fine. Its length may not be wrong.
            throw new FaultyFrameException("ATQA of " + atqa.get().length() + " bytes");
        }
        byte[] uid = new byte[10];
        int uidLength = 0;
        for (int level = 0; level < SELECT_CODES.length; level++) {
            byte[] uidPart = anticollision(SELECT_CODES[level]);
            int sak = select(SELECT_CODES[level], uidPart);
            boolean complete = (sak & CASCADE_BIT) == 0;
            if (complete == (uidPart[0] == CASCADE_TAG)) {
                throw new FaultyFrameException("cascade tag and SAK 0x%02X disagree".formatted(sak));
            }
            if (complete) {
                System.arraycopy(uidPart, 0, uid, uidLength, 4);
                halt();
                return Optional.of(TagUid.of(Arrays.copyOf(uid, uidLength + 4)));
            }
            System.arraycopy(uidPart, 1, uid, uidLength, 3);
            uidLength += 3;
        }
        throw new FaultyFrameException("card asked for a fourth cascade level");
    }

    /** Returns the four UID bytes of this level plus BCC, checked. */
    private byte[] anticollision(byte selectCode) throws FaultyFrameException, ChipSilentException {
        byte[] known = new byte[5];
        int knownBits = 0;
        for (int round = 0; round <= UID_BITS_PER_LEVEL; round++) {
            int fullBytes = knownBits / 8;
            int extraBits = knownBits % 8;
            byte[] frame = new byte[2 + fullBytes + (extraBits > 0 ? 1 : 0)];
            frame[0] = selectCode;
            frame[1] = (byte) (((2 + fullBytes) << 4) | extraBits);
            System.arraycopy(known, 0, frame, 2, frame.length - 2);
            Answer answer = chip.transceive(frame, extraBits, extraBits).orElseThrow(CardSelector::cardLeft);
            merge(known, fullBytes, extraBits, answer);
            if (!answer.collided()) {
                if (answer.length() != 5 - fullBytes || answer.validBitsInLastByte() != 0) {
                    throw new FaultyFrameException("anticollision answer of " + answer.length() + " bytes and "
                            + answer.validBitsInLastByte() + " bits");
                }
                checkBcc(known);
                return known;
            }
            knownBits = chooseAtCollision(known, knownBits, fullBytes * 8 + answer.collisionBit());
        }
        throw new FaultyFrameException("anticollision did not settle");
    }

    private static void merge(byte[] known, int fullBytes, int extraBits, Answer answer) throws FaultyFrameException {
        byte[] data = answer.data();
        if (data.length == 0 || fullBytes + data.length > known.length) {
            throw new FaultyFrameException("anticollision answer of " + data.length + " bytes");
        }
        int keptMask = (1 << extraBits) - 1;
        known[fullBytes] = (byte) ((known[fullBytes] & keptMask) | (data[0] & ~keptMask));
        System.arraycopy(data, 1, known, fullBytes + 1, data.length - 1);
    }

    /** Keeps the bits before the collision, takes 1 for the collided bit; returns the new known bit count. */
    private static int chooseAtCollision(byte[] known, int knownBits, int collisionBit) throws FaultyFrameException {
        if (collisionBit <= knownBits || collisionBit > UID_BITS_PER_LEVEL) {
            throw new FaultyFrameException("collision at bit " + collisionBit + " with " + knownBits + " bits known");
        }
        int index = (collisionBit - 1) / 8;
        int bit = (collisionBit - 1) % 8;
        known[index] = (byte) ((known[index] & ((1 << bit) - 1)) | (1 << bit));
        Arrays.fill(known, index + 1, known.length, (byte) 0);
        return collisionBit;
    }

    private static void checkBcc(byte[] uidPart) throws FaultyFrameException {
        byte bcc = (byte) (uidPart[0] ^ uidPart[1] ^ uidPart[2] ^ uidPart[3]);
        if (bcc != uidPart[4]) {
            throw new FaultyFrameException("BCC 0x%02X, expected 0x%02X".formatted(uidPart[4], bcc));
        }
    }

    private int select(byte selectCode, byte[] uidPart) throws FaultyFrameException, ChipSilentException {
        byte[] frame = new byte[9];
        frame[0] = selectCode;
        frame[1] = (byte) NVB_SELECT;
        System.arraycopy(uidPart, 0, frame, 2, 5);
        FrameCrc.append(frame, 7);
        Answer answer = chip.transceive(frame, 0, 0).orElseThrow(CardSelector::cardLeft);
        byte[] data = answer.data();
        if (answer.collided() || data.length != 3 || answer.validBitsInLastByte() != 0) {
            throw new FaultyFrameException("SAK frame of " + data.length + " bytes");
        }
        if (!FrameCrc.holds(data, 3)) {
            throw new FaultyFrameException("SAK failed its CRC_A");
        }
        return data[0] & 0xFF;
    }

    /**
     * HLTA: the card sleeps until the next WUPA. No card answers it (any answer would count as "not
     * acknowledged", and the UID is already checked), so it is only sent: waiting for an answer would
     * hold the tap up for the whole of the chip's 25 ms timer. The standard's 1 ms before the next
     * command is kept by the polling interval.
     */
    private void halt() throws ChipSilentException {
        byte[] frame = {0x50, 0x00, 0, 0};
        FrameCrc.append(frame, 2);
        chip.transmit(frame);
    }

    private static FaultyFrameException cardLeft() {
        return new FaultyFrameException("the card stopped answering during selection");
    }
}
