package se.bricka.kiosk.booking.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.i18n.Texts;

/** One tab per room of this board when it has several; the shown room's tab is selected. */
final class RoomTabs extends HBox {

    private final BoardModel model;
    private final BoardState state;

    RoomTabs(BoardModel model, Texts texts) {
        this.model = model;
        this.state = model.state();
        setId("room-tabs");
        getStyleClass().add("room-tabs");
        setAlignment(Pos.CENTER_LEFT);
        setAccessibleText(texts.get("week.rooms"));
        state.resourcesProperty().addListener((ListChangeListener<ResourceSummary>) change -> rebuild());
        state.resourceProperty().subscribe(this::rebuild);
        state.busyProperty().subscribe(this::rebuild);
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (state.resourcesProperty().size() < 2) {
            javafx.scene.control.Label only = new javafx.scene.control.Label(state.getResourceName());
            only.getStyleClass().add("room-name");
            getChildren().add(only);
            return;
        }
        for (ResourceSummary resource : state.resourcesProperty()) {
            ToggleButton tab = new ToggleButton(resource.name());
            tab.setId("room-" + resource.id());
            tab.getStyleClass().addAll("touch-button", "room-tab");
            tab.setFocusTraversable(false);
            tab.setMinWidth(USE_PREF_SIZE);
            tab.setSelected(resource.equals(state.getResource()));
            tab.setDisable(state.isBusy());
            // A selected tab stays selected: a second touch on it changes nothing.
            tab.setOnAction(event -> {
                tab.setSelected(resource.equals(state.getResource()));
                model.chooseResource(resource);
            });
            getChildren().add(tab);
        }
    }
}
