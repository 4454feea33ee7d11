package se.bricka.hw.reader.pn532;

import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.io.i2c.I2CProvider;
import com.pi4j.io.i2c.I2CProviderBase;
import com.pi4j.plugin.mock.provider.i2c.MockI2C;

/** A Pi4J I2C provider whose devices are a {@link Pn532Emulator}: Pi4J's mock I2C with plain reads and writes rerouted. */
public final class Pn532I2cProvider extends I2CProviderBase {

    public static final String ID = "emulated-pn532-i2c";

    private final Pn532Emulator chip;

    public Pn532I2cProvider(Pn532Emulator chip) {
        super(ID, "Emulated PN532 I2C");
        this.chip = chip;
    }

    @Override
    public I2C create(I2CConfig config) {
        return new EmulatedI2c(this, config, chip);
    }

    private static final class EmulatedI2c extends MockI2C {

        private final Pn532Emulator chip;

        EmulatedI2c(I2CProvider provider, I2CConfig config, Pn532Emulator chip) {
            super(provider, config);
            this.chip = chip;
        }

        @Override
        public int write(byte[] data, int offset, int length) {
            chip.i2cWrite(java.util.Arrays.copyOfRange(data, offset, offset + length));
            return length;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return chip.i2cRead(buffer, offset, length);
        }
    }
}
