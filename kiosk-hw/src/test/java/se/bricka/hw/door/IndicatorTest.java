package se.bricka.hw.door;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.hw.time.ManualTime;
import se.bricka.hw.time.Scheduler;

class IndicatorTest {

    private final MockGpio gpio = new MockGpio();
    private final ManualTime time = new ManualTime();
    private final MockDigitalOutput greenPin = gpio.output("green", 24, DigitalState.LOW);
    private final MockDigitalOutput redPin = gpio.output("red", 25, DigitalState.LOW);
    private final MockDigitalOutput buzzerPin = gpio.output("buzzer", 12, DigitalState.HIGH);
    private final GpioIndicator indicator = new GpioIndicator(
            new GpioSwitch(greenPin, true), new GpioSwitch(redPin, true), new GpioSwitch(buzzerPin, false), time);

    @AfterEach
    void shutDown() {
        gpio.close();
    }

    private boolean buzzing() {
        return buzzerPin.state() == DigitalState.LOW;
    }

    /** Samples the buzzer every 10 ms for {@code span}; counts how often it starts. */
    private int beepsDuring(Duration span) {
        int beeps = 0;
        boolean was = buzzing();
        beeps += was ? 1 : 0;
        for (long ms = 0; ms < span.toMillis(); ms += 10) {
            time.advance(Duration.ofMillis(10));
            boolean is = buzzing();
            beeps += is && !was ? 1 : 0;
            was = is;
        }
        return beeps;
    }

    @Test
    void granted_lights_green_with_one_short_beep_then_goes_dark() {
        // when
        indicator.granted();

        // then
        assertThat(greenPin.state()).isEqualTo(DigitalState.HIGH);
        assertThat(beepsDuring(Duration.ofSeconds(2))).isEqualTo(1);
        assertThat(redPin.state()).isEqualTo(DigitalState.LOW);
        time.advance(Duration.ofSeconds(1));
        assertThat(greenPin.state()).isEqualTo(DigitalState.LOW);
        assertThat(indicator.signal()).isEqualTo(Indicator.Signal.IDLE);
    }

    @Test
    void refused_lights_red_with_three_beeps() {
        // when
        indicator.refused();

        // then
        assertThat(redPin.state()).isEqualTo(DigitalState.HIGH);
        assertThat(indicator.signal()).isEqualTo(Indicator.Signal.REFUSED);
        assertThat(beepsDuring(Duration.ofSeconds(2))).isEqualTo(3);
        assertThat(greenPin.state()).isEqualTo(DigitalState.LOW);
    }

    @Test
    void fault_blinks_red_until_idle() {
        // given
        indicator.fault();
        List<DigitalState> red = new ArrayList<>();

        // when
        for (int i = 0; i < 4; i++) {
            time.advance(Duration.ofMillis(500));
            red.add(redPin.state());
        }
        indicator.idle();
        time.advance(Duration.ofSeconds(2));

        // then
        assertThat(red).contains(DigitalState.HIGH, DigitalState.LOW);
        assertThat(redPin.state()).isEqualTo(DigitalState.LOW);
        assertThat(buzzing()).isFalse();
    }

    @Test
    void a_new_signal_cuts_the_old_pattern_short() {
        // given
        indicator.refused();

        // when
        indicator.granted();
        time.advance(Duration.ofMillis(500));

        // then
        assertThat(redPin.state()).isEqualTo(DigitalState.LOW);
        assertThat(greenPin.state()).isEqualTo(DigitalState.HIGH);
        assertThat(buzzing()).isFalse();
    }

    @Test
    void the_simulated_indicator_plays_the_same_pattern() {
        // given
        SimulatedIndicator simulated = new SimulatedIndicator(time);

        // when
        simulated.granted();
        time.advance(Duration.ofSeconds(3));

        // then
        assertThat(simulated.shown())
                .containsExactly(new Lamps(true, false, true), new Lamps(true, false, false), Lamps.DARK);
    }

    @Test
    void a_step_of_the_old_pattern_already_under_way_does_not_show_in_the_new_one() {
        // given: a scheduler whose cancel comes too late, as for a step the door thread has already taken
        Scheduler late = new Scheduler() {
            @Override
            public Cancellable schedule(Duration delay, Runnable task) {
                time.schedule(delay, task);
                return () -> {};
            }

            @Override
            public Cancellable repeat(Duration interval, Runnable task) {
                time.repeat(interval, task);
                return () -> {};
            }

            @Override
            public java.time.Clock clock() {
                return time.clock();
            }

            @Override
            public void close() {}
        };
        GpioIndicator racing = new GpioIndicator(
                new GpioSwitch(greenPin, true), new GpioSwitch(redPin, true), new GpioSwitch(buzzerPin, false), late);
        racing.refused();
        racing.fault();

        // when
        racing.granted();

        // then: for the whole granted pattern, never red, one beep, and idle at its end
        List<DigitalState> red = new ArrayList<>();
        int beeps = 0;
        boolean was = buzzing();
        for (int ms = 0; ms < 3_500; ms += 10) {
            time.advance(Duration.ofMillis(10));
            red.add(redPin.state());
            beeps += buzzing() && !was ? 1 : 0;
            was = buzzing();
        }
        assertThat(red).containsOnly(DigitalState.LOW);
        assertThat(beeps).isZero(); // the one beep of granted began before the loop
        assertThat(racing.signal()).isEqualTo(Indicator.Signal.IDLE);
    }
}
