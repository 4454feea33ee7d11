package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.core.demo.DemoCaretakers;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.kiosk.Kiosk;
import se.bricka.kiosk.booking.view.BoardView;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.view.MaintenanceView;
import se.bricka.kiosk.testing.Fx;

/**
 * A caretaker walks the maintenance layer in Swedish against the real backend: holds the corner, taps
 * their staff tag, types
 * five wrong PINs and is locked out, waits out the lock (on a test clock) and gets in with the right
 * one. With {@code -Dbricka.screenshots=<folder>} it writes the screens as PNG files for the docs.
 */
@ExtendWith(ApplicationExtension.class)
class MaintenanceWalkTest {

    private static final String HELD_LOW =
            "DATA0 has been low for over 1000 ms: a short to ground, or a missing or unpowered level shifter";

    private static Backend server;
    private final TestClock clock = new TestClock(Instant.now(), ZoneId.of(DemoEstate.ZONE));
    private final ActionQueue queue = new ActionQueue("maintenance-walk");
    private HttpMaintenanceBackend backend;
    private MaintenanceModel model;
    private final se.bricka.hw.reader.SimulatedTagReader reader =
            new se.bricka.hw.reader.SimulatedTagReader("simulated-1");
    private Scene scene;

    @BeforeAll
    static void startBackend() {
        server = Backend.start(BackendConfig.forTests(java.time.Clock.systemUTC()));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        backend = new HttpMaintenanceBackend(
                server.baseUri(), DemoEstate.DEVICES.getFirst().token());
        model = new MaintenanceModel(backend, queue, FxThread.executor(), clock);
        model.sync().backendAddress(server.baseUri());
        model.readerCheck().useReaders(java.util.List.of(reader));
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
        reader.close();
    }

    @Test
    void five_wrong_pins_lock_the_pad_and_the_right_pin_after_the_lock_opens_the_tools(FxRobot robot) {
        // given: the caretaker holds the corner for three seconds
        holdCorner(robot);
        typeDigits(robot, "246");
        shoot("maintenance-pin-sv.png");
        robot.clickOn("#maintenance-erase").clickOn("#maintenance-erase").clickOn("#maintenance-erase");

        // when: five wrong PINs
        for (int i = 0; i < PinAttempts.TRIES_BEFORE_LOCK; i++) {
            typeDigits(robot, "999999");
            robot.clickOn("#maintenance-ok");
            settle();
        }

        // then: locked, with a countdown; after the lock the right PIN opens the tools
        assertThat(robot.lookup("#maintenance-message").queryLabeled().getText())
                .isEqualTo("Knappsatsen är låst efter för många fel. Försök igen om 1 min 0 s.");
        assertThat(robot.lookup("#maintenance-keys").query().isDisabled()).isTrue();
        shoot("maintenance-locked-sv.png");
        clock.advance(PinAttempts.lockLength(1));
        Fx.run(model::tick);
        typeDigits(robot, DemoCaretakers.ALL.getFirst().pin());
        robot.clickOn("#maintenance-ok");
        settle();
        assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
        assertThat(robot.lookup("#maintenance-caretaker").queryLabeled().getText())
                .isEqualTo("Inloggad: " + DemoCaretakers.ALL.getFirst().name());
        shoot("maintenance-tools-sv.png");
        robot.clickOn("#maintenance-tool-out-of-order");
        settle();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !robot.lookup("#maintenance-rooms .toggle-button")
                        .queryAll()
                        .isEmpty());
        shoot("maintenance-out-of-order-sv.png");
        robot.clickOn("#maintenance-back").clickOn("#maintenance-tool-sync");
        settle();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> model.sync().snapshotVersionProperty().get() >= 0);
        settle();
        robot.clickOn("#maintenance-tools-back-sync").clickOn("#maintenance-tool-reader");
        settle();
        shoot("maintenance-reader-sv.png");
        assertThat(robot.lookup("#maintenance-reader-detail-simulated-1").tryQuery())
                .isEmpty();
    }

    @Test
    void a_reader_at_fault_shows_the_caretaker_why_under_its_line(FxRobot robot) {
        // given: the reader's driver reports a fault, and the caretaker is in the tools
        reader.simulateHealth(new ReaderHealth(ReaderHealth.Status.FAULTY, HELD_LOW, 14, 2, 0));
        holdCorner(robot);
        typeDigits(robot, DemoCaretakers.ALL.getFirst().pin());
        robot.clickOn("#maintenance-ok");
        settle();

        // when
        robot.clickOn("#maintenance-tool-reader");
        settle();

        // then
        assertThat(robot.lookup("#maintenance-reader-detail-simulated-1")
                        .queryLabeled()
                        .getText())
                .isEqualTo("Orsak: " + HELD_LOW);
        shoot("maintenance-reader-fault-sv.png");
    }

    /** Holds the hidden corner until the pad opens, then taps the caretaker's staff tag: no PIN counts before it. */
    private void holdCorner(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> model.state().caretakersWithPinProperty().get() == DemoCaretakers.ALL.size());
        robot.moveTo("#maintenance-corner").press(MouseButton.PRIMARY);
        robot.sleep((long) MaintenanceView.HOLD.toMillis() + 400);
        robot.release(MouseButton.PRIMARY);
        settle();
        assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(model.state().getMessageKey()).isEqualTo("maintenance.pin.tag-first");
        assertThat(model.tagRead(DemoDoors.CARETAKER_TAG)).isTrue();
        settle();
        assertThat(model.state().tagHolderProperty().get())
                .isEqualTo(DemoCaretakers.ALL.getFirst().name());
    }

    private void typeDigits(FxRobot robot, String digits) {
        digits.chars().forEach(c -> robot.clickOn("#maintenance-key-" + (char) c));
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
