package se.bricka.hw.reader.mfrc522;

import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiBase;
import com.pi4j.io.spi.SpiConfig;
import com.pi4j.io.spi.SpiProvider;
import com.pi4j.io.spi.SpiProviderBase;
import java.nio.charset.Charset;

/**
 * A Pi4J SPI provider whose devices answer each transfer from an {@link Mfrc522Emulator}, so the
 * driver runs through Pi4J's own {@link Spi} API exactly as on a Pi.
 */
public final class EmulatedSpiProvider extends SpiProviderBase {

    public static final String ID = "emulated-mfrc522-spi";

    private final Mfrc522Emulator chip;

    public EmulatedSpiProvider(Mfrc522Emulator chip) {
        super(ID, "Emulated MFRC522 SPI");
        this.chip = chip;
    }

    @Override
    public Spi create(SpiConfig config) {
        return new EmulatedSpi(this, config, chip);
    }

    private static final class EmulatedSpi extends SpiBase {

        private final Mfrc522Emulator chip;

        EmulatedSpi(SpiProvider provider, SpiConfig config, Mfrc522Emulator chip) {
            super(provider, config);
            this.chip = chip;
        }

        @Override
        public int transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int numberOfBytes) {
            byte[] tx = java.util.Arrays.copyOfRange(write, writeOffset, writeOffset + numberOfBytes);
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
