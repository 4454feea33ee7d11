package se.bricka.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.core.booking.SlotState;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.backend.HttpBoardBackend;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardSettings;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.booking.MessageKind;
import se.bricka.kiosk.booking.Screen;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.testing.ManualDelays;

/** Two boards on the real backend: a booking on one shows on the other by push, within two seconds. */
class TwoBoardsEndToEndTest {

    /** Wednesday 25 November 2026, 09:00 in Stockholm. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneId.of(DemoEstate.ZONE));

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

    private final Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());
    private Backend server;
    private Board board1;
    private Board board2;

    /** One board: its own client, queue and model, as on its own panel. */
    private record Board(BoardModel model, ActionQueue queue, HttpBoardBackend client) implements AutoCloseable {

        static Board start(Backend server, Clock clock, DemoEstate.DemoDevice device) {
            HttpBoardBackend client = new HttpBoardBackend(server.baseUri(), device.token());
            ActionQueue queue = new ActionQueue(device.deviceId() + "-actions");
            BoardModel model = new BoardModel(
                    client, queue, FxThread.direct(), new ManualDelays(), clock, BoardSettings.defaults());
            model.start();
            return new Board(model, queue, client);
        }

        BoardState state() {
            return model.state();
        }

        void tap(TagUid uid) {
            model.tagRead(uid);
            drain();
        }

        void drain() {
            assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        }

        SlotState stateOf(LocalDate date, int hour) {
            return state().slotsProperty().stream()
                    .filter(slot -> slot.date().equals(date) && slot.start().getHour() == hour)
                    .map(SlotView::state)
                    .findFirst()
                    .orElseThrow();
        }

        SlotView slot(LocalDate date, int hour) {
            return state().slotsProperty().stream()
                    .filter(slot -> slot.date().equals(date) && slot.start().getHour() == hour)
                    .findFirst()
                    .orElseThrow();
        }

        @Override
        public void close() {
            model.close();
            queue.close();
            client.close();
        }
    }

    @BeforeEach
    void start() {
        server = Backend.start(BackendConfig.forTests(clock));
        board1 = Board.start(server, clock, DemoEstate.DEVICES.get(0));
        board2 = Board.start(server, clock, DemoEstate.DEVICES.get(1));
        // A feed that connects after a change refetches the shown week, so nothing is missed either way.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> board1.state().isOnline() && board2.state().isOnline());
    }

    @AfterEach
    void stop() {
        board1.close();
        board2.close();
        server.close();
    }

    @Test
    void a_booking_on_one_board_shows_as_taken_on_the_other_within_two_seconds() {
        // given: apartment 1102 looks at the week on board 2
        board2.tap(firstTagOf("1102"));
        assertThat(board2.state().getScreen()).isEqualTo(Screen.WEEK);
        assertThat(board2.stateOf(THURSDAY, 10)).isEqualTo(SlotState.FREE);

        // when: apartment 1205 books Thursday 10–13 on board 1
        board1.tap(firstTagOf("1205"));
        board1.model().selectSlot(board1.slot(THURSDAY, 10));
        board1.model().confirm();
        board1.drain();

        // then
        assertThat(board1.state().getMessage().kind()).isEqualTo(MessageKind.SUCCESS);
        assertThat(board1.stateOf(THURSDAY, 10)).isEqualTo(SlotState.YOURS);
        await().atMost(Duration.ofSeconds(2))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(board2.stateOf(THURSDAY, 10)).isEqualTo(SlotState.TAKEN));
        assertThat(board2.state().getHousehold().apartmentLabel()).isEqualTo("1102");
    }

    @Test
    void the_real_backend_refuses_an_unknown_tag_with_its_sentence() {
        // when
        board1.tap(DemoEstate.UNKNOWN_TAG);

        // then
        assertThat(board1.state().getScreen()).isEqualTo(Screen.IDLE);
        assertThat(board1.state().getMessage().key()).isEqualTo("refusal.unknown-tag");
    }

    @Test
    void the_real_backend_refuses_a_blocked_tag_with_its_sentence() {
        // given
        TagUid blocked = DemoEstate.tags().stream()
                .filter(DemoEstate.DemoTag::blocked)
                .findFirst()
                .orElseThrow()
                .uid();

        // when
        board1.tap(blocked);

        // then
        assertThat(board1.state().getScreen()).isEqualTo(Screen.IDLE);
        assertThat(board1.state().getMessage().key()).isEqualTo("refusal.tag-blocked");
    }

    @Test
    void a_household_cancels_its_own_booking_and_the_other_board_sees_it_free_again() {
        // given
        board2.tap(firstTagOf("1102"));
        board1.tap(firstTagOf("1205"));
        board1.model().selectSlot(board1.slot(THURSDAY, 13));
        board1.model().confirm();
        board1.drain();
        await().atMost(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> board2.stateOf(THURSDAY, 13) == SlotState.TAKEN);

        // when
        board1.model().selectSlot(board1.slot(THURSDAY, 13));
        board1.model().confirm();
        board1.drain();

        // then
        assertThat(board1.stateOf(THURSDAY, 13)).isEqualTo(SlotState.FREE);
        await().atMost(Duration.ofSeconds(2))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(board2.stateOf(THURSDAY, 13)).isEqualTo(SlotState.FREE));
    }

    @Test
    void a_board_with_a_wrong_device_token_says_it_is_not_registered() {
        // given
        try (Board stranger = Board.start(server, clock, new DemoEstate.DemoDevice("x", "x", "not-a-token"))) {

            // when
            stranger.drain();

            // then
            assertThat(stranger.state().isOnline()).isFalse();
            assertThat(stranger.state().isEnrolled()).isFalse();
        }
    }

    @Test
    void a_board_goes_offline_when_the_backend_stops_and_back_online_when_it_returns() {
        // given
        int port = server.port();

        // when
        server.close();

        // then
        await().atMost(Duration.ofSeconds(5)).until(() -> !board1.state().isOnline());
        server = Backend.start(BackendConfig.forTests(clock).withPort(port));
        await().atMost(Duration.ofSeconds(15)).until(() -> board1.state().isOnline());
        board1.tap(firstTagOf("1102"));
        assertThat(board1.state().getScreen()).isEqualTo(Screen.WEEK);
    }

    private static TagUid firstTagOf(String apartment) {
        return DemoEstate.tags().stream()
                .filter(tag -> tag.apartmentLabel().equals(apartment) && !tag.blocked())
                .findFirst()
                .orElseThrow()
                .uid();
    }
}
