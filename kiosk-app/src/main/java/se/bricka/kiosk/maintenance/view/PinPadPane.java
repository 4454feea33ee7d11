package se.bricka.kiosk.maintenance.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.MaintenanceState;

/** The PIN pad: big keys, the typed digits as dots only, and the sentence about a wrong PIN or the lock. */
final class PinPadPane extends VBox {

    PinPadPane(MaintenanceModel model, Texts texts) {
        MaintenanceState state = model.state();
        getStyleClass().add("maintenance-pin");
        setAlignment(Pos.CENTER);
        Label title = new Label();
        title.setId("maintenance-pin-title");
        title.textProperty()
                .bind(state.tagHolderProperty()
                        .map(name -> texts.format("maintenance.pin.title-for", name))
                        .orElse(texts.get("maintenance.pin.title")));
        title.getStyleClass().add("maintenance-title");
        Label message = new Label();
        message.setId("maintenance-message");
        message.getStyleClass().add("maintenance-message");
        message.setWrapText(true);
        message.textProperty().bind(messageOf(state, texts));
        Button cancel = new Button(texts.get("maintenance.pin.cancel"));
        cancel.setId("maintenance-cancel");
        cancel.getStyleClass().add("maintenance-secondary");
        cancel.setOnAction(event -> model.leave());
        getChildren().addAll(title, dots(state), keys(model, texts), message, cancel);
    }

    private static HBox dots(MaintenanceState state) {
        HBox dots = new HBox();
        dots.setId("maintenance-dots");
        dots.getStyleClass().add("maintenance-dots");
        dots.setAlignment(Pos.CENTER);
        for (int i = 0; i < PinHasher.MAX_DIGITS; i++) {
            int index = i;
            Circle dot = new Circle(10);
            dot.getStyleClass().add("maintenance-dot");
            dot.visibleProperty().bind(state.digitsProperty().greaterThan(index));
            dot.managedProperty().bind(dot.visibleProperty());
            dots.getChildren().add(dot);
        }
        return dots;
    }

    private static GridPane keys(MaintenanceModel model, Texts texts) {
        GridPane keys =
                DigitKeys.of(texts, "maintenance-", model::digit, model::erase, "maintenance.pin.ok", model::submit);
        keys.setId("maintenance-keys");
        keys.disableProperty()
                .bind(model.state().lockedProperty().or(model.state().checkingProperty()));
        return keys;
    }

    private static StringBinding messageOf(MaintenanceState state, Texts texts) {
        return Bindings.createStringBinding(
                () -> {
                    if (state.isLocked()) {
                        long seconds = state.getLockSecondsLeft();
                        return texts.format(
                                "maintenance.pin.locked", texts.number(seconds / 60), texts.number(seconds % 60));
                    }
                    String key = state.getMessageKey();
                    if (key == null) {
                        return texts.get("maintenance.pin.prompt");
                    }
                    return texts.format(
                            key, texts.number(state.messageNumberProperty().get()));
                },
                state.lockedProperty(),
                state.lockSecondsLeftProperty(),
                state.messageKeyProperty(),
                state.messageNumberProperty());
    }
}
