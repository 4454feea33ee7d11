package se.bricka.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.core.booking.SlotState;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.testing.FakeBoardBackend;
import se.bricka.kiosk.testing.ManualDelays;

class BoardModelTest {

    /** Wednesday 25 November 2026, 09:00 in Stockholm. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneId.of(DemoEstate.ZONE));

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

    private final Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());
    private final FakeBoardBackend backend = new FakeBoardBackend(clock);
    private final ManualDelays delays = new ManualDelays();
    private final ActionQueue queue = new ActionQueue("test-actions");
    private BoardModel model;
    private BoardState state;

    @BeforeEach
    void startBoard() {
        model = new BoardModel(backend, queue, FxThread.direct(), delays, clock, BoardSettings.defaults());
        state = model.state();
        model.start();
        drain();
    }

    @AfterEach
    void stopBoard() {
        model.close();
        queue.close();
    }

    @Test
    void a_started_board_is_online_on_the_idle_screen_with_the_property_and_room() {
        // then
        assertThat(state.getScreen()).isEqualTo(Screen.IDLE);
        assertThat(state.isOnline()).isTrue();
        assertThat(state.getPropertyName()).isEqualTo(DemoEstate.PROPERTY_NAME);
        assertThat(state.getResourceName()).isEqualTo(DemoEstate.LAUNDRY_ROOM_NAME);
    }

    @Test
    void a_known_tag_shows_its_households_current_week() {
        // when
        tap("1102");

        // then
        assertThat(state.getScreen()).isEqualTo(Screen.WEEK);
        assertThat(state.getHousehold().apartmentLabel()).isEqualTo("1102");
        assertThat(state.getWeekStart()).isEqualTo(MONDAY);
        assertThat(state.slotsProperty()).hasSize(35);
        assertThat(slot(MONDAY, 7).state()).isEqualTo(SlotState.PAST);
        assertThat(slot(THURSDAY, 10).state()).isEqualTo(SlotState.FREE);
        assertThat(state.isBusy()).isFalse();
    }

    @Test
    void choosing_a_free_slot_asks_before_booking_anything() {
        // given
        tap("1102");

        // when
        model.selectSlot(slot(THURSDAY, 10));
        drain();

        // then
        assertThat(state.getPendingConfirmation().action()).isEqualTo(Confirmation.Action.BOOK);
        assertThat(slot(THURSDAY, 10).state()).isEqualTo(SlotState.FREE);
        assertThat(backend.idempotencyKeysSeen()).isEmpty();
    }

    @Test
    void confirming_a_free_slot_books_it_and_says_so() {
        // given
        tap("1102");
        model.selectSlot(slot(THURSDAY, 10));

        // when
        model.confirm();
        drain();

        // then
        assertThat(slot(THURSDAY, 10).state()).isEqualTo(SlotState.YOURS);
        assertThat(state.getPendingConfirmation()).isNull();
        assertThat(state.getMessage().kind()).isEqualTo(MessageKind.SUCCESS);
        assertThat(state.getMessage().key()).isEqualTo(MessageKeys.BOOKED);
        assertThat(state.getMessage().slot().date()).isEqualTo(THURSDAY);
    }

    @Test
    void saying_no_to_the_question_books_nothing() {
        // given
        tap("1102");
        model.selectSlot(slot(THURSDAY, 10));

        // when
        model.dismiss();
        drain();

        // then
        assertThat(state.getPendingConfirmation()).isNull();
        assertThat(slot(THURSDAY, 10).state()).isEqualTo(SlotState.FREE);
        assertThat(backend.idempotencyKeysSeen()).isEmpty();
    }

    @Test
    void a_refusal_is_told_by_the_sentence_of_its_code() {
        // given: another household takes the slot while this one is asked
        tap("1102");
        model.selectSlot(slot(THURSDAY, 10));
        bookQuietlyElsewhere("1205", THURSDAY, 10);

        // when
        model.confirm();
        drain();

        // then
        assertThat(state.getMessage().kind()).isEqualTo(MessageKind.REFUSAL);
        assertThat(state.getMessage().key()).isEqualTo("refusal.slot-taken");
        assertThat(slot(THURSDAY, 10).state()).isEqualTo(SlotState.TAKEN);
    }

    @Test
    void an_unknown_tag_stays_on_the_idle_screen_with_a_sentence() {
        // when
        model.tagRead(DemoEstate.UNKNOWN_TAG);
        drain();

        // then
        assertThat(state.getScreen()).isEqualTo(Screen.IDLE);
        assertThat(state.getMessage().key()).isEqualTo("refusal.unknown-tag");
        assertThat(state.getHousehold()).isNull();
    }

    @Test
    void a_sentence_on_the_idle_screen_goes_away_by_itself() {
        // given
        model.tagRead(DemoEstate.UNKNOWN_TAG);
        drain();

        // when
        delays.elapse(Duration.ofSeconds(30));
        drain();

        // then
        assertThat(state.getMessage()).isNull();
        assertThat(state.getScreen()).isEqualTo(Screen.IDLE);
    }

    @Test
    void an_offline_board_refuses_to_ask_for_a_booking() {
        // given
        tap("1102");
        backend.setOffline(true);
        model.nextWeek();
        drain();

        // when
        model.selectSlot(slot(THURSDAY, 10));

        // then
        assertThat(state.isOnline()).isFalse();
        assertThat(state.getPendingConfirmation()).isNull();
        assertThat(state.getMessage().key()).isEqualTo(MessageKeys.OFFLINE);
    }

    @Test
    void a_blocked_tag_stays_on_the_idle_screen_with_its_own_sentence() {
        // when
        model.tagRead(FakeBoardBackend.blockedTag());
        drain();

        // then
        assertThat(state.getScreen()).isEqualTo(Screen.IDLE);
        assertThat(state.getMessage().key()).isEqualTo("refusal.tag-blocked");
    }

    @Test
    void another_tag_replaces_the_household_shown_and_its_open_question() {
        // given
        tap("1102");
        model.selectSlot(slot(THURSDAY, 10));

        // when
        tap("1305");

        // then
        assertThat(state.getHousehold().apartmentLabel()).isEqualTo("1305");
        assertThat(state.getPendingConfirmation()).isNull();
    }

    @Test
    void logging_out_returns_to_the_idle_screen_and_forgets_the_household() {
        // given
        tap("1102");

        // when
        model.logOut();
        drain();

        // then
        assertThat(state.getScreen()).isEqualTo(Screen.IDLE);
        assertThat(state.getHousehold()).isNull();
        assertThat(state.slotsProperty()).isEmpty();
    }

    @Test
    void a_chosen_language_lasts_until_the_household_logs_out() {
        // given
        model.chooseLanguage("en");
        tap("1102");
        assertThat(state.getLanguage()).isEqualTo("en");

        // when
        model.logOut();
        drain();

        // then
        assertThat(state.getLanguage()).isNull();
    }

    @Test
    void thirty_seconds_without_a_touch_log_the_household_out() {
        // given
        tap("1102");

        // when
        delays.elapse(Duration.ofSeconds(30));
        drain();

        // then
        assertThat(state.getScreen()).isEqualTo(Screen.IDLE);
    }

    @Test
    void ten_seconds_before_the_idle_log_out_the_board_warns() {
        // given
        tap("1102");

        // when
        delays.elapse(Duration.ofSeconds(20));
        drain();

        // then
        assertThat(state.isLoggingOutSoon()).isTrue();
        assertThat(state.getScreen()).isEqualTo(Screen.WEEK);
    }

    @Test
    void a_touch_after_the_warning_keeps_the_household_logged_in() {
        // given
        tap("1102");
        delays.elapse(Duration.ofSeconds(25));

        // when
        model.touched();
        delays.elapse(Duration.ofSeconds(15));
        drain();

        // then
        assertThat(state.isLoggingOutSoon()).isFalse();
        assertThat(state.getScreen()).isEqualTo(Screen.WEEK);
    }

    @Test
    void a_touch_starts_the_idle_wait_over() {
        // given
        tap("1102");
        delays.elapse(Duration.ofSeconds(20));

        // when
        model.touched();
        delays.elapse(Duration.ofSeconds(20));
        drain();

        // then
        assertThat(state.getScreen()).isEqualTo(Screen.WEEK);
    }

    @Test
    void next_week_goes_forward_up_to_the_horizon_and_no_further() {
        // given
        tap("1102");

        // when
        for (int i = 0; i < 6; i++) {
            model.nextWeek();
        }
        drain();

        // then: 25 Nov + 4 weeks is 23 Dec, in the week of Monday 21 Dec
        assertThat(state.getWeekStart()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(state.isCanGoNext()).isFalse();
        assertThat(state.isCanGoPrevious()).isTrue();
    }

    @Test
    void previous_week_stops_at_the_current_week() {
        // given
        tap("1102");
        model.nextWeek();

        // when
        model.previousWeek();
        model.previousWeek();
        drain();

        // then
        assertThat(state.getWeekStart()).isEqualTo(MONDAY);
        assertThat(state.isCanGoPrevious()).isFalse();
    }

    @Test
    void a_pushed_change_in_the_shown_week_is_fetched_and_shown() {
        // given
        tap("1102");
        int callsBefore = backend.weekCalls();

        // when
        backend.bookElsewhere("1205", THURSDAY, 13);
        drain();

        // then
        assertThat(backend.weekCalls()).isEqualTo(callsBefore + 1);
        assertThat(slot(THURSDAY, 13).state()).isEqualTo(SlotState.TAKEN);
    }

    @Test
    void a_pushed_change_in_another_week_fetches_nothing() {
        // given
        tap("1102");
        backend.bookElsewhere("1205", THURSDAY, 13);
        drain();
        int callsBefore = backend.weekCalls();

        // when
        backend.bookElsewhere("1205", THURSDAY.plusWeeks(2), 13);
        drain();

        // then
        assertThat(backend.weekCalls()).isEqualTo(callsBefore);
    }

    @Test
    void a_gap_in_pushed_versions_fetches_the_week_again() {
        // given
        tap("1102");
        int callsBefore = backend.weekCalls();

        // when: version 5 arrives for another week, but 1 to 4 were never heard
        backend.push(new ChangeEvent(5, ChangeEvent.BOOKING_CREATED, 1, THURSDAY.plusWeeks(2), LocalTime.of(7, 0)));
        drain();

        // then
        assertThat(backend.weekCalls()).isEqualTo(callsBefore + 1);
    }

    @Test
    void resync_fetches_the_week_again_though_no_version_was_skipped() {
        // given
        tap("1102");
        backend.push(new ChangeEvent(1, ChangeEvent.BOOKING_CREATED, 1, THURSDAY.plusWeeks(2), LocalTime.of(7, 0)));
        drain();
        int callsBefore = backend.weekCalls();

        // when the backend could not replay what the board missed
        backend.push(new ChangeEvent(2, ChangeEvent.RESYNC, 0, null, null, null));
        drain();

        // then
        assertThat(backend.weekCalls()).isEqualTo(callsBefore + 1);
    }

    @Test
    void another_propertys_change_fetches_nothing() {
        // given
        tap("1102");
        backend.push(new ChangeEvent(1, ChangeEvent.BOOKING_CREATED, 1, THURSDAY.plusWeeks(2), LocalTime.of(7, 0)));
        drain();
        int callsBefore = backend.weekCalls();

        // when
        backend.push(new ChangeEvent(2, ChangeEvent.ELSEWHERE, 0, null, null, null));
        drain();

        // then
        assertThat(backend.weekCalls()).isEqualTo(callsBefore);
    }

    @Test
    void confirming_ones_own_slot_cancels_it() {
        // given
        tap("1102");
        model.selectSlot(slot(THURSDAY, 10));
        model.confirm();
        drain();

        // when
        model.selectSlot(slot(THURSDAY, 10));
        Confirmation question = state.getPendingConfirmation();
        model.confirm();
        drain();

        // then
        assertThat(question.action()).isEqualTo(Confirmation.Action.CANCEL);
        assertThat(slot(THURSDAY, 10).state()).isEqualTo(SlotState.FREE);
        assertThat(state.getMessage().key()).isEqualTo(MessageKeys.CANCELLED);
    }

    @Test
    void a_fault_in_the_backend_client_is_told_as_something_went_wrong_and_the_board_stays_usable() {
        // given
        tap("1102");
        model.selectSlot(slot(THURSDAY, 10));
        backend.failWith(new IllegalStateException("a bug"));

        // when
        model.confirm();
        drain();

        // then
        assertThat(state.isBusy()).isFalse();
        assertThat(state.getPendingConfirmation()).isNull();
        assertThat(state.getMessage().key()).isEqualTo(MessageKeys.UNEXPECTED_REFUSAL);
    }

    @Test
    void a_taken_slot_explains_itself_instead_of_asking() {
        // given
        tap("1102");
        backend.bookElsewhere("1205", THURSDAY, 13);
        drain();

        // when
        model.selectSlot(slot(THURSDAY, 13));

        // then
        assertThat(state.getPendingConfirmation()).isNull();
        assertThat(state.getMessage().key()).isEqualTo(MessageKeys.SLOT_TAKEN);
    }

    @Test
    void a_booking_that_did_not_get_through_keeps_the_question_and_its_key_for_another_yes() {
        // given
        tap("1102");
        model.selectSlot(slot(THURSDAY, 10));
        backend.setOffline(true);

        // when
        model.confirm();
        drain();
        backend.setOffline(false);
        model.confirm();
        drain();

        // then
        assertThat(backend.idempotencyKeysSeen()).hasSize(2);
        assertThat(backend.idempotencyKeysSeen().get(1))
                .isEqualTo(backend.idempotencyKeysSeen().get(0));
        assertThat(slot(THURSDAY, 10).state()).isEqualTo(SlotState.YOURS);
    }

    @Test
    void an_unreachable_backend_at_start_shows_offline_and_is_retried() {
        // given
        FakeBoardBackend down = new FakeBoardBackend(clock);
        down.setOffline(true);
        try (BoardModel board =
                new BoardModel(down, queue, FxThread.direct(), delays, clock, BoardSettings.defaults())) {
            board.start();
            drain();
            assertThat(board.state().isOnline()).isFalse();

            // when
            down.setOffline(false);
            delays.elapse(Duration.ofMinutes(1));
            drain();

            // then
            assertThat(board.state().isOnline()).isTrue();
            assertThat(board.state().getPropertyName()).isEqualTo(DemoEstate.PROPERTY_NAME);
        }
    }

    @Test
    void a_tag_read_before_the_backend_ever_answered_says_the_board_is_offline() {
        // given
        FakeBoardBackend down = new FakeBoardBackend(clock);
        down.setOffline(true);
        try (BoardModel board =
                new BoardModel(down, queue, FxThread.direct(), delays, clock, BoardSettings.defaults())) {
            board.start();
            drain();

            // when
            board.tagRead(FakeBoardBackend.tagOf("1102"));
            drain();

            // then
            assertThat(board.state().getScreen()).isEqualTo(Screen.IDLE);
            assertThat(board.state().getMessage().key()).isEqualTo(MessageKeys.OFFLINE);
        }
    }

    @Test
    void a_tag_read_while_offline_says_so_on_the_idle_screen() {
        // given
        backend.setOffline(true);

        // when
        tap("1102");

        // then
        assertThat(state.getScreen()).isEqualTo(Screen.IDLE);
        assertThat(state.getMessage().kind()).isEqualTo(MessageKind.ERROR);
        assertThat(state.getMessage().key()).isEqualTo(MessageKeys.OFFLINE);
        assertThat(state.isOnline()).isFalse();
    }

    private void tap(String apartment) {
        model.tagRead(FakeBoardBackend.tagOf(apartment));
        drain();
    }

    private void bookQuietlyElsewhere(String apartment, LocalDate date, int hour) {
        backend.bookElsewhere(apartment, date, hour);
        // the push would refetch; let it, the question stays open
        drain();
    }

    private SlotView slot(LocalDate date, int hour) {
        return state.slotsProperty().stream()
                .filter(s -> s.date().equals(date) && s.start().getHour() == hour)
                .findFirst()
                .orElseThrow();
    }

    private void drain() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
    }
}
