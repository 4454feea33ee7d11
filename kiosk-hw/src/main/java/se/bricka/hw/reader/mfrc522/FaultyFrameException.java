package se.bricka.hw.reader.mfrc522;

/** A frame from the card was damaged, half, or failed a checksum; nothing in it can be trusted. */
final class FaultyFrameException extends Exception {

    FaultyFrameException(String message) {
        super(message);
    }
}
