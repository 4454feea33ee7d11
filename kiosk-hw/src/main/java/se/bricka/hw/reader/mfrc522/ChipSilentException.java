package se.bricka.hw.reader.mfrc522;

/** The MFRC522 itself did not finish a command in time: unplugged, unpowered, or hung. */
final class ChipSilentException extends Exception {

    ChipSilentException(String message) {
        super(message);
    }
}
