package se.bricka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.bricka.core.demo.DemoEstate;
import se.bricka.kiosk.Kiosk;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardSettings;
import se.bricka.kiosk.booking.Screen;
import se.bricka.kiosk.booking.view.BoardView;
import se.bricka.kiosk.booking.view.WeekGrid;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.testing.FakeBoardBackend;
import se.bricka.kiosk.testing.Fx;
import se.bricka.kiosk.testing.ManualDelays;

/** A tenant's fingers on the board, at a fixed time: "book now", the room tabs, and an outage. */
@ExtendWith(ApplicationExtension.class)
class BoardRobotTest {

    /** Wednesday 25 November 2026, 11:41 in Stockholm: the 10–13 time is running and free. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 11, 41, 0, 0, ZoneId.of(DemoEstate.ZONE));

    private static final String RUNNING_SLOT = "#slot-2026-11-25-1000";
    private static final String FREE_SLOT = "#slot-2026-11-27-1000";
    private static final String PAST_SLOT = "#slot-2026-11-23-0700";

    private final Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());
    private final FakeBoardBackend backend = new FakeBoardBackend(clock);
    private final ActionQueue queue = new ActionQueue("robot-actions");
    private BoardModel model;

    @Start
    void start(Stage stage) {
        model = new BoardModel(
                backend, queue, FxThread.executor(), new ManualDelays(), clock, BoardSettings.defaults());
        stage.setScene(new Scene(new BoardView(model, Texts.forLanguage("sv")), Kiosk.WIDTH, Kiosk.HEIGHT));
        stage.show();
        model.start();
    }

    @AfterEach
    void stop() {
        model.close();
        queue.close();
    }

    @Test
    void book_now_on_the_idle_screen_then_a_tag_asks_to_book_the_running_time(FxRobot robot) {
        // given
        settle();

        // when: "Boka nu" on the first room's running time, then the tag of 1102
        robot.clickOn("#book-now-" + FakeBoardBackend.LAUNDRY);
        model.tagRead(FakeBoardBackend.tagOf("1102"));
        settle();

        // then: the question names the running time, and "yes" books it
        assertThat(robot.lookup("#confirm-overlay").query().isVisible()).isTrue();
        assertThat(robot.lookup("#confirm-day").queryLabeled().getText()).isEqualTo("Onsdag 25 november");
        robot.clickOn("#confirm-yes");
        settle();
        assertThat(robot.lookup(RUNNING_SLOT).query().getStyleClass()).contains(WeekGrid.SLOT_YOURS);
        assertThat(robot.lookup("#message-text").queryLabeled().getText()).startsWith("Klart!");
    }

    @Test
    void a_touch_on_the_other_rooms_tab_shows_that_rooms_week(FxRobot robot) {
        // given
        settle();
        model.tagRead(FakeBoardBackend.tagOf("1102"));
        settle();
        assertThat(robot.lookup("#room-" + FakeBoardBackend.LAUNDRY)
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isTrue();

        // when
        robot.clickOn("#room-" + FakeBoardBackend.SECOND_LAUNDRY);
        settle();

        // then
        assertThat(model.state().getResourceName()).isEqualTo(DemoEstate.SECOND_LAUNDRY_ROOM_NAME);
        assertThat(robot.lookup("#room-" + FakeBoardBackend.SECOND_LAUNDRY)
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isTrue();
        assertThat(robot.lookup("#room-" + FakeBoardBackend.LAUNDRY)
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isFalse();
        assertThat(robot.lookup("#household").queryLabeled().getText()).isEqualTo("Lgh 1102");
        assertThat(model.state().getScreen()).isEqualTo(Screen.WEEK);
    }

    @Test
    void offline_free_times_cannot_be_touched_and_can_again_once_the_board_is_back(FxRobot robot) {
        // given
        settle();
        model.tagRead(FakeBoardBackend.tagOf("1102"));
        settle();

        // when
        backend.goOffline();
        settle();
        robot.clickOn(FREE_SLOT);
        settle();

        // then: the free time is out of reach, the reason is on the line above the grid, nothing else
        Button free = robot.lookup(FREE_SLOT).queryButton();
        assertThat(free.isDisabled()).isTrue();
        assertThat(robot.lookup(PAST_SLOT).queryButton().isDisabled()).isFalse();
        assertThat(model.state().getPendingConfirmation()).isNull();
        assertThat(model.state().getMessage()).isNull();
        assertThat(robot.lookup("#week-hint").queryLabeled().getText())
                .isEqualTo("Ingen kontakt med bokningssystemet. Du kan inte boka eller avboka just nu.");

        // and when the connection returns, a touch asks to book again
        backend.comeBackOnline();
        settle();
        assertThat(free.isDisabled()).isFalse();
        robot.clickOn(FREE_SLOT);
        settle();
        assertThat(robot.lookup("#confirm-overlay").query().isVisible()).isTrue();
    }

    @Test
    void offline_the_idle_screens_book_now_is_out_of_reach(FxRobot robot) {
        // given
        settle();
        Node bookNow = robot.lookup("#book-now-" + FakeBoardBackend.LAUNDRY).query();

        // when
        backend.goOffline();
        settle();

        // then
        assertThat(bookNow.isDisabled()).isTrue();
        backend.comeBackOnline();
        settle();
        assertThat(robot.lookup("#book-now-" + FakeBoardBackend.LAUNDRY).query().isDisabled())
                .isFalse();
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
        Fx.settle();
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
        Fx.settle();
    }
}
