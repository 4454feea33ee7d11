package se.bricka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.Kiosk;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardSettings;
import se.bricka.kiosk.booking.view.BoardView;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.i18n.Languages;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.testing.FakeBoardBackend;
import se.bricka.kiosk.testing.Fx;
import se.bricka.kiosk.testing.ManualDelays;
import se.bricka.kiosk.testing.Screenshots;

/**
 * Renders the idle screen and the week in every language at the panel's size: no text may be cut
 * short with an ellipsis, none may be a raw bundle key, and right-to-left languages mirror. Writes
 * the Swedish, English and Arabic screens as PNGs when {@code -Dbricka.screenshots} is given.
 */
class LanguageScreensTest {

    /** Wednesday 25 November 2026, 11:41 in Stockholm: the 10–13 slot is running and free. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 11, 41, 0, 0, ZoneId.of(DemoEstate.ZONE));

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final Pattern RAW_KEY = Pattern.compile("[a-z-]+(\\.[a-z-]+)+");

    static final List<String> LANGUAGES = Languages.CODES;

    private final Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());
    private final FakeBoardBackend backend = new FakeBoardBackend(clock);
    private final ActionQueue queue = new ActionQueue("language-screens");
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

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void the_idle_screen_shows_every_text_whole(String language) {
        // given
        Scene scene = open(language);

        // when
        Screenshots.shoot(scene, "idle-" + language + ".png", shotsOf(language));

        // then
        assertEveryTextWhole(scene);
        assertThat(scene.getRoot().getEffectiveNodeOrientation()).isEqualTo(orientationOf(language));
    }

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void the_week_shows_every_text_whole(String language) {
        // given
        Scene scene = open(language);
        backend.bookElsewhere("1205", THURSDAY, 13);
        tap("1102");
        book(THURSDAY, 16);
        Fx.run(model::dismiss);

        // when
        Screenshots.shoot(scene, "week-" + language + ".png", shotsOf(language));

        // then
        assertEveryTextWhole(scene);
    }

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void the_week_in_large_text_shows_every_text_whole(String language) {
        // given
        Scene scene = open(language);
        tap("1102");

        // when
        Fx.run(model::toggleLargeText);
        Screenshots.shoot(scene, "week-large-" + language + ".png", language.equals("sv"));

        // then
        assertEveryTextWhole(scene);
    }

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void the_confirmation_and_a_refusal_show_every_text_whole(String language) {
        // given
        Scene scene = open(language);
        tap("1102");

        // when
        Fx.run(() -> model.selectSlot(slot(THURSDAY, 10)));
        settle();
        Screenshots.shoot(scene, "confirm-" + language + ".png", shotsOf(language));
        assertEveryTextWhole(scene);
        Fx.run(model::dismiss);
        book(THURSDAY, 7);
        book(THURSDAY, 10);
        book(THURSDAY, 13);
        book(THURSDAY, 16);
        Screenshots.shoot(scene, "refusal-" + language + ".png", shotsOf(language));

        // then
        assertThat(model.state().getMessage().key()).isEqualTo("refusal.quota-future-bookings.until");
        assertEveryTextWhole(scene);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "ar"})
    void an_offline_week_stays_readable_and_says_why_booking_is_off(String language) {
        // given
        Scene scene = open(language);
        tap("1102");
        backend.setOffline(true);

        // when
        Fx.run(model::nextWeek);
        settle();
        Screenshots.shoot(scene, "offline-" + language + ".png", true);

        // then
        assertThat(model.state().slotsProperty()).isNotEmpty();
        assertThat(scene.lookup("#week-grid").isVisible()).isTrue();
        assertEveryTextWhole(scene);
    }

    private static boolean shotsOf(String language) {
        return List.of("sv", "en", "ar").contains(language);
    }

    private static NodeOrientation orientationOf(String language) {
        return Texts.forLanguage(language).rightToLeft()
                ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT;
    }

    /** Every shown text is drawn whole (no ellipsis), and none is a raw bundle key. */
    private static void assertEveryTextWhole(Scene scene) {
        List<Labeled> shown = Fx.call(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<Labeled> all = new ArrayList<>();
            collect(scene.getRoot(), all);
            return all;
        });
        assertThat(shown).isNotEmpty();
        for (Labeled labeled : shown) {
            String full = labeled.getText();
            assertThat(RAW_KEY.matcher(full).matches())
                    .as("raw key shown: %s", full)
                    .isFalse();
            String drawn = Fx.call(() -> drawnText(labeled));
            assertThat(drawn)
                    .as("text of %s (%s)", labeled.getId(), labeled.getStyleClass())
                    .isEqualTo(full);
        }
    }

    private static void collect(Node node, List<Labeled> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            into.add(labeled);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private static String drawnText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(text -> ((Text) text).getText())
                .findFirst()
                .orElse("");
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

    private void tap(String apartment) {
        model.tagRead(FakeBoardBackend.tagOf(apartment));
        settle();
    }

    private void book(LocalDate date, int hour) {
        Fx.run(() -> model.selectSlot(slot(date, hour)));
        Fx.run(model::confirm);
        settle();
    }

    private SlotView slot(LocalDate date, int hour) {
        return Fx.call(() -> model.state().slotsProperty().stream()
                .filter(s -> s.date().equals(date) && s.start().getHour() == hour)
                .findFirst()
                .orElseThrow());
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
        Fx.settle();
    }
}
