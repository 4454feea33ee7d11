package se.bricka.kiosk.maintenance.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.bricka.core.wire.DeviceBinding;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.DeviceSettings;
import se.bricka.kiosk.maintenance.DisplaySettingsModel;
import se.bricka.kiosk.maintenance.MaintenanceModel;

/** The screen part of the device setup: a toggle per room served, brightness steps, large text. */
final class DisplaySettingsBox extends VBox {

    private final DisplaySettingsModel model;

    DisplaySettingsBox(MaintenanceModel maintenance, Texts texts) {
        this.model = maintenance.display();
        getStyleClass().add("maintenance-setup-display");
        Label roomsLabel = new Label(texts.get("maintenance.setup.rooms-shown"));
        roomsLabel.getStyleClass().add("maintenance-subtitle");
        FlowPane rooms = new FlowPane();
        rooms.setId("maintenance-setup-room-choices");
        rooms.getStyleClass().add("maintenance-choices");
        maintenance.setup().bindingProperty().subscribe(binding -> fillRooms(rooms, binding));
        model.settingsProperty().subscribe(settings -> showRooms(rooms, settings));

        Button dimmer = new Button(texts.get("maintenance.setup.dimmer"));
        dimmer.setId("maintenance-setup-dimmer");
        dimmer.getStyleClass().add("maintenance-choice");
        dimmer.setOnAction(event -> model.dimmer());
        Label brightness = new Label();
        brightness.setId("maintenance-setup-brightness");
        brightness.getStyleClass().add("maintenance-subtitle");
        brightness
                .textProperty()
                .bind(model.settingsProperty()
                        .map(settings -> texts.format(
                                "maintenance.setup.brightness", texts.number(settings.brightnessPercent()))));
        Button brighter = new Button(texts.get("maintenance.setup.brighter"));
        brighter.setId("maintenance-setup-brighter");
        brighter.getStyleClass().add("maintenance-choice");
        brighter.setOnAction(event -> model.brighter());
        HBox brightnessRow = new HBox(dimmer, brightness, brighter);
        brightnessRow.getStyleClass().add("maintenance-setup-brightness-row");
        brightnessRow.setAlignment(Pos.CENTER_LEFT);

        ToggleButton largeText = Choice.of(texts.get("maintenance.setup.large-text"), "maintenance-setup-large-text");
        model.settingsProperty().subscribe(settings -> largeText.setSelected(settings.largeText()));
        largeText.setOnAction(event -> {
            // The model decides: the toggle shows the settings in force, not the press.
            largeText.setSelected(model.settingsProperty().get().largeText());
            model.toggleLargeText();
        });

        Label message = new Label();
        message.setId("maintenance-setup-display-message");
        message.getStyleClass().add("maintenance-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty()
                .bind(model.messageKeyProperty()
                        .map(key -> texts.format(key, model.backlightName()))
                        .orElse(""));
        getChildren().addAll(roomsLabel, rooms, brightnessRow, largeText, message);
    }

    private void fillRooms(FlowPane pane, DeviceBinding binding) {
        pane.getChildren().clear();
        if (binding == null) {
            return;
        }
        for (ResourceSummary room : binding.resources()) {
            ToggleButton choice = Choice.of(room.name(), "maintenance-setup-room-" + room.id());
            choice.setUserData(room.id());
            choice.setOnAction(event -> {
                choice.setSelected(model.settingsProperty().get().shows(room.id()));
                model.toggleRoom(room.id());
            });
            pane.getChildren().add(choice);
        }
        showRooms(pane, model.settingsProperty().get());
    }

    private static void showRooms(FlowPane pane, DeviceSettings settings) {
        pane.getChildren().forEach(node -> {
            if (node instanceof ToggleButton choice && choice.getUserData() instanceof Long id) {
                choice.setSelected(settings.shows(id));
            }
        });
    }
}
