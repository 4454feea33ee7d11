package se.bricka.hw.reader.pn532;

/** The wire between host and PN532: SPI or I2C. Frames go out whole; answers come back on request. */
interface Pn532Link {

    /** Sends a whole frame. */
    void write(byte[] frame);

    /** Whether the PN532 has something to send (its RDY status bit). */
    boolean ready();

    /** Reads {@code length} bytes of what the PN532 sends. */
    byte[] read(int length);

    void close();
}
