package se.bricka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.core.demo.DemoEstate;
import se.bricka.kiosk.Kiosk;
import se.bricka.kiosk.KioskOptions;
import se.bricka.kiosk.booking.Screen;
import se.bricka.kiosk.booking.view.WeekGrid;
import se.bricka.kiosk.testing.Fx;

/** A tenant walks the real window, against the real backend: tap, pick a free time, say yes. */
@ExtendWith(ApplicationExtension.class)
class KioskWalkTest {

    private static Backend server;
    private Kiosk kiosk;

    @BeforeAll
    static void startBackend() {
        server = Backend.start(BackendConfig.forTests(Clock.systemUTC()));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) {
        KioskOptions options = new KioskOptions(
                server.baseUri(),
                DemoEstate.DEVICES.getFirst().token(),
                OptionalLong.empty(),
                true,
                "simulated",
                null,
                "sv",
                dataDir,
                false);
        kiosk = Kiosk.open(stage, options);
    }

    @Stop
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void a_tenant_taps_a_tag_books_a_free_time_and_sees_it_as_theirs(FxRobot robot) {
        // given: the board is up and the tenant lays the tag of 1102 on the reader
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().isOnline());
        robot.clickOn("#tap-11020001");
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().getScreen() == Screen.WEEK);
        Fx.run(() -> kiosk.readerWindow().close()); // it stands where the reader would be, over the board
        settle();
        assertThat(robot.lookup("#week-grid").queryAs(WeekGrid.class).isVisible())
                .isTrue();
        Node free = latestFreeSlot(robot);
        String cellId = free.getId();

        // when: a touch on the free time, then "Ja, boka"
        robot.clickOn(free);
        robot.clickOn("#confirm-yes");

        // then
        await().atMost(Duration.ofSeconds(5))
                .ignoreExceptions()
                .until(() -> robot.lookup("#" + cellId).query().getStyleClass().contains(WeekGrid.SLOT_YOURS));
        settle();
        assertThat(robot.lookup("#" + cellId + " .slot-state").queryLabeled().getText())
                .isEqualTo("Din tid");
        assertThat(robot.lookup("#message-text").queryLabeled().getText()).startsWith("Klart!");
        assertThat(robot.lookup("#household").queryLabeled().getText()).isEqualTo("Lgh 1102");
    }

    @Test
    void a_tenant_switches_the_board_to_english_and_back_by_logging_out(FxRobot robot) {
        // given
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().isOnline());
        Fx.run(() -> kiosk.readerWindow().close());
        settle();

        // when
        robot.clickOn("#language-en");
        settle();

        // then
        assertThat(robot.lookup("#idle-prompt").queryLabeled().getText()).isEqualTo("Hold your tag to the reader");
        kiosk.model().tagRead(DemoEstate.tags().getFirst().uid());
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().getScreen() == Screen.WEEK);
        settle();
        assertThat(robot.lookup("#log-out").queryButton().getText()).isEqualTo("Log out");
        robot.clickOn("#log-out");
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().getScreen() == Screen.IDLE);
        settle();
        assertThat(robot.lookup("#idle-prompt").queryLabeled().getText()).isEqualTo("Håll din bricka mot läsaren");
    }

    @Test
    void a_tenant_who_tapped_first_chooses_arabic_from_the_week_and_sees_it_mirrored(FxRobot robot) {
        // given
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().isOnline());
        Fx.run(() -> kiosk.readerWindow().close());
        kiosk.model().tagRead(DemoEstate.tags().getFirst().uid());
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().getScreen() == Screen.WEEK);
        settle();

        // when
        robot.clickOn("#language");
        settle();
        robot.clickOn("#choose-language-ar");
        settle();

        // then
        assertThat(robot.lookup("#log-out").queryButton().getText()).isEqualTo("تسجيل الخروج");
        assertThat(robot.lookup("#week-grid").query().getEffectiveNodeOrientation())
                .isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        assertThat(kiosk.model().state().getScreen()).isEqualTo(Screen.WEEK);
    }

    @Test
    void large_text_is_one_touch_away_and_grows_the_slot_words(FxRobot robot) {
        // given
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().isOnline());
        Fx.run(() -> kiosk.readerWindow().close());
        kiosk.model().tagRead(DemoEstate.tags().getFirst().uid());
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().getScreen() == Screen.WEEK);
        settle();
        double before =
                robot.lookup(".slot .slot-state").queryLabeled().getFont().getSize();

        // when
        robot.clickOn("#large-text");
        settle();

        // then
        assertThat(robot.lookup(".slot .slot-state").queryLabeled().getFont().getSize())
                .isGreaterThan(before);
    }

    /** The latest free slot of the week shown, or of the next week late on a Sunday. */
    private Node latestFreeSlot(FxRobot robot) {
        String freeCells = "." + WeekGrid.SLOT + "." + WeekGrid.SLOT_FREE;
        Set<Node> free = robot.lookup(freeCells).queryAll();
        if (free.isEmpty()) {
            robot.clickOn("#next-week");
            settle();
            free = robot.lookup(freeCells).queryAll();
        }
        assertThat(free).isNotEmpty();
        // The latest free time of the week: far from ending while the test runs.
        return free.stream().max(java.util.Comparator.comparing(Node::getId)).orElseThrow();
    }

    /** Waits until the board has done what it was asked and drawn the result. */
    private void settle() {
        assertThat(kiosk.queue().awaitIdle(Duration.ofSeconds(10))).isTrue();
        Fx.settle();
    }
}
