package se.bricka.hw.testing;

import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiBase;
import com.pi4j.io.spi.SpiConfig;
import com.pi4j.io.spi.SpiProvider;
import com.pi4j.io.spi.SpiProviderBase;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A Pi4J SPI provider whose devices answer each full-duplex transfer from an emulated chip, so a
 * driver runs through Pi4J's own {@link Spi} API exactly as on a Pi.
 */
public class ChipSpiProvider extends SpiProviderBase {

    /** An emulated chip on the bus: clocks {@code tx} out and fills {@code rx} with what it answers. */
    @FunctionalInterface
    public interface Chip {
        void transfer(byte[] tx, byte[] rx, int length);
    }

    private final Chip chip;

    protected ChipSpiProvider(String id, String name, Chip chip) {
        super(id, name);
        this.chip = chip;
    }

    @Override
    public Spi create(SpiConfig config) {
        return new ChipSpi(this, config, chip);
    }

    private static final class ChipSpi extends SpiBase {

        private final Chip chip;

        ChipSpi(SpiProvider provider, SpiConfig config, Chip chip) {
            super(provider, config);
            this.chip = chip;
        }

        @Override
        public int transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int numberOfBytes) {
            byte[] tx = Arrays.copyOfRange(write, writeOffset, writeOffset + numberOfBytes);
            byte[] rx = new byte[numberOfBytes];
            chip.transfer(tx, rx, numberOfBytes);
            System.arraycopy(rx, 0, read, readOffset, numberOfBytes);
            return numberOfBytes;
        }

        @Override
        public int write(byte b) {
            return transfer(new byte[] {b}, 0, new byte[1], 0, 1);
        }

        @Override
        public int write(byte[] data, int offset, int length) {
            return transfer(data, offset, new byte[length], 0, length);
        }

        @Override
        public int write(Charset charset, CharSequence data) {
            byte[] bytes = data.toString().getBytes(charset);
            return write(bytes, 0, bytes.length);
        }

        @Override
        public int read() {
            return -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return -1;
        }
    }
}
