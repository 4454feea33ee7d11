package se.bricka.hw.reader.pn532;

import se.bricka.hw.testing.ChipSpiProvider;

/** A Pi4J SPI provider whose devices are a {@link Pn532Emulator}. */
public final class Pn532SpiProvider extends ChipSpiProvider {

    public static final String ID = "emulated-pn532-spi";

    public Pn532SpiProvider(Pn532Emulator chip) {
        super(ID, "Emulated PN532 SPI", chip::transfer);
    }
}
