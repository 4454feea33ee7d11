package se.bricka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
import se.bricka.kiosk.testing.Fx;

/**
 * A board started with {@code --reader-format=decimal10} reads a desk reader in its decimal factory
 * setting through the real window: the tag's card number, typed, opens the household's week.
 */
@ExtendWith(ApplicationExtension.class)
class DecimalWedgeWalkTest {

    private static Backend server;
    private Kiosk kiosk;
    private Stage stage;

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void startBackend() {
        server = Backend.start(BackendConfig.forTests(Clock.systemUTC()));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        KioskOptions options = new KioskOptions(
                server.baseUri(),
                DemoEstate.DEVICES.getFirst().token(),
                OptionalLong.empty(),
                true,
                "simulated",
                "decimal10",
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
    void a_decimal_reader_typing_into_the_window_opens_the_week_and_hex_digits_do_nothing(FxRobot robot) {
        // given: the board is up; the first demo tag (hex 10010001: card number 0268500993)
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().isOnline());
        Fx.run(() -> kiosk.readerWindow().close());
        DemoEstate.DemoTag demoTag = DemoEstate.tags().getFirst();
        String tag = demoTag.uid().hex();
        String cardNumber = String.format(Locale.ROOT, "%010d", Long.parseLong(tag, 16));

        List<KeyEvent> reachedTheScreen = new CopyOnWriteArrayList<>();
        Fx.run(() -> stage.getScene().getRoot().addEventFilter(KeyEvent.ANY, reachedTheScreen::add));

        // when: the same tag's hex digits, as a reader in another setting would type them
        typeFast(tag);
        settle();

        // then: no tap, and no key reached the screen
        assertThat(kiosk.model().state().getScreen()).isEqualTo(Screen.IDLE);

        // when: the reader's decimal line
        typeFast(cardNumber);

        // then
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.model().state().getScreen() == Screen.WEEK);
        settle();
        assertThat(robot.lookup("#household").queryLabeled().getText()).isEqualTo("Lgh " + demoTag.apartmentLabel());
        assertThat(reachedTheScreen).isEmpty();
    }

    /**
     * Fires {@code line} and Enter at the board in one go on the FX thread, as fast as a reader types
     * (a robot's keystrokes on a loaded machine may come further apart than a reader's).
     */
    private void typeFast(String line) {
        Fx.run(() -> {
            Parent root = stage.getScene().getRoot();
            for (char character : line.toCharArray()) {
                Event.fireEvent(
                        root,
                        new KeyEvent(
                                KeyEvent.KEY_TYPED,
                                String.valueOf(character),
                                "",
                                KeyCode.UNDEFINED,
                                false,
                                false,
                                false,
                                false));
            }
            Event.fireEvent(
                    root, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
    }

    private void settle() {
        assertThat(kiosk.queue().awaitIdle(Duration.ofSeconds(10))).isTrue();
        Fx.settle();
    }
}
