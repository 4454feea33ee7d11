package se.bricka.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.core.booking.SlotState;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.testing.FakeBoardBackend;
import se.bricka.kiosk.testing.ManualDelays;

/** The visit around the week: quota, next booking, rooms, book now, countdown, offline, choices. */
class BoardVisitTest {

    /** Wednesday 25 November 2026, 11:41 in Stockholm: the 10–13 slot is running. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 11, 41, 0, 0, ZoneId.of(DemoEstate.ZONE));

    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    private final Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());
    private final FakeBoardBackend backend = new FakeBoardBackend(clock);
    private final ManualDelays delays = new ManualDelays();
    private final ActionQueue queue = new ActionQueue("visit-actions");
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
        backend.release();
        model.close();
        queue.close();
    }

    @Test
    void the_header_counts_the_bookings_left_and_a_booking_uses_one() {
        // given
        tap("1102");
        assertThat(state.getQuota().remaining()).isEqualTo(FakeBoardBackend.MAX_FUTURE_BOOKINGS);

        // when
        book(THURSDAY, 16);

        // then
        assertThat(state.getQuota().remaining()).isEqualTo(FakeBoardBackend.MAX_FUTURE_BOOKINGS - 1);
        assertThat(state.getQuota().max()).isEqualTo(FakeBoardBackend.MAX_FUTURE_BOOKINGS);
    }

    @Test
    void the_header_names_the_households_next_booking() {
        // given
        tap("1102");

        // when
        book(FRIDAY, 13);
        book(THURSDAY, 16);

        // then
        assertThat(state.getNextBooking().date()).isEqualTo(THURSDAY);
        assertThat(state.getNextBooking().start().getHour()).isEqualTo(16);
    }

    @Test
    void a_quota_refusal_carries_how_many_and_when_a_place_frees() {
        // given
        tap("1102");
        book(THURSDAY, 7);
        book(THURSDAY, 10);
        book(THURSDAY, 13);

        // when
        book(FRIDAY, 10);

        // then
        BoardMessage refusal = state.getMessage();
        assertThat(refusal.kind()).isEqualTo(MessageKind.REFUSAL);
        assertThat(refusal.key()).isEqualTo("refusal.quota-future-bookings.until");
        assertThat(refusal.details().quota().used()).isEqualTo(3);
        assertThat(refusal.details().until()).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(refusal.slot().date()).isEqualTo(FRIDAY);
    }

    @Test
    void a_refusal_without_details_gets_the_plain_sentence_of_its_reason() {
        // when
        BoardMessage message = MessageKeys.refusal("quota-future-bookings");

        // then
        assertThat(message.key()).isEqualTo("refusal.quota-future-bookings");
    }

    @Test
    void every_room_of_the_board_is_offered_and_a_tab_shows_its_week() {
        // given
        tap("1102");
        ResourceSummary second = state.resourcesProperty().get(1);

        // when
        model.chooseResource(second);
        drain();

        // then
        assertThat(state.resourcesProperty()).hasSize(2);
        assertThat(state.getResource()).isEqualTo(second);
        assertThat(state.getResourceName()).isEqualTo(DemoEstate.SECOND_LAUNDRY_ROOM_NAME);
        assertThat(state.getScreen()).isEqualTo(Screen.WEEK);
    }

    @Test
    void a_booking_from_another_rooms_tab_books_that_room() {
        // given
        tap("1102");
        model.chooseResource(state.resourcesProperty().get(1));
        drain();

        // when
        book(THURSDAY, 16);

        // then
        assertThat(state.getNextBooking().resourceId()).isEqualTo(FakeBoardBackend.SECOND_LAUNDRY);
        assertThat(slot(THURSDAY, 16).state()).isEqualTo(SlotState.YOURS);
    }

    @Test
    void logging_out_returns_the_board_to_its_own_room() {
        // given
        tap("1102");
        model.chooseResource(state.resourcesProperty().get(1));
        drain();

        // when
        model.logOut();
        drain();

        // then
        assertThat(state.getResource().id()).isEqualTo(FakeBoardBackend.LAUNDRY);
    }

    @Test
    void the_idle_screen_shows_today_of_every_room_without_whose() {
        // given
        backend.bookElsewhere("1205", TODAY, 16);

        // when
        drain();

        // then
        assertThat(state.todayProperty()).hasSize(2);
        RoomDay first = state.todayProperty().getFirst();
        assertThat(first.slots()).allSatisfy(s -> assertThat(s.date()).isEqualTo(TODAY));
        assertThat(first.slots()).extracting(SlotView::state).doesNotContain(SlotState.YOURS);
        assertThat(first.slots().stream().filter(s -> s.start().getHour() == 16))
                .singleElement()
                .extracting(SlotView::state)
                .isEqualTo(SlotState.TAKEN);
        assertThat(first.current().start().getHour()).isEqualTo(10);
    }

    @Test
    void book_now_on_the_idle_screen_asks_to_book_the_running_slot_right_after_the_tag() {
        // given
        RoomDay room = state.todayProperty().getFirst();
        model.bookNow(room);

        // when
        tap("1102");

        // then
        Confirmation question = state.getPendingConfirmation();
        assertThat(question.action()).isEqualTo(Confirmation.Action.BOOK);
        assertThat(question.slot().date()).isEqualTo(TODAY);
        assertThat(question.slot().start().getHour()).isEqualTo(10);
        assertThat(state.getBookNow()).isNull();
    }

    @Test
    void book_now_is_not_offered_for_a_running_slot_someone_holds() {
        // given
        backend.bookElsewhere("1205", TODAY, 10);
        drain();

        // when
        RoomDay room = state.todayProperty().getFirst();
        model.bookNow(room);

        // then
        assertThat(room.bookableNow()).isEmpty();
        assertThat(state.getBookNow()).isNull();
    }

    @Test
    void the_last_ten_seconds_before_the_idle_log_out_are_counted_down() {
        // given
        tap("1102");
        delays.elapse(Duration.ofSeconds(20));
        assertThat(state.getSecondsLeft()).isEqualTo(10);

        // when
        for (int second = 0; second < 3; second++) {
            delays.elapse(Duration.ofSeconds(1));
        }

        // then
        assertThat(state.isLoggingOutSoon()).isTrue();
        assertThat(state.getSecondsLeft()).isEqualTo(7);
    }

    @Test
    void a_lost_connection_is_shown_with_the_time_it_was_lost() {
        // given
        tap("1102");
        backend.setOffline(true);

        // when
        model.nextWeek();
        drain();

        // then
        assertThat(state.isOnline()).isFalse();
        assertThat(state.getOfflineSince()).isEqualTo(NOW.toLocalDateTime());
        assertThat(state.slotsProperty()).isNotEmpty();
    }

    @Test
    void the_board_catches_up_by_itself_when_the_connection_returns() {
        // given
        tap("1102");
        backend.setOffline(true);
        model.nextWeek();
        drain();
        backend.setOffline(false);
        backend.bookElsewhere("1205", THURSDAY, 16);

        // when
        backend.reconnect();
        drain();

        // then
        assertThat(state.isOnline()).isTrue();
        assertThat(state.getOfflineSince()).isNull();
        assertThat(slot(THURSDAY, 16).state()).isEqualTo(SlotState.TAKEN);
    }

    @Test
    void large_text_lasts_the_visit_and_is_forgotten_at_log_out() {
        // given
        tap("1102");
        model.toggleLargeText();
        assertThat(state.isLargeText()).isTrue();

        // when
        model.logOut();
        drain();

        // then
        assertThat(state.isLargeText()).isFalse();
    }

    @Test
    void a_language_chosen_on_the_idle_screen_by_someone_who_walked_away_is_forgotten() {
        // given
        model.chooseLanguage("ar");

        // when
        delays.elapse(Duration.ofSeconds(30));
        drain();

        // then
        assertThat(state.getLanguage()).isNull();
    }

    @Test
    void a_language_chosen_before_the_tag_is_kept_for_the_visit() {
        // given
        model.chooseLanguage("so");

        // when
        tap("1102");

        // then
        assertThat(state.getLanguage()).isEqualTo("so");
    }

    @Test
    void an_action_that_hangs_is_given_up_and_the_board_returns_to_idle() {
        // given
        tap("1102");
        backend.hang();
        model.nextWeek();
        await().atMost(Duration.ofSeconds(5)).until(state::isBusy);

        // when
        delays.elapse(Duration.ofSeconds(31));

        // then
        assertThat(state.getScreen()).isEqualTo(Screen.IDLE);
        assertThat(state.isBusy()).isFalse();
        assertThat(state.getHousehold()).isNull();
        assertThat(state.getMessage().key()).isEqualTo(MessageKeys.UNEXPECTED_REFUSAL);
    }

    private void tap(String apartment) {
        model.tagRead(FakeBoardBackend.tagOf(apartment));
        drain();
    }

    private void book(LocalDate date, int hour) {
        model.selectSlot(slot(date, hour));
        model.confirm();
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
