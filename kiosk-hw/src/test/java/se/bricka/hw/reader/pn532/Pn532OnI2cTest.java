package se.bricka.hw.reader.pn532;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ManualTime;

/** The PN532 driver over Pi4J I2C against the emulated PN532. */
class Pn532OnI2cTest {

    private final Pn532Emulator chip = new Pn532Emulator();
    private final ManualTime time = new ManualTime();
    private final Context pi4j = Pi4J.newContextBuilder()
            .noAutoDetect()
            .add(new Pn532I2cProvider(chip))
            .build();
    private final Pn532Reader reader = new Pn532Reader(
            "gate-3",
            pi4j.create(I2C.newConfigBuilder(pi4j)
                    .id("pn532")
                    .bus(1)
                    .device(Pn532I2c.ADDRESS)
                    .provider(Pn532I2cProvider.ID)),
            PollingSettings.DEFAULT,
            time,
            time);
    private final List<TagRead> taps = new CopyOnWriteArrayList<>();

    @AfterEach
    void shutDown() {
        reader.close();
        pi4j.shutdown();
    }

    private void polls(int count) {
        for (int i = 0; i < count; i++) {
            time.advance(PollingSettings.DEFAULT.interval());
        }
    }

    @Test
    void a_card_held_on_an_i2c_pn532_is_one_tap() {
        // given
        reader.start(taps::add);
        chip.present("04A1B2C3D4E5F6");

        // when
        polls(10);

        // then
        assertThat(taps)
                .singleElement()
                .satisfies(read -> assertThat(read.uid().hex()).isEqualTo("04A1B2C3D4E5F6"));
    }

    @Test
    void a_broken_checksum_over_i2c_is_a_faulty_frame_not_a_uid() {
        // given
        reader.start(taps::add);
        polls(1);
        chip.present("A1B2C3D4");
        chip.faultNextCommand(Pn532Fault.BAD_DCS);

        // when
        polls(1);

        // then
        assertThat(taps).isEmpty();
        assertThat(reader.health().faultyFrames()).isEqualTo(1);
    }

    @Test
    void an_address_nobody_acknowledges_is_not_answering_and_recovers() {
        // given
        reader.start(taps::add);
        polls(1);
        chip.silent(true);
        time.advance(Duration.ofSeconds(1));
        ReaderHealth whileSilent = reader.health();

        // when
        chip.silent(false);
        chip.present("A1B2C3D4");
        polls(2);

        // then
        assertThat(whileSilent.status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
        assertThat(taps).hasSize(1);
        assertThat(reader.health().isOk()).isTrue();
    }
}
