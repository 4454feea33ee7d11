package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
import se.bricka.core.demo.DemoCaretakers;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.hw.display.SimulatedBacklight;
import se.bricka.kiosk.Kiosk;
import se.bricka.kiosk.booking.view.BoardView;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.view.MaintenanceView;
import se.bricka.kiosk.testing.Fx;

/**
 * A caretaker taps their staff tag on a board served by the real backend, types their PIN, reads the
 * sync state and the device setup (hides a room, dims the screen, sets large text), tries an enrollment code that is not valid, and restarts the board.
 * With {@code -Dbricka.screenshots=<folder>} it writes the screens as PNG files for the docs.
 */
@ExtendWith(ApplicationExtension.class)
class CaretakerToolsWalkTest {

    private static Backend server;

    @TempDir
    static Path dataDir;

    private final ActionQueue queue = new ActionQueue("caretaker-tools-walk");
    private final List<String> restarts = new CopyOnWriteArrayList<>();
    private final SimulatedBacklight backlight = new SimulatedBacklight();
    private HttpMaintenanceBackend backend;
    private MaintenanceModel model;
    private Scene scene;

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
        backend = new HttpMaintenanceBackend(
                server.baseUri(), DemoEstate.DEVICES.getFirst().token());
        Restarter restarter = new Restarter() {
            @Override
            public void restart() {
                restarts.add("restart");
            }

            @Override
            public void exitToDesktop() {
                restarts.add("exit");
            }

            @Override
            public boolean canExitToDesktop() {
                return false;
            }
        };
        model = new MaintenanceModel(
                backend,
                queue,
                FxThread.executor(),
                Clock.systemDefaultZone(),
                new BoardInstallation(
                        new CaretakerStateFile(dataDir.resolve("caretaker-state.json")),
                        new DeviceTokenFile(dataDir.resolve("device-token")),
                        restarter,
                        new DeviceSettingsFile(dataDir.resolve("device-settings.json")),
                        backlight,
                        new CaretakerEventFile(dataDir.resolve("caretaker-events.json"))));
        model.sync().backendAddress(server.baseUri());
        StackPane board = new StackPane();
        board.getStylesheets().add(BoardView.STYLESHEET);
        board.getStyleClass().add("board");
        board.getChildren().add(new MaintenanceView(model, Texts.forLanguage("sv")));
        scene = new Scene(board, Kiosk.WIDTH, Kiosk.HEIGHT);
        stage.setScene(scene);
        stage.show();
        model.start();
    }

    @Stop
    void stop() {
        queue.close();
        backend.close();
    }

    @Test
    void staff_tag_and_pin_open_the_tools_and_the_caretaker_checks_sync_and_setup_then_restarts(FxRobot robot) {
        // given: the PINs and the caretaker's staff tag have reached the board
        await().atMost(Duration.ofSeconds(10))
                .until(() -> model.state().caretakersWithPinProperty().get() == DemoCaretakers.ALL.size());
        // (the board's push connection is open: told as the shared stream would tell it)
        model.changeListener().connection(true);
        await().atMost(Duration.ofSeconds(10)).until(() -> model.tagRead(DemoDoors.CARETAKER_TAG));
        settle();
        assertThat(robot.lookup("#maintenance-pin-title").queryLabeled().getText())
                .isEqualTo("Kim Lind: ange din PIN-kod");
        shoot("maintenance-staff-tag-pin-sv.png");

        // when: the PIN, then the tools
        DemoCaretakers.ALL.getFirst().pin().chars().forEach(c -> robot.clickOn("#maintenance-key-" + (char) c));
        robot.clickOn("#maintenance-ok");
        settle();
        assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
        robot.clickOn("#maintenance-tool-sync");
        settle();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> model.sync().snapshotVersionProperty().get() >= 0);
        settle();

        // then: the snapshot version the backend holds for this board
        assertThat(robot.lookup("#maintenance-sync-snapshot").queryLabeled().getText())
                .startsWith("Ögonblicksbild: version "
                        + model.sync().snapshotVersionProperty().get() + ",");
        shoot("maintenance-sync-sv.png");

        // when: the device setup, with a code IT never issued
        robot.clickOn("#maintenance-tools-back-sync").clickOn("#maintenance-tool-setup");
        settle();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> model.setup().bindingProperty().get() != null);
        settle();
        assertThat(robot.lookup("#maintenance-setup-device").queryLabeled().getText())
                .contains(DemoEstate.DEVICES.getFirst().deviceId());
        assertThat(robot.lookup("#maintenance-setup-doors").queryLabeled().getText())
                .contains(DemoDoors.LAUNDRY_ROOM);

        // when: the caretaker hides the common room, dims the screen and makes large text the default
        long commonRoom =
                model.setup().bindingProperty().get().resources().getLast().id();
        robot.clickOn("#maintenance-setup-room-" + commonRoom);
        robot.clickOn("#maintenance-setup-dimmer").clickOn("#maintenance-setup-dimmer");
        robot.clickOn("#maintenance-setup-large-text");
        settle();

        // then: in force, saved on the board and shown on the tool
        DeviceSettings chosen = model.display().settingsProperty().get();
        assertThat(chosen.shows(commonRoom)).isFalse();
        assertThat(chosen.brightnessPercent()).isEqualTo(80);
        assertThat(chosen.largeText()).isTrue();
        assertThat(backlight.settings()).endsWith(90, 80);
        assertThat(new DeviceSettingsFile(dataDir.resolve("device-settings.json")).load())
                .isEqualTo(chosen);
        assertThat(robot.lookup("#maintenance-setup-room-" + commonRoom)
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isFalse();
        assertThat(robot.lookup("#maintenance-setup-brightness").queryLabeled().getText())
                .isEqualTo("Ljusstyrka: 80 %");
        assertThat(robot.lookup("#maintenance-setup-display-message")
                        .queryLabeled()
                        .getText())
                .isEqualTo("Sparat. Tavlan visar det nu.");
        shoot("maintenance-setup-display-sv.png");

        "000011112222".chars().forEach(c -> robot.clickOn("#maintenance-setup-key-" + (char) c));
        shoot("maintenance-setup-sv.png");
        robot.clickOn("#maintenance-setup-ok");
        settle();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> model.setup().messageKeyProperty().get() != null);
        settle();

        // then: refused, nothing saved, no restart
        assertThat(model.setup().messageKeyProperty().get()).isEqualTo("maintenance.setup.code-refused");
        assertThat(dataDir.resolve("device-token")).doesNotExist();
        assertThat(restarts).isEmpty();
        shoot("maintenance-setup-refused-sv.png");

        // when: back to the tools, restart
        robot.clickOn("#maintenance-tools-back-setup").clickOn("#maintenance-restart");
        settle();

        // then
        assertThat(restarts).containsExactly("restart");
        assertThat(robot.lookup("#maintenance-exit").query().isVisible()).isFalse();
    }

    private void settle() {
        Fx.settle();
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        Fx.settle();
    }

    /** Renders the scene; writes it to the screenshot folder when one is given. */
    private void shoot(String fileName) {
        Fx.settle();
        WritableImage image = Fx.call(() -> scene.snapshot(null));
        String folder = System.getProperty("bricka.screenshots", "");
        if (folder.isBlank()) {
            return;
        }
        Path file = Path.of(folder).resolve(fileName);
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }
}
