package se.bricka.hw.reader.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Lets {@code count} poll cycles run; returns the bytes the driver clocked out in each of their transfers. */
    List<byte[]> transfersOfNextPolls(int count) {
        long before = chip.transfers();
        polls(count);
        int made = Math.toIntExact(chip.transfers() - before);
        List<byte[]> recent = chip.recentTransfers();
        if (made > recent.size()) {
            throw new IllegalStateException(made + " transfers, more than the emulator keeps");
        }
        return recent.subList(recent.size() - made, recent.size());
    }

    List<String> tappedUids() {
        return taps.stream().map(read -> read.uid().hex()).toList();
    }

    /** Closes the reader; fails if the driver sent the chip any transfer a real MFRC522 would misread. */
    @Override
    public void close() {
        reader.close();
        pi4j.shutdown();
        assertThat(chip.protocolViolations()).as("SPI framing the chip saw").isEmpty();
    }
}
