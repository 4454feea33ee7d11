package se.bricka.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.testing.FakeBoardBackend;
import se.bricka.kiosk.testing.ManualDelays;

/** What a caretaker's device setup does to the board: the rooms it shows and its default text size. */
class BoardRoomChoiceTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneId.of(DemoEstate.ZONE));

    private final Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());
    private final FakeBoardBackend backend = new FakeBoardBackend(clock);
    private final ManualDelays delays = new ManualDelays();
    private final ActionQueue queue = new ActionQueue("room-choice-test");
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
    void the_board_shows_every_room_it_is_offered_until_a_caretaker_chooses() {
        assertThat(roomIds()).containsExactly(FakeBoardBackend.LAUNDRY, FakeBoardBackend.SECOND_LAUNDRY);
    }

    @Test
    void choosing_one_room_leaves_only_it_in_the_tabs_and_on_the_idle_screen() {
        // when
        model.showOnlyRooms(Set.of(FakeBoardBackend.SECOND_LAUNDRY));
        drain();

        // then
        assertThat(roomIds()).containsExactly(FakeBoardBackend.SECOND_LAUNDRY);
        assertThat(state.getResourceName()).isEqualTo(DemoEstate.SECOND_LAUNDRY_ROOM_NAME);
        assertThat(state.todayProperty())
                .extracting(day -> day.resource().id())
                .containsExactly(FakeBoardBackend.SECOND_LAUNDRY);
    }

    @Test
    void a_visit_of_a_room_no_longer_shown_ends_on_the_idle_screen() {
        // given: a household looks at the first laundry room
        model.tagRead(FakeBoardBackend.tagOf("1102"));
        drain();
        assertThat(state.getScreen()).isEqualTo(Screen.WEEK);

        // when
        model.showOnlyRooms(Set.of(FakeBoardBackend.SECOND_LAUNDRY));
        drain();

        // then
        assertThat(state.getScreen()).isEqualTo(Screen.IDLE);
        assertThat(state.getHousehold()).isNull();
        assertThat(state.getResourceName()).isEqualTo(DemoEstate.SECOND_LAUNDRY_ROOM_NAME);
    }

    @Test
    void a_visit_of_a_room_still_shown_goes_on() {
        // given
        model.tagRead(FakeBoardBackend.tagOf("1102"));
        drain();

        // when
        model.showOnlyRooms(Set.of(FakeBoardBackend.LAUNDRY));
        drain();

        // then
        assertThat(state.getScreen()).isEqualTo(Screen.WEEK);
        assertThat(state.getHousehold().apartmentLabel()).isEqualTo("1102");
    }

    @Test
    void chosen_rooms_the_backend_does_not_offer_leave_every_room_shown_rather_than_none() {
        // when
        model.showOnlyRooms(Set.of(99L));
        drain();

        // then
        assertThat(roomIds()).containsExactly(FakeBoardBackend.LAUNDRY, FakeBoardBackend.SECOND_LAUNDRY);
    }

    @Test
    void rooms_chosen_before_the_backend_answered_hold_once_it_does() {
        // given: a board that starts with the saved choice
        model.close();
        model = new BoardModel(backend, queue, FxThread.direct(), delays, clock, BoardSettings.defaults());
        state = model.state();
        model.showOnlyRooms(Set.of(FakeBoardBackend.SECOND_LAUNDRY));

        // when
        model.start();
        drain();

        // then
        assertThat(roomIds()).containsExactly(FakeBoardBackend.SECOND_LAUNDRY);
    }

    @Test
    void large_text_as_default_shows_on_the_idle_screen_at_once_and_after_each_log_out() {
        // when
        model.largeTextByDefault(true);

        // then
        assertThat(state.isLargeText()).isTrue();

        // and: a tenant who switches it off has it back for the next person
        model.tagRead(FakeBoardBackend.tagOf("1102"));
        drain();
        model.toggleLargeText();
        assertThat(state.isLargeText()).isFalse();
        model.logOut();
        drain();
        assertThat(state.isLargeText()).isTrue();
    }

    @Test
    void the_default_during_a_visit_waits_for_the_log_out() {
        // given
        model.tagRead(FakeBoardBackend.tagOf("1102"));
        drain();

        // when
        model.largeTextByDefault(true);

        // then
        assertThat(state.isLargeText()).isFalse();
        model.logOut();
        drain();
        assertThat(state.isLargeText()).isTrue();
    }

    private java.util.List<Long> roomIds() {
        return state.resourcesProperty().stream().map(ResourceSummary::id).toList();
    }

    private void drain() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
    }
}
