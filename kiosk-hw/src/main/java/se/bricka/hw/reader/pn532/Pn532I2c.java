package se.bricka.hw.reader.pn532;

import com.pi4j.io.i2c.I2C;
import java.util.Arrays;
import java.util.Objects;
import se.bricka.hw.time.Sleeper;

/**
 * The PN532's I2C link (UM0701-02, section 6.2.4), at address 0x24. The host writes a frame as is.
 * Every read the host starts begins with the status byte, bit 0 set when the PN532 is ready, and
 * then the PN532's frame; so a status check reads one byte, and a frame read one byte more than it
 * keeps. Unlike SPI, I2C sends bytes most significant bit first: nothing to reverse.
 */
final class Pn532I2c extends StatusPolledLink {

    /** The PN532's fixed 7-bit I2C address. */
    static final int ADDRESS = 0x24;

    private final I2C i2c;

    Pn532I2c(I2C i2c, Sleeper sleeper) {
        super(sleeper);
        this.i2c = Objects.requireNonNull(i2c, "i2c");
    }

    @Override
    public void write(byte[] frame) {
        i2c.write(frame, 0, frame.length);
    }

    @Override
    boolean ready() {
        byte[] status = new byte[1];
        int read = i2c.read(status, 0, 1);
        return read == 1 && (status[0] & 0x01) == 0x01;
    }

    /** Reads the status byte and {@code length} frame bytes; a PN532 not ready gives zeros, no frame. */
    @Override
    byte[] read(int length) {
        byte[] buffer = new byte[length + 1];
        int read = i2c.read(buffer, 0, buffer.length);
        if (read < 1 || (buffer[0] & 0x01) == 0) {
            return new byte[length];
        }
        return Arrays.copyOfRange(buffer, 1, buffer.length);
    }

    @Override
    public void close() {
        i2c.close();
    }
}
