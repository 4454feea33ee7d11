package se.bricka.kiosk.booking.view;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.booking.RoomDay;
import se.bricka.kiosk.i18n.Texts;

/**
 * Today in every room, as anyone may see it: one row per room, each slot with its time and its state
 * in words and with an icon (free, booked, closed, past; never whose); the running slot, if free,
 * is a "book now" button.
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

    private HBox roomRow(RoomDay room) {
        Label name = new Label(room.resource().name());
        name.getStyleClass().add("today-room");
        Wrapping.wrap(name, texts);
        HBox row = new HBox(name);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("today-row");
        SlotView now = room.bookableNow().orElse(null);
        for (SlotView slot : room.slots()) {
            Node cell = slot.equals(now) ? bookNow(room, slot) : cell(slot);
            HBox.setHgrow(cell, Priority.ALWAYS);
            row.getChildren().add(cell);
        }
        return row;
    }

    private VBox cell(SlotView slot) {
        String slotState = slot.state().name().toLowerCase(Locale.ROOT);
        Label words = new Label(texts.get("slot.state." + slotState));
        words.getStyleClass().add("chip-state");
        HBox stateRow = new HBox(Icons.icon("slot-icon"), words);
        stateRow.setAlignment(Pos.CENTER);
        stateRow.getStyleClass().add("chip-state-row");
        VBox cell = new VBox(time(slot), stateRow);
        cell.setAlignment(Pos.CENTER);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.getStyleClass().addAll("today-chip", "slot-" + slotState);
        return cell;
    }

    private Button bookNow(RoomDay room, SlotView slot) {
        Label words = new Label(texts.get("idle.book-now"));
        words.getStyleClass().add("chip-state");
        HBox action = new HBox(Icons.icon("icon-check"), words);
        action.setAlignment(Pos.CENTER);
        action.getStyleClass().add("chip-state-row");
        VBox content = new VBox(time(slot), action);
        content.setAlignment(Pos.CENTER);
        Button button = new Button();
        button.setGraphic(content);
        button.setId("book-now-" + room.resource().id());
        button.getStyleClass().addAll("touch-button", "book-now-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setFocusTraversable(false);
        button.setOnAction(event -> model.bookNow(room));
        // Offline nothing can be booked: the status line says so, and the button is out of reach.
        button.disableProperty().bind(state.onlineProperty().not());
        return button;
    }

    private Label time(SlotView slot) {
        Label time = new Label(texts.format(
                "slot.time",
                texts.date("slot.time.pattern", slot.start()),
                texts.date("slot.time.pattern", slot.end())));
        time.getStyleClass().add("chip-time");
        return time;
    }
}
