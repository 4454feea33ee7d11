package se.bricka.hw.door;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.hw.door.DoorEvent.Kind;
import se.bricka.hw.time.ManualTime;

/** Door contact and exit button on mock GPIO, against a simulated lock. */
class DoorMonitorTest {

    private static final DoorMonitorSettings SETTINGS =
            new DoorMonitorSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), false);

    private final MockGpio gpio = new MockGpio();
    private final ManualTime time = new ManualTime();
    // Normally-closed reed contact with a pull-up: high means open.
    private final MockDigitalInput contactPin = gpio.input("contact", 22, DigitalState.LOW);
    private final MockDigitalInput exitPin = gpio.input("exit", 23, DigitalState.HIGH);
    private final SimulatedDoorLock lock = new SimulatedDoorLock("laundry", DoorLock.DEFAULT_RELEASE, time);
    private final List<DoorEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void shutDown() {
        gpio.close();
    }

    private DoorMonitor watching(DoorMonitorSettings settings) {
        DoorMonitor monitor = new DoorMonitor(
                "laundry",
                new GpioDoorContact(contactPin, DigitalState.HIGH),
                new GpioExitButton(exitPin, DigitalState.LOW),
                lock,
                settings,
                time);
        monitor.start(events::add);
        return monitor;
    }

    private void door(boolean open) {
        contactPin.mockState(open ? DigitalState.HIGH : DigitalState.LOW);
        time.advance(Duration.ZERO);
    }

    private void pressExit() {
        exitPin.mockState(DigitalState.LOW);
        exitPin.mockState(DigitalState.HIGH);
        time.advance(Duration.ZERO);
    }

    private List<Kind> kinds() {
        return events.stream().map(DoorEvent::kind).toList();
    }

    @Test
    void opening_while_the_lock_is_released_is_an_ordinary_opening() {
        // given
        watching(SETTINGS);
        lock.unlock();

        // when
        door(true);
        door(false);

        // then
        assertThat(kinds()).containsExactly(Kind.OPENED, Kind.CLOSED);
    }

    @Test
    void opening_without_a_grant_or_exit_request_is_forced() {
        // given
        watching(SETTINGS);

        // when
        door(true);

        // then
        assertThat(kinds()).containsExactly(Kind.FORCED);
        assertThat(events.getFirst().at()).isEqualTo(time.clock().instant());
    }

    @Test
    void opening_after_the_release_time_has_run_out_is_forced() {
        // given
        watching(SETTINGS);
        lock.unlock();
        time.advance(Duration.ofSeconds(6));

        // when
        door(true);

        // then
        assertThat(kinds()).containsExactly(Kind.FORCED);
    }

    @Test
    void opening_shortly_after_an_exit_request_is_an_exit_not_forced() {
        // given
        watching(SETTINGS);
        pressExit();
        time.advance(Duration.ofSeconds(4));

        // when
        door(true);

        // then
        assertThat(kinds()).containsExactly(Kind.EXIT_REQUESTED, Kind.OPENED);
    }

    @Test
    void opening_long_after_an_exit_request_is_forced() {
        // given
        watching(SETTINGS);
        pressExit();
        time.advance(Duration.ofSeconds(11));

        // when
        door(true);

        // then
        assertThat(kinds()).containsExactly(Kind.EXIT_REQUESTED, Kind.FORCED);
    }

    @Test
    void an_exit_button_that_unlocks_releases_the_lock() {
        // given
        watching(new DoorMonitorSettings(Duration.ofSeconds(30), Duration.ZERO, true));

        // when
        pressExit();

        // then
        assertThat(lock.state()).isEqualTo(DoorLock.State.UNLOCKED);
    }

    @Test
    void a_door_open_longer_than_allowed_is_reported_held_open_once() {
        // given
        watching(SETTINGS);
        lock.unlock();
        door(true);

        // when
        time.advance(Duration.ofSeconds(29));
        List<Kind> before = kinds();
        time.advance(Duration.ofSeconds(120));

        // then
        assertThat(before).containsExactly(Kind.OPENED);
        assertThat(kinds()).containsExactly(Kind.OPENED, Kind.HELD_OPEN);
    }

    @Test
    void a_door_closed_in_time_is_not_held_open() {
        // given
        watching(SETTINGS);
        lock.unlock();
        door(true);
        time.advance(Duration.ofSeconds(20));

        // when
        door(false);
        time.advance(Duration.ofSeconds(60));

        // then
        assertThat(kinds()).containsExactly(Kind.OPENED, Kind.CLOSED);
    }

    @Test
    void a_door_already_open_at_start_is_reported_held_open_when_it_stays_open() {
        // given
        contactPin.mockState(DigitalState.HIGH);
        watching(SETTINGS);

        // when
        time.advance(Duration.ofSeconds(30));

        // then
        assertThat(kinds()).containsExactly(Kind.HELD_OPEN);
    }

    @Test
    void the_simulated_contact_and_button_give_the_same_events() {
        // given
        SimulatedDoorContact contact = new SimulatedDoorContact();
        SimulatedExitButton button = new SimulatedExitButton();
        DoorMonitor monitor = new DoorMonitor("laundry", contact, button, lock, SETTINGS, time);
        monitor.start(events::add);

        // when
        contact.open();
        time.advance(Duration.ofSeconds(31));
        contact.shut();
        button.press();
        time.advance(Duration.ZERO);

        // then
        assertThat(kinds()).containsExactly(Kind.FORCED, Kind.HELD_OPEN, Kind.CLOSED, Kind.EXIT_REQUESTED);
    }
}
