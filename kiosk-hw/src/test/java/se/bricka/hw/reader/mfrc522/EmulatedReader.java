package se.bricka.hw.reader.mfrc522;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.spi.Spi;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ManualTime;

/** An {@link Mfrc522Reader} on a Pi4J context whose SPI is an {@link Mfrc522Emulator}, in manual time. */
final class EmulatedReader implements AutoCloseable {

    final Mfrc522Emulator chip;
    final ManualTime time = new ManualTime();
    final List<TagRead> taps = new CopyOnWriteArrayList<>();
    final Mfrc522Reader reader;
    private final Context pi4j;

    EmulatedReader(Mfrc522Emulator chip, PollingSettings settings) {
        this.chip = chip;
        this.pi4j = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new EmulatedSpiProvider(chip))
                .build();
        Spi spi = pi4j.create(Spi.newConfigBuilder(pi4j)
                .id("mfrc522")
                .bus(0)
                .channel(0)
                .baud(1_000_000)
                .mode(0)
                .provider(EmulatedSpiProvider.ID));
        this.reader = new Mfrc522Reader("door-1", spi, AntennaGain.DB_48, settings, time, time);
    }

    EmulatedReader(Mfrc522Emulator chip) {
        this(chip, PollingSettings.DEFAULT);
    }

    EmulatedReader() {
        this(new Mfrc522Emulator());
    }

    /** Starts the reader; the first poll runs on the next {@link #polls(int)}. */
    EmulatedReader started() {
        reader.start(taps::add);
        return this;
    }

    /** Lets {@code count} poll cycles run. */
    void polls(int count) {
        for (int i = 0; i < count; i++) {
            time.advance(PollingSettings.DEFAULT.interval());
        }
    }

    List<String> tappedUids() {
        return taps.stream().map(read -> read.uid().hex()).toList();
    }

    @Override
    public void close() {
        reader.close();
        pi4j.shutdown();
    }
}
