package se.bricka.kiosk.booking.view;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.i18n.Texts;

/** The board when nobody is logged in: where it is, the time, and "hold your tag to the reader". */
final class IdleScreen extends BorderPane {

    private final BoardState state;
    private final Texts texts;
    private final Label time = new Label();
    private final Label date = new Label();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));

    IdleScreen(BoardModel model, Texts texts) {
        this.state = model.state();
        this.texts = texts;
        getStyleClass().add("idle-screen");
        HBox bar = new HBox(place(), spacer(), new StatusPill(state, texts), clock());
        bar.getStyleClass().add("top-bar");
        HBox choices = new HBox(
                new LanguageRow(model, texts, "language-"),
                spacer(),
                new LargeTextButton(model, texts, "idle-large-text"));
        choices.setAlignment(Pos.CENTER_LEFT);
        choices.getStyleClass().add("choice-row");
        setTop(new VBox(bar, choices));
        setCenter(new TodayPanel(model, texts));
        setBottom(prompt());
        ticker.setCycleCount(Animation.INDEFINITE);
        tick();
        state.zoneProperty().addListener((observable, before, after) -> tick());
    }

    /** Starts the clock; stopped while the screen is hidden. */
    void showing(boolean showing) {
        if (showing) {
            tick();
            ticker.play();
        } else {
            ticker.stop();
        }
    }

    private VBox place() {
        Label property = new Label();
        property.textProperty().bind(state.propertyNameProperty());
        property.getStyleClass().add("place-name");
        Label room = new Label();
        room.textProperty().bind(state.resourceNameProperty());
        room.getStyleClass().add("room-name");
        VBox place = new VBox(property, room);
        place.getStyleClass().add("place");
        return place;
    }

    private VBox clock() {
        time.getStyleClass().add("clock-time");
        time.setId("idle-clock");
        date.getStyleClass().add("clock-date");
        VBox clock = new VBox(time, date);
        clock.setAlignment(Pos.CENTER_RIGHT);
        clock.getStyleClass().add("clock");
        return clock;
    }

    private VBox prompt() {
        Label prompt = new Label();
        prompt.textProperty()
                .bind(state.bookNowProperty()
                        .map(wanted -> texts.aboutSlot(
                                "idle.prompt.book-now",
                                wanted.slot(),
                                wanted.resource().name()))
                        .orElse(texts.get("idle.prompt")));
        prompt.getStyleClass().add("prompt-main");
        prompt.setId("idle-prompt");
        Wrapping.wrap(prompt, texts);
        Label other = new Label(texts.get("idle.prompt.other-language"));
        other.getStyleClass().add("prompt-other");
        Label where = new Label(texts.get("idle.prompt.where"));
        where.getStyleClass().add("prompt-where");
        VBox words = new VBox(prompt, other);
        words.getStyleClass().add("prompt-words");
        HBox card = new HBox(Icons.icon("icon-tag"), words);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("prompt-card");
        HBox pointer = new HBox(where, Icons.icon("icon-arrow-down"));
        pointer.setAlignment(Pos.CENTER);
        pointer.getStyleClass().add("prompt-pointer");
        VBox bottom = new VBox(card, pointer);
        bottom.setAlignment(Pos.CENTER);
        bottom.getStyleClass().add("prompt");
        return bottom;
    }

    private void tick() {
        ZoneId zone = state.getZone() != null ? state.getZone() : state.clock().getZone();
        ZonedDateTime now = ZonedDateTime.now(state.clock().withZone(zone));
        time.setText(texts.date("idle.time.pattern", now));
        date.setText(texts.capitalized(texts.date("idle.date.pattern", now)));
    }

    static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
