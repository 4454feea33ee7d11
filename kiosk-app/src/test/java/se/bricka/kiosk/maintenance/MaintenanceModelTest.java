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
import se.bricka.core.tag.TagHasher;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.CaretakerSession;
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
    void the_long_press_opens_the_pad_which_asks_for_the_staff_tag_first() {
        // when
        model.open();

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(state.getMessageKey()).isEqualTo("maintenance.pin.tag-first");
    }

    @Test
    void a_pin_alone_opens_nothing_and_counts_as_no_try() {
        // given
        model.open();

        // when
        type(FakeMaintenanceBackend.KIM_PIN);

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(state.getMessageKey()).isEqualTo("maintenance.pin.tag-first");
        assertThat(state.digitsProperty().get()).isZero();
        assertThat(model.caretaker()).isEmpty();
        assertThat(backend.events).isEmpty();
        assertThat(backend.verifications).isEmpty();
    }

    @Test
    void online_the_backend_checks_the_staff_tag_and_pin_and_staff_actions_are_offered() {
        // given
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);

        // when
        type(FakeMaintenanceBackend.KIM_PIN);

        // then
        assertThat(backend.verifications)
                .containsExactly(
                        new TagHasher(FakeMaintenanceBackend.TAG_KEY).hash(FakeMaintenanceBackend.KIM_STAFF_TAG) + " "
                                + FakeMaintenanceBackend.KIM_PIN);
        assertThat(state.isVerified()).isTrue();
        assertThat(model.verifiedSession()).map(CaretakerSession::token).contains(FakeMaintenanceBackend.SESSION_TOKEN);
    }

    @Test
    void offline_the_local_pin_opens_the_tools_but_offers_no_staff_actions() {
        // given
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
        backend.offline = true;

        // when
        type(FakeMaintenanceBackend.KIM_PIN);

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
        assertThat(state.isVerified()).isFalse();
        assertThat(model.verifiedSession()).isEmpty();
    }

    @Test
    void a_caretaker_the_backend_refuses_keeps_the_local_tools_only() {
        // given the backend holds another PIN than the board
        backend.refuseVerification = true;
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);

        // when
        type(FakeMaintenanceBackend.KIM_PIN);

        // then
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
        assertThat(state.isVerified()).isFalse();
        assertThat(model.verifiedSession()).isEmpty();
    }

    @Test
    void leaving_ends_the_backends_session() {
        // given
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
        type(FakeMaintenanceBackend.KIM_PIN);

        // when
        model.leave();
        settle();

        // then
        assertThat(backend.endedSessions).containsExactly(FakeMaintenanceBackend.SESSION_TOKEN);
        assertThat(state.isVerified()).isFalse();
        assertThat(model.verifiedSession()).isEmpty();
    }

    @Test
    void a_caretakers_pin_opens_the_tools_and_the_entry_is_reported_with_their_identity() {
        // given
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);

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
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);

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
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);

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
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);

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
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
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
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);

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
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
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
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
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
        boolean taken = model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
        model.open();
        type(FakeMaintenanceBackend.KIM_PIN);

        // then the staff tag opens nothing any more, and the PIN alone never did
        assertThat(taken).isFalse();
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(state.getMessageKey()).isEqualTo("maintenance.pin.tag-first");
        assertThat(model.caretaker()).isEmpty();
    }

    @Test
    void resync_fetches_the_pins_again() {
        // given a PIN revoked while the board's stream could not replay
        backend.pins.clear();

        // when
        model.changeListener().changed(new ChangeEvent(9, ChangeEvent.RESYNC, 0, null, null, null));
        settle();
        boolean taken = model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
        model.open();
        type(FakeMaintenanceBackend.KIM_PIN);

        // then the board fetched the PINs again: the staff tag opens nothing, and the PIN alone never did
        assertThat(taken).isFalse();
        assertThat(state.getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(state.getMessageKey()).isEqualTo("maintenance.pin.tag-first");
        assertThat(model.caretaker()).isEmpty();
    }

    @Test
    void events_that_do_not_get_through_are_sent_with_the_next_one() {
        // given
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
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
