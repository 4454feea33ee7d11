package se.bricka.hw.reader.mfrc522;

/**
 * What a card sent back to one frame.
 *
 * @param data the received bytes, as the chip put them in its FIFO
 * @param validBitsInLastByte how many bits of the last byte are valid; 0 means all eight
 * @param collisionBit 1-based position of the first collided bit, counted from bit 0 of the first
 *     FIFO byte (RxAlign included); 0 when no collision happened
 */
record Answer(byte[] data, int validBitsInLastByte, int collisionBit) {

    boolean collided() {
        return collisionBit > 0;
    }

    int length() {
        return data.length;
    }
}
