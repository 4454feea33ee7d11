package se.bricka.kiosk.booking.view.impl;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.bricka.core.booking.SlotState;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.booking.view.WeekGrid;

/**
 * One slot's touch target: its time, an icon and its state in words. The grid keeps its cells and
 * shows another slot in them, so a new week or household changes texts and style classes only.
 */
final class SlotCell extends Button {

    private final Label time = new Label();
    private final Label stateWords = new Label();
    private SlotView slot;
    private String stateClass;

    SlotCell(Consumer<SlotView> touched) {
        time.getStyleClass().add("slot-time");
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", "slot-icon");
        // A state's shape (check, lock, hourglass) reads the same in a right-to-left layout.
        icon.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        stateWords.getStyleClass().add("slot-state");
        HBox stateRow = new HBox(icon, stateWords);
        stateRow.setAlignment(Pos.CENTER);
        stateRow.getStyleClass().add("slot-state-row");
        VBox content = new VBox(time, stateRow);
        content.setAlignment(Pos.CENTER);
        content.getStyleClass().add("slot-content");
        setGraphic(content);
        getStyleClass().add(WeekGrid.SLOT);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        setFocusTraversable(false);
        setOnAction(event -> touched.accept(slot));
        GridPane.setFillWidth(this, true);
        GridPane.setFillHeight(this, true);
    }

    /**
     * Shows {@code shown}; {@code timeText} and {@code stateText} are its words in the grid's language.
     * Returns whether the cell's style changed (it shows another state).
     */
    boolean show(SlotView shown, String timeText, String stateText, String accessibleText) {
        slot = shown;
        setId(WeekGrid.slotId(shown));
        setUserData(shown);
        set(time, timeText);
        set(stateWords, stateText);
        setAccessibleText(accessibleText);
        String wanted = styleClass(shown.state());
        if (wanted.equals(stateClass)) {
            return false;
        }
        if (stateClass != null) {
            getStyleClass().remove(stateClass);
        }
        getStyleClass().add(wanted);
        stateClass = wanted;
        return true;
    }

    /**
     * Offline a touch could book or cancel nothing: such slots are out of reach until it returns.
     * Returns whether that changed the cell (and so its style).
     */
    boolean bookingOpen(boolean open) {
        boolean disabled = !open && changesWithATouch(slot.state());
        if (disabled == isDisable()) {
            return false;
        }
        setDisable(disabled);
        return true;
    }

    SlotView slot() {
        return slot;
    }

    private static void set(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    private static boolean changesWithATouch(SlotState state) {
        return state == SlotState.FREE || state == SlotState.RELEASED || state == SlotState.YOURS;
    }

    /** The style class of a state: {@link WeekGrid#SLOT_FREE} and its siblings, {@code slot-<state>}. */
    private static String styleClass(SlotState state) {
        return "slot-" + state.name().toLowerCase(Locale.ROOT);
    }
}
