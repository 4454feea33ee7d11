package se.bricka.kiosk.booking.view;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.booking.RoomDay;
import se.bricka.kiosk.i18n.Texts;

/**
 * Today in every room, as anyone may see it: each slot's time and state in words and with an icon
 * (free, booked, closed, past; never whose), and "book now" on a running free slot.
 */
final class TodayPanel extends VBox {

    private final BoardModel model;
    private final BoardState state;
    private final Texts texts;

    TodayPanel(BoardModel model, Texts texts) {
        this.model = model;
        this.state = model.state();
        this.texts = texts;
        setId("today");
        getStyleClass().add("today-panel");
        state.todayProperty().addListener((ListChangeListener<RoomDay>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (state.todayProperty().isEmpty()) {
            return;
        }
        Label heading = new Label(texts.get("idle.today"));
        heading.getStyleClass().add("today-heading");
        getChildren().add(heading);
        for (RoomDay room : state.todayProperty()) {
            getChildren().add(roomRow(room));
        }
    }

    private VBox roomRow(RoomDay room) {
        Label name = new Label(room.resource().name());
        name.getStyleClass().add("today-room");
        HBox title = new HBox(name);
        title.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("today-room-title");
        room.bookableNow().ifPresent(slot -> title.getChildren().addAll(IdleScreen.spacer(), bookNow(room, slot)));
        FlowPane slots = new FlowPane();
        slots.getStyleClass().add("today-slots");
        for (SlotView slot : room.slots()) {
            slots.getChildren().add(chip(slot));
        }
        VBox row = new VBox(title, slots);
        row.getStyleClass().add("today-row");
        return row;
    }

    private HBox chip(SlotView slot) {
        String state = slot.state().name().toLowerCase(Locale.ROOT);
        Label time = new Label(texts.format(
                "slot.time",
                texts.date("slot.time.pattern", slot.start()),
                texts.date("slot.time.pattern", slot.end())));
        time.getStyleClass().add("chip-time");
        Label words = new Label(texts.get("slot.state." + state));
        words.getStyleClass().add("chip-state");
        HBox chip = new HBox(Icons.icon("slot-icon"), time, words);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().addAll("today-chip", "slot-" + state);
        return chip;
    }

    private Button bookNow(RoomDay room, SlotView slot) {
        Button button = new Button(texts.get("idle.book-now"), Icons.icon("icon-check"));
        button.setId("book-now-" + room.resource().id());
        button.getStyleClass().addAll("touch-button", "book-now-button");
        button.setFocusTraversable(false);
        button.setOnAction(event -> model.bookNow(room));
        return button;
    }
}
