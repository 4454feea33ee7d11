package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

class MaintenanceModelTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));
    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private final ActionQueue queue = new ActionQueue("maintenance-test");
    private final MaintenanceModel model = new MaintenanceModel(backend, queue, FxThread.direct(), clock);
    private final MaintenanceState state = model.state();

    @BeforeEach
    void start() {
        model.start();
        settle();
    }

    @AfterEach
    void stop() {
        queue.close();
    }

    @Test
    void the_long_press_opens_the_pin_pad() {
        // when
        model.open();

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(state.getMessageKey()).isNull();
    }

    @Test
    void a_caretakers_pin_opens_the_tools_and_the_entry_is_reported_with_their_identity() {
        // given
        model.open();

        // when
        type(FakeMaintenanceBackend.KIM_PIN);

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
        assertThat(state.getCaretaker()).isEqualTo("Kim Lind");
        assertThat(backend.events).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(CaretakerEventReport.ENTERED);
            assertThat(event.caretakerId()).isEqualTo(1L);
        });
    }

    @Test
    void the_pad_shows_how_many_digits_are_typed_and_never_the_digits() {
        // given
        model.open();

        // when
        model.digit(2);
        model.digit(4);
        model.erase();
        model.digit(6);

        // then
        assertThat(state.digitsProperty().get()).isEqualTo(2);
    }

    @Test
    void a_wrong_pin_says_how_many_tries_are_left_and_is_reported() {
        // given
        model.open();

        // when
        type("999999");

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(state.getMessageKey()).isEqualTo("maintenance.pin.wrong");
        assertThat(state.messageNumberProperty().get()).isEqualTo(4);
        assertThat(backend.eventKinds()).containsExactly(CaretakerEventReport.PIN_FAILED);
    }

    @Test
    void five_wrong_pins_lock_the_pad_with_a_countdown_and_report_the_lock() {
        // given
        model.open();

        // when
        for (int i = 0; i < 5; i++) {
            type("999999");
        }

        // then
        assertThat(state.isLocked()).isTrue();
        assertThat(state.getLockSecondsLeft()).isEqualTo(60);
        assertThat(state.getMessageKey()).isEqualTo("maintenance.pin.locked");
        assertThat(backend.eventKinds())
                .containsExactly("pin-failed", "pin-failed", "pin-failed", "pin-failed", "pin-failed", "locked-out");
        clock.advance(Duration.ofSeconds(15));
        model.tick();
        assertThat(state.getLockSecondsLeft()).isEqualTo(45);
    }

    @Test
    void the_right_pin_does_nothing_while_locked_and_opens_the_tools_after_the_lock() {
        // given
        model.open();
        for (int i = 0; i < 5; i++) {
            type("999999");
        }

        // when
        type(FakeMaintenanceBackend.KIM_PIN);

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.PIN);
        clock.advance(Duration.ofSeconds(60));
        model.tick();
        assertThat(state.isLocked()).isFalse();
        type(FakeMaintenanceBackend.KIM_PIN);
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
    }

    @Test
    void too_short_a_pin_gets_a_sentence_and_counts_as_no_try() {
        // given
        model.open();

        // when
        type("12345");

        // then
        assertThat(state.getMessageKey()).isEqualTo("maintenance.pin.pin-too-short");
        assertThat(backend.events).isEmpty();
        for (int i = 0; i < 4; i++) {
            type("999999");
        }
        assertThat(state.isLocked()).isFalse();
    }

    @Test
    void two_minutes_without_a_touch_leave_the_mode_and_the_exit_is_reported() {
        // given
        model.open();
        type(FakeMaintenanceBackend.KIM_PIN);

        // when
        clock.advance(MaintenanceModel.IDLE_LIMIT);
        model.tick();
        settle();

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.HIDDEN);
        assertThat(model.caretaker()).isEmpty();
        assertThat(backend.eventKinds()).containsExactly(CaretakerEventReport.ENTERED, CaretakerEventReport.LEFT);
    }

    @Test
    void a_touch_keeps_the_mode_open() {
        // given
        model.open();
        type(FakeMaintenanceBackend.KIM_PIN);

        // when
        clock.advance(Duration.ofSeconds(90));
        model.touched();
        clock.advance(Duration.ofSeconds(90));
        model.tick();

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
    }

    @Test
    void a_pin_revoked_at_the_backend_stops_working_with_the_push() {
        // given
        backend.pins.clear();

        // when
        model.changeListener()
                .changed(new ChangeEvent(
                        9, ChangeEvent.CARETAKER_PINS_CHANGED, 7, LocalDate.of(2026, 11, 25), LocalTime.MIDNIGHT));
        settle();
        model.open();
        type(FakeMaintenanceBackend.KIM_PIN);

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(state.getMessageKey()).isEqualTo("maintenance.pin.wrong");
    }

    @Test
    void resync_fetches_the_pins_again() {
        // given a PIN revoked while the board's stream could not replay
        backend.pins.clear();

        // when
        model.changeListener().changed(new ChangeEvent(9, ChangeEvent.RESYNC, 0, null, null, null));
        settle();
        model.open();
        type(FakeMaintenanceBackend.KIM_PIN);

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(state.getMessageKey()).isEqualTo("maintenance.pin.wrong");
    }

    @Test
    void events_that_do_not_get_through_are_sent_with_the_next_one() {
        // given
        model.open();
        backend.offline = true;
        type("999999");

        // when
        backend.offline = false;
        type("999999");

        // then
        assertThat(backend.eventKinds())
                .containsExactly(CaretakerEventReport.PIN_FAILED, CaretakerEventReport.PIN_FAILED);
    }

    private void type(String pin) {
        pin.chars().forEach(c -> model.digit(c - '0'));
        model.submit();
        settle();
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
}
