package se.bricka.hw.reader.pn532;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.spi.Spi;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ManualTime;

/** The PN532 driver on Pi4J SPI against an emulated PN532, in manual time. */
class Pn532ReaderTest {

    private final Pn532Emulator chip = new Pn532Emulator();
    private final ManualTime time = new ManualTime();
    private final Context pi4j = Pi4J.newContextBuilder()
            .noAutoDetect()
            .add(new Pn532SpiProvider(chip))
            .build();
    private final Pn532Reader reader = new Pn532Reader(
            "gate-2",
            pi4j.create(Spi.newConfigBuilder(pi4j).id("pn532").bus(0).channel(1).provider(Pn532SpiProvider.ID)),
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

    private List<String> uids() {
        return taps.stream().map(read -> read.uid().hex()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1B2C3D4", "04A1B2C3D4E5F6", "04A1B2C3D4E5F60718AB"})
    void a_card_in_the_field_is_one_tap_with_its_whole_uid(String uid) {
        // given
        reader.start(taps::add);
        chip.present(uid);

        // when
        polls(10);

        // then
        assertThat(uids()).containsExactly(uid);
        assertThat(reader.health().isOk()).isTrue();
    }

    @Test
    void lifting_and_tapping_again_is_a_second_tap() {
        // given
        reader.start(taps::add);
        chip.present("A1B2C3D4");
        polls(3);

        // when
        chip.removeCard();
        polls(3);
        chip.present("A1B2C3D4");
        polls(3);

        // then
        assertThat(uids()).containsExactly("A1B2C3D4", "A1B2C3D4");
    }

    @ParameterizedTest
    @EnumSource(
            value = Pn532Fault.class,
            names = {"NACK", "BAD_LCS", "BAD_DCS", "CUT_OFF", "ERROR_FRAME", "WRONG_RESPONSE_CODE"})
    void a_broken_answer_reports_nothing_and_counts_a_faulty_frame(Pn532Fault fault) {
        // given
        reader.start(taps::add);
        polls(1);
        chip.present("A1B2C3D4");
        chip.faultNextCommand(fault);

        // when
        polls(1);

        // then
        assertThat(taps).isEmpty();
        assertThat(reader.health().faultyFrames()).isEqualTo(1);
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
    }

    @ParameterizedTest
    @EnumSource(
            value = Pn532Fault.class,
            names = {"NO_ACK", "NO_RESPONSE"})
    void a_command_left_unanswered_times_out_as_not_answering(Pn532Fault fault) {
        // given
        reader.start(taps::add);
        polls(1);
        chip.present("A1B2C3D4");
        chip.faultNextCommand(fault);

        // when
        polls(1);

        // then
        assertThat(taps).isEmpty();
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
        assertThat(reader.health().detail()).contains("command 0x4A");
    }

    @Test
    void a_silent_pn532_is_not_answering_and_is_set_up_again_when_it_returns() {
        // given
        reader.start(taps::add);
        polls(1);
        chip.silent(true);
        time.advance(Duration.ofSeconds(1));
        ReaderHealth whileSilent = reader.health();

        // when
        chip.silent(false);
        chip.present("04A1B2C3D4E5F6");
        polls(2);

        // then
        assertThat(whileSilent.status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
        assertThat(uids()).containsExactly("04A1B2C3D4E5F6");
    }

    @Test
    void a_chip_that_is_not_a_pn532_is_faulty_and_reads_nothing() {
        // given
        chip.icByte(0x07);
        chip.present("A1B2C3D4");
        reader.start(taps::add);

        // when
        polls(3);

        // then
        assertThat(taps).isEmpty();
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.FAULTY);
        assertThat(reader.health().detail()).contains("0x07");
    }

    @Test
    void an_empty_field_is_answered_at_once_without_waiting_for_a_card() {
        // given
        reader.start(taps::add);

        // when
        polls(5);

        // then
        assertThat(taps).isEmpty();
        assertThat(reader.health()).isEqualTo(ReaderHealth.ok());
        assertThat(time.slept()).isLessThan(Duration.ofMillis(5));
    }
}
