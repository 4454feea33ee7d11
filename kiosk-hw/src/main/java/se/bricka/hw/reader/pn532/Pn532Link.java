package se.bricka.hw.reader.pn532;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The wire between host and PN532: SPI, I2C ({@link StatusPolledLink}, which ask the chip's RDY
 * status) or HSU ({@link Pn532Uart}, a byte stream without a status). Frames go out whole; the
 * PN532's frames come back one by one.
 */
interface Pn532Link {

    /**
     * Sends a whole frame. On HSU, bytes received before and not yet taken are dropped first, so that
     * a late answer to an earlier command is never taken for this one's.
     */
    void write(byte[] frame);

    /**
     * The next frame from the PN532, of about {@code length} bytes, waiting up to {@code timeout}
     * (plus the time the bytes take on the wire). Empty if nothing came; an {@link
     * Pn532Message.Invalid} if something came that is no whole frame.
     */
    Optional<Pn532Message> receive(int length, Duration timeout);

    /** Wakes a PN532 that sleeps until spoken to (HSU after power-on); nothing on SPI and I2C. */
    default void wakeUp() {}

    /**
     * HSU only: the baud-rate byte for SetSerialBaudRate when the PN532 was just woken at its power-on
     * rate and must be moved to the configured one.
     */
    default OptionalInt baudRateToSet() {
        return OptionalInt.empty();
    }

    /** HSU only: the host moves to the configured rate after acknowledging SetSerialBaudRate. */
    default void followBaudRate() {}

    void close();
}
