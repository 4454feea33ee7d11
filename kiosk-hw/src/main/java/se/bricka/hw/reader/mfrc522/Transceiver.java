package se.bricka.hw.reader.mfrc522;

import java.util.Optional;

/** The radio side of a reader chip, as the ISO/IEC 14443-A selection sees it. */
interface Transceiver {

    /**
     * Sends a frame and waits for the card's answer.
     *
     * @param frame the bytes to send, least significant bit first on the air
     * @param txLastBits bits of the last byte to send; 0 sends all eight
     * @param rxAlign where the first received bit lands in the first received byte
     * @return the answer, or empty when no card answered before the chip's timer ran out
     */
    Optional<Answer> transceive(byte[] frame, int txLastBits, int rxAlign)
            throws FaultyFrameException, ChipSilentException;

    /**
     * Sends a whole frame no card answers (HLTA) and returns once it is on the air, without waiting
     * out the chip's timer for an answer.
     */
    void transmit(byte[] frame) throws ChipSilentException;
}
