package se.bricka.hw.reader.pn532;

import com.pi4j.io.spi.Spi;
import java.util.Objects;
import se.bricka.hw.time.Sleeper;

/**
 * The PN532's SPI link (UM0701-02, section 6.2.5). Every transfer starts with an operation byte:
 * 0x01 data write, 0x02 status read, 0x03 data read. The status byte has bit 0 set when the PN532
 * has something to send. The PN532 shifts bits least significant first, while the Pi's SPI
 * controller only does most significant first, so every byte is bit-reversed here.
 */
final class Pn532Spi extends StatusPolledLink {

    static final int DATA_WRITE = 0x01;
    static final int STATUS_READ = 0x02;
    static final int DATA_READ = 0x03;

    private final Spi spi;

    Pn532Spi(Spi spi, Sleeper sleeper) {
        super(sleeper);
        this.spi = Objects.requireNonNull(spi, "spi");
    }

    @Override
    public void write(byte[] frame) {
        byte[] tx = new byte[frame.length + 1];
        tx[0] = reverse(DATA_WRITE);
        for (int i = 0; i < frame.length; i++) {
            tx[i + 1] = reverse(frame[i]);
        }
        spi.transfer(tx, new byte[tx.length], tx.length);
    }

    @Override
    boolean ready() {
        byte[] tx = {reverse(STATUS_READ), 0};
        byte[] rx = new byte[2];
        spi.transfer(tx, rx, 2);
        return (reverse(rx[1]) & 0x01) == 0x01;
    }

    @Override
    byte[] read(int length) {
        byte[] tx = new byte[length + 1];
        tx[0] = reverse(DATA_READ);
        byte[] rx = new byte[length + 1];
        spi.transfer(tx, rx, tx.length);
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = reverse(rx[i + 1]);
        }
        return data;
    }

    static byte reverse(int value) {
        return (byte) (Integer.reverse(value & 0xFF) >>> 24);
    }

    @Override
    public void close() {
        spi.close();
    }
}
