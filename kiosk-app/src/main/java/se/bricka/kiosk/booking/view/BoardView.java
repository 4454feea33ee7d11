package se.bricka.kiosk.booking.view;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.booking.Screen;
import se.bricka.kiosk.i18n.Texts;

/**
 * The whole board: the idle or week screen, with the confirmation, the message and the busy layer
 * above it. It binds to the model and calls one command per event; it holds no state of its own.
 */
public final class BoardView extends StackPane {

    /** The style sheet of the board, with its colours and sizes as CSS variables. */
    public static final String STYLESHEET =
            Objects.requireNonNull(BoardView.class.getResource("board.css")).toExternalForm();

    /** Shown only when a wait is long enough to notice, so that quick answers do not flicker. */
    private static final Duration BUSY_GRACE = Duration.millis(250);

    /** On the board while the tenant wants large text; the style sheet sizes every text up. */
    public static final javafx.css.PseudoClass LARGE_TEXT = javafx.css.PseudoClass.getPseudoClass("large-text");

    private final BoardState state;
    private final IdleScreen idle;
    private final WeekScreen week;

    /** The board of {@code model}, in the language of {@code texts}. */
    public BoardView(BoardModel model, Texts texts) {
        this.state = model.state();
        this.idle = new IdleScreen(model, texts);
        this.week = new WeekScreen(model, texts);
        getStyleClass().add("board");
        setNodeOrientation(texts.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        getStylesheets().add(STYLESHEET);
        // The message takes its own room below the screen, so that it never hides a slot.
        MessageBanner message = new MessageBanner(model, texts);
        message.managedProperty().bind(message.visibleProperty());
        StackPane screens = new StackPane(idle, week);
        VBox.setVgrow(screens, Priority.ALWAYS);
        VBox page = new VBox(screens, logOutWarning(texts), message);
        page.getStyleClass().add("page");
        getChildren()
                .addAll(page, new LanguageOverlay(model, texts), new ConfirmOverlay(model, texts), busyLayer(texts));
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> model.touched());
        addEventFilter(TouchEvent.TOUCH_PRESSED, event -> model.touched());
        state.screenProperty().subscribe(this::show);
        state.largeTextProperty().subscribe(large -> pseudoClassStateChanged(LARGE_TEXT, large));
    }

    private void show(Screen screen) {
        boolean onWeek = screen == Screen.WEEK;
        idle.setVisible(!onWeek);
        idle.showing(!onWeek);
        week.setVisible(onWeek);
        if (onWeek) {
            ZoneId zone =
                    state.getZone() != null ? state.getZone() : state.clock().getZone();
            week.today(LocalDate.now(state.clock().withZone(zone)));
        }
    }

    private Label logOutWarning(Texts texts) {
        Label warning = new Label("", Icons.icon("icon-clock"));
        warning.textProperty()
                .bind(state.secondsLeftProperty()
                        .map(seconds -> texts.format("week.logging-out", texts.number(seconds.longValue()))));
        warning.setId("logging-out");
        warning.getStyleClass().add("logging-out");
        warning.setMaxWidth(Double.MAX_VALUE);
        Wrapping.wrap(warning, texts);
        warning.visibleProperty().bind(state.loggingOutSoonProperty());
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    private VBox busyLayer(Texts texts) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("busy-spinner");
        Label words = new Label(texts.get("busy.wait"));
        words.getStyleClass().add("busy-text");
        VBox layer = new VBox(spinner, words);
        layer.setAlignment(Pos.CENTER);
        layer.getStyleClass().add("busy-layer");
        layer.setId("busy");
        // Shown only when the wait is long enough to notice, so that quick answers do not flicker.
        PauseTransition grace = new PauseTransition(BUSY_GRACE);
        grace.setOnFinished(event -> layer.setVisible(state.isBusy()));
        layer.setVisible(false);
        state.busyProperty().subscribe(busy -> {
            if (busy) {
                grace.playFromStart();
            } else {
                grace.stop();
                layer.setVisible(false);
            }
        });
        return layer;
    }
}
