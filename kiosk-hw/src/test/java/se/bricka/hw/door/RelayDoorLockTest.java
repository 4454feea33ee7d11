package se.bricka.hw.door;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.hw.time.ManualTime;

class RelayDoorLockTest {

    private final MockGpio gpio = new MockGpio();
    private final ManualTime time = new ManualTime();

    @AfterEach
    void shutDown() {
        gpio.close();
    }

    private RelayDoorLock lock(MockDigitalOutput relay, boolean activeHigh, Duration release) {
        return new RelayDoorLock("laundry", new GpioSwitch(relay, activeHigh), release, time);
    }

    @Test
    void an_active_high_relay_goes_high_for_exactly_the_release_time() {
        // given
        MockDigitalOutput relay = gpio.output("relay", 17, DigitalState.LOW);
        RelayDoorLock lock = lock(relay, true, Duration.ofSeconds(5));

        // when
        lock.unlock();
        DigitalState during = relay.state();
        time.advance(Duration.ofMillis(4_999));
        DigitalState justBefore = relay.state();
        time.advance(Duration.ofMillis(1));

        // then
        assertThat(during).isEqualTo(DigitalState.HIGH);
        assertThat(justBefore).isEqualTo(DigitalState.HIGH);
        assertThat(relay.state()).isEqualTo(DigitalState.LOW);
        assertThat(lock.state()).isEqualTo(DoorLock.State.LOCKED);
    }

    @Test
    void an_active_low_relay_goes_low_to_release_and_high_to_lock() {
        // given
        MockDigitalOutput relay = gpio.output("relay", 17, DigitalState.HIGH);
        RelayDoorLock lock = lock(relay, false, Duration.ofSeconds(5));
        DigitalState before = relay.state();

        // when
        lock.unlock();
        DigitalState during = relay.state();
        time.advance(Duration.ofSeconds(5));

        // then
        assertThat(before).isEqualTo(DigitalState.HIGH);
        assertThat(during).isEqualTo(DigitalState.LOW);
        assertThat(relay.state()).isEqualTo(DigitalState.HIGH);
    }

    @Test
    void a_release_time_below_three_seconds_is_raised_to_three() {
        // given
        MockDigitalOutput relay = gpio.output("relay", 17, DigitalState.LOW);
        RelayDoorLock lock = lock(relay, true, Duration.ofSeconds(1));

        // when
        lock.unlock();
        time.advance(Duration.ofMillis(2_999));

        // then
        assertThat(lock.releaseTime()).isEqualTo(Duration.ofSeconds(3));
        assertThat(relay.state()).isEqualTo(DigitalState.HIGH);
        time.advance(Duration.ofMillis(1));
        assertThat(relay.state()).isEqualTo(DigitalState.LOW);
    }

    @Test
    void a_second_unlock_while_released_starts_the_release_time_over() {
        // given
        MockDigitalOutput relay = gpio.output("relay", 17, DigitalState.LOW);
        RelayDoorLock lock = lock(relay, true, Duration.ofSeconds(5));
        lock.unlock();
        time.advance(Duration.ofSeconds(4));

        // when
        lock.unlock();
        time.advance(Duration.ofSeconds(4));

        // then
        assertThat(lock.state()).isEqualTo(DoorLock.State.UNLOCKED);
        time.advance(Duration.ofSeconds(1));
        assertThat(lock.state()).isEqualTo(DoorLock.State.LOCKED);
    }

    @Test
    void lock_inside_the_release_time_locks_at_once_and_cancels_the_timer() {
        // given
        MockDigitalOutput relay = gpio.output("relay", 17, DigitalState.LOW);
        RelayDoorLock lock = lock(relay, true, Duration.ofSeconds(5));
        lock.unlock();

        // when
        lock.lock();

        // then
        assertThat(relay.state()).isEqualTo(DigitalState.LOW);
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void closing_the_lock_leaves_the_relay_off() {
        // given
        MockDigitalOutput relay = gpio.output("relay", 17, DigitalState.LOW);
        RelayDoorLock lock = lock(relay, true, Duration.ofSeconds(5));
        lock.unlock();

        // when
        lock.close();

        // then
        assertThat(relay.state()).isEqualTo(DigitalState.LOW);
    }

    @Test
    void the_simulated_lock_keeps_the_same_time_and_records_its_output() {
        // given
        SimulatedDoorLock lock = new SimulatedDoorLock("laundry", DoorLock.DEFAULT_RELEASE, time);

        // when
        lock.unlock();
        time.advance(Duration.ofSeconds(5));

        // then
        assertThat(lock.drives()).containsExactly(true, false);
        assertThat(lock.state()).isEqualTo(DoorLock.State.LOCKED);
    }
}
