package se.bricka.hw.reader.pn532;

import java.util.Objects;

/** A frame from the PN532, as {@link Pn532Frames#decode} made it out. */
sealed interface Pn532Message {

    /** A normal information frame: TFI (0xD5 from the PN532) and the data after it. */
    record Information(int tfi, byte[] data) implements Pn532Message {
        public Information {
            Objects.requireNonNull(data, "data");
        }
    }

    /** The PN532 took the host's frame. */
    record Ack() implements Pn532Message {}

    /** The PN532 asks for the last frame again. */
    record Nack() implements Pn532Message {}

    /** The PN532 could not make sense of the host's frame (a syntax error frame, data 0x7F). */
    record ApplicationError() implements Pn532Message {}

    /** Bytes that are no frame: a broken checksum, a cut-off frame, no start code. */
    record Invalid(String why) implements Pn532Message {}
}
