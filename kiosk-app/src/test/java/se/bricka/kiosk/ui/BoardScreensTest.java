package se.bricka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.Kiosk;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardSettings;
import se.bricka.kiosk.booking.view.BoardView;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.testing.FakeBoardBackend;
import se.bricka.kiosk.testing.Fx;
import se.bricka.kiosk.testing.ManualDelays;

/**
 * Renders the board's screens at the panel's size and checks what a tenant needs from them. With
 * {@code -Dbricka.screenshots=<folder>} it also writes them as PNG files for the docs.
 */
class BoardScreensTest {

    /** Wednesday 25 November 2026, 11:41 in Stockholm: the morning slots have passed. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 11, 41, 0, 0, ZoneId.of(DemoEstate.ZONE));

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

    private final Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());
    private final FakeBoardBackend backend = new FakeBoardBackend(clock);
    private final ActionQueue queue = new ActionQueue("screens-actions");
    private final ManualDelays delays = new ManualDelays();
    private BoardModel model;
    private Stage stage;

    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    @AfterEach
    void close() {
        if (stage != null) {
            Fx.run(stage::close);
        }
        model.close();
        queue.close();
    }

    @Test
    void idle_screen_shows_the_clock_and_the_prompt_in_large_type() {
        // given
        Scene scene = open("sv");

        // when
        WritableImage image = shoot(scene, "");

        // then
        assertThat(image.getWidth()).isEqualTo(Kiosk.WIDTH);
        Label clockLabel = (Label) scene.lookup("#idle-clock");
        assertThat(clockLabel.getText()).isEqualTo("11:41");
        assertThat(clockLabel.getFont().getSize()).isGreaterThanOrEqualTo(80);
        Label prompt = (Label) scene.lookup("#idle-prompt");
        assertThat(prompt.getText()).isEqualTo("Håll din bricka mot läsaren");
        assertThat(prompt.getFont().getSize()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void week_screen_has_slots_large_enough_to_touch_and_states_in_words() {
        // given
        Scene scene = open("sv");
        backend.bookElsewhere("1205", THURSDAY, 13);
        backend.bookElsewhere("1001", LocalDate.of(2026, 11, 28), 10);
        tapAndSettle("1102");
        bookAndSettle(THURSDAY, 16);

        // when
        shoot(scene, "");

        // then
        Node free = scene.lookup("#slot-2026-11-27-1000");
        Bounds cell = free.localToScene(free.getLayoutBounds());
        assertThat(cell.getWidth()).isGreaterThanOrEqualTo(60);
        assertThat(cell.getHeight()).isGreaterThanOrEqualTo(60);
        assertThat(stateWords(scene, "#slot-2026-11-27-1000")).isEqualTo("Ledig");
        assertThat(stateWords(scene, "#slot-2026-11-26-1300")).isEqualTo("Bokad");
        assertThat(stateWords(scene, "#slot-2026-11-26-1600")).isEqualTo("Din tid");
        assertThat(stateWords(scene, "#slot-2026-11-23-0700")).isEqualTo("Passerad");
        assertThat(((Label) scene.lookup("#household")).getText()).isEqualTo("Lgh 1102");
        assertThat(((Label) scene.lookup("#week-number")).getText()).isEqualTo("Vecka 48");
    }

    @Test
    void confirmation_names_day_time_and_room_in_big_type() {
        // given
        Scene scene = open("sv");
        tapAndSettle("1102");

        // when
        Fx.run(() -> model.selectSlot(slot(THURSDAY, 10)));
        Fx.settle();
        shoot(scene, "");

        // then
        assertThat(scene.lookup("#confirm-overlay").isVisible()).isTrue();
        Label day = (Label) scene.lookup("#confirm-day");
        assertThat(day.getText()).isEqualTo("Torsdag 26 november");
        assertThat(day.getFont().getSize()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void cancelling_ones_own_time_asks_in_its_own_words() {
        // given
        Scene scene = open("sv");
        tapAndSettle("1102");
        bookAndSettle(THURSDAY, 16);

        // when
        Fx.run(() -> model.selectSlot(slot(THURSDAY, 16)));
        Fx.settle();
        shoot(scene, "confirm-cancel-sv.png");

        // then
        assertThat(((javafx.scene.control.Button) scene.lookup("#confirm-yes")).getText())
                .isEqualTo("Ja, avboka");
        assertThat(((Label) scene.lookup("#confirm-day")).getText()).isEqualTo("Torsdag 26 november");
    }

    @Test
    void a_booking_is_confirmed_in_one_plain_sentence() {
        // given
        Scene scene = open("sv");
        tapAndSettle("1102");

        // when
        bookAndSettle(THURSDAY, 10);
        shoot(scene, "booked-sv.png");

        // then
        assertThat(((Label) scene.lookup("#message-text")).getText())
                .isEqualTo("Klart! Du har bokat Tvättstuga A torsdag 26 november kl. 10:00–13:00.");
    }

    @Test
    void an_unknown_tag_is_explained_on_the_idle_screen() {
        // given
        Scene scene = open("sv");

        // when
        model.tagRead(DemoEstate.UNKNOWN_TAG);
        settle();
        shoot(scene, "unknown-tag-sv.png");

        // then
        assertThat(scene.lookup("#message").isVisible()).isTrue();
        assertThat(((Label) scene.lookup("#message-text")).getText())
                .isEqualTo("Brickan känns inte igen. Kontakta din hyresvärd om den är din.");
    }

    @Test
    void an_offline_board_says_so_in_words() {
        // given
        backend.setOffline(true);

        // when
        Scene scene = open("sv");
        shoot(scene, "idle-offline-sv.png");

        // then
        Label status = (Label) scene.lookup("#status .label");
        assertThat(status.getText()).isEqualTo("Ingen kontakt sedan 11:41 – bokning går inte just nu");
    }

    @Test
    void a_week_screen_that_lost_the_backend_says_booking_is_not_possible() {
        // given
        Scene scene = open("sv");
        tapAndSettle("1102");
        backend.setOffline(true);

        // when
        Fx.run(model::nextWeek);
        settle();
        shoot(scene, "week-offline-sv.png");

        // then
        assertThat(((Label) scene.lookup("#week-hint")).getText())
                .isEqualTo("Ingen kontakt med bokningssystemet. Du kan inte boka eller avboka just nu.");
        assertThat(((Label) scene.lookup("#message-text")).getText())
                .isEqualTo("Bokningssystemet går inte att nå just nu. Försök igen om en stund.");
    }

    @Test
    void the_coming_idle_log_out_is_announced_in_words() {
        // given
        Scene scene = open("sv");
        tapAndSettle("1102");

        // when
        delays.elapse(Duration.ofSeconds(20));
        delays.elapse(Duration.ofSeconds(1));
        settle();
        shoot(scene, "logging-out-sv.png");

        // then
        Label warning = (Label) scene.lookup("#logging-out");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("Du loggas ut om 9 sekunder.");
    }

    @Test
    void the_week_screen_speaks_english_when_asked() {
        // given
        Scene scene = open("en");
        tapAndSettle("1102");

        // when
        shoot(scene, "");

        // then
        assertThat(stateWords(scene, "#slot-2026-11-27-1000")).isEqualTo("Free");
        assertThat(((Label) scene.lookup("#household")).getText()).isEqualTo("Apt 1102");
    }

    private Scene open(String language) {
        Texts texts = Texts.forLanguage(language);
        model = new BoardModel(backend, queue, FxThread.executor(), delays, clock, BoardSettings.defaults());
        model.start();
        settle();
        return Fx.call(() -> {
            stage = new Stage();
            Scene scene = new Scene(new BoardView(model, texts), Kiosk.WIDTH, Kiosk.HEIGHT);
            stage.setScene(scene);
            stage.show();
            return scene;
        });
    }

    private void tapAndSettle(String apartment) {
        model.tagRead(FakeBoardBackend.tagOf(apartment));
        settle();
    }

    private void bookAndSettle(LocalDate date, int hour) {
        Fx.run(() -> model.selectSlot(slot(date, hour)));
        Fx.run(model::confirm);
        settle();
    }

    private SlotView slot(LocalDate date, int hour) {
        return model.state().slotsProperty().stream()
                .filter(s -> s.date().equals(date) && s.start().getHour() == hour)
                .findFirst()
                .orElseThrow();
    }

    private static String stateWords(Scene scene, String cellId) {
        return ((Label) scene.lookup(cellId).lookup(".slot-state")).getText();
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
        Fx.settle();
    }

    /** Renders the scene; writes it to the screenshot folder when one is given and it has a name. */
    private static WritableImage shoot(Scene scene, String fileName) {
        Fx.settle();
        WritableImage image = Fx.call(() -> scene.snapshot(null));
        String folder = System.getProperty("bricka.screenshots", "");
        if (!folder.isBlank() && !fileName.isEmpty()) {
            Path file = Path.of(folder).resolve(fileName);
            try {
                Files.createDirectories(file.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + file, e);
            }
        }
        return image;
    }
}
