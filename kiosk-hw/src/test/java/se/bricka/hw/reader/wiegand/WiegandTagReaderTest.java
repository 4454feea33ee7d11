package se.bricka.hw.reader.wiegand;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ManualTime;

/** The Wiegand reader on Pi4J's mock GPIO: pulses on D0 and D1 become taps. */
class WiegandTagReaderTest {

    private final Context pi4j = Pi4J.newContextBuilder()
            .noAutoDetect()
            .add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance())
            .build();
    private final ManualTime time = new ManualTime();
    private final MockDigitalInput d0 = input("wiegand-d0", 5);
    private final MockDigitalInput d1 = input("wiegand-d1", 6);
    private final List<TagRead> taps = new CopyOnWriteArrayList<>();
    private final WiegandTagReader reader = new WiegandTagReader(
            "gate-1",
            d0,
            d1,
            WiegandDecoder.standard(),
            Duration.ofMillis(10),
            Duration.ofSeconds(1),
            time,
            () -> time.clock().instant().toEpochMilli() * 1_000_000L);

    private MockDigitalInput input(String id, int pin) {
        MockDigitalInput input = (MockDigitalInput) pi4j.create(
                DigitalInput.newConfigBuilder(pi4j).id(id).address(pin).pull(PullResistance.PULL_UP));
        input.mockState(DigitalState.HIGH);
        return input;
    }

    @AfterEach
    void shutDown() {
        reader.close();
        pi4j.shutdown();
    }

    /** Pulses the lines as a reader does, one bit every 2 ms, then waits for the frame gap. */
    private void transmit(String bits) {
        for (char bit : bits.toCharArray()) {
            MockDigitalInput line = bit == '1' ? d1 : d0;
            line.mockState(DigitalState.LOW);
            line.mockState(DigitalState.HIGH);
            time.sleep(Duration.ofMillis(2));
        }
        time.advance(Duration.ofMillis(50));
    }

    @Test
    void an_h10301_frame_on_the_data_lines_is_a_tap() {
        // given
        reader.start(taps::add);

        // when
        transmit(WiegandBits.h10301(18, 12345));

        // then
        assertThat(taps).singleElement().satisfies(read -> {
            assertThat(read.uid().hex()).isEqualTo("00123039");
            assertThat(read.readerId()).isEqualTo("gate-1");
        });
    }

    @Test
    void a_frame_with_a_parity_error_is_dropped_and_counted() {
        // given
        reader.start(taps::add);

        // when
        transmit(WiegandBits.flip(WiegandBits.h10301(18, 12345), 7));

        // then
        assertThat(taps).isEmpty();
        assertThat(reader.health().faultyFrames()).isEqualTo(1);
    }

    @Test
    void a_reader_repeating_the_frame_while_the_card_is_held_gives_one_tap() {
        // given
        reader.start(taps::add);

        // when
        transmit(WiegandBits.w34(0xA1B2, 0xC3D4));
        transmit(WiegandBits.w34(0xA1B2, 0xC3D4));

        // then
        assertThat(taps).hasSize(1);
    }

    @Test
    void the_same_card_after_the_repeat_window_is_a_second_tap() {
        // given
        reader.start(taps::add);
        transmit(WiegandBits.w34(0xA1B2, 0xC3D4));

        // when
        time.advance(Duration.ofSeconds(2));
        transmit(WiegandBits.w34(0xA1B2, 0xC3D4));

        // then
        assertThat(taps).hasSize(2);
    }

    @Test
    void a_closed_reader_ignores_the_lines() {
        // given
        reader.start(taps::add);
        reader.close();

        // when
        transmit(WiegandBits.h10301(18, 12345));

        // then
        assertThat(taps).isEmpty();
    }

    @Test
    void a_data_line_held_low_is_a_fault_and_its_release_ends_it() {
        // given
        reader.start(taps::add);

        // when: DATA1 shorted to ground
        d1.mockState(DigitalState.LOW);
        time.advance(Duration.ofMillis(500));

        // then: half a second is not yet a fault
        assertThat(reader.health().isOk()).isTrue();

        // when
        time.advance(Duration.ofMillis(600));

        // then
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.FAULTY);
        assertThat(reader.health().detail()).contains("DATA1 has been low");

        // when: the short is mended and a card is read
        d1.mockState(DigitalState.HIGH);
        time.advance(Duration.ofMillis(20));
        transmit(WiegandBits.h10301(18, 12345));

        // then
        assertThat(reader.health().isOk()).isTrue();
        assertThat(taps).hasSize(1);
    }
}
