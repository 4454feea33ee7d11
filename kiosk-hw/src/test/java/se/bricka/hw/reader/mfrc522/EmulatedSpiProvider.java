package se.bricka.hw.reader.mfrc522;

import se.bricka.hw.testing.ChipSpiProvider;

/** A Pi4J SPI provider whose devices answer each transfer from an {@link Mfrc522Emulator}. */
public final class EmulatedSpiProvider extends ChipSpiProvider {

    public static final String ID = "emulated-mfrc522-spi";

    public EmulatedSpiProvider(Mfrc522Emulator chip) {
        super(ID, "Emulated MFRC522 SPI", chip::transfer);
    }
}
