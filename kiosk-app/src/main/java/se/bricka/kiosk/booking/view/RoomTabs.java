package se.bricka.kiosk.booking.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
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
        // A tap or a touch changes which tab is selected and whether they answer, not the tabs.
        state.resourceProperty().subscribe(this::update);
        state.busyProperty().subscribe(this::update);
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (state.resourcesProperty().size() < 2) {
            Label only = new Label();
            only.textProperty().bind(state.resourceNameProperty());
            only.getStyleClass().add("room-name");
            getChildren().add(only);
            return;
        }
        for (ResourceSummary resource : state.resourcesProperty()) {
            ToggleButton tab = new ToggleButton(resource.name());
            tab.setId("room-" + resource.id());
            tab.setUserData(resource);
            tab.getStyleClass().addAll("touch-button", "room-tab");
            tab.setFocusTraversable(false);
            tab.setMinWidth(USE_PREF_SIZE);
            // A selected tab stays selected: a second touch on it changes nothing.
            tab.setOnAction(event -> {
                tab.setSelected(resource.equals(state.getResource()));
                model.chooseResource(resource);
            });
            getChildren().add(tab);
        }
        update();
    }

    private void update() {
        for (var child : getChildren()) {
            if (child instanceof ToggleButton tab) {
                tab.setSelected(tab.getUserData().equals(state.getResource()));
                tab.setDisable(state.isBusy());
            }
        }
    }
}
