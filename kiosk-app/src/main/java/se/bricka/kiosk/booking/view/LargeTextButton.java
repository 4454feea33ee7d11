package se.bricka.kiosk.booking.view;

import javafx.scene.control.ToggleButton;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.i18n.Texts;

/** Switches large text on and off for this visit. */
final class LargeTextButton extends ToggleButton {

    LargeTextButton(BoardModel model, Texts texts) {
        super(texts.get("large-text"), Icons.icon("icon-text-size"));
        setId("large-text");
        getStyleClass().addAll("touch-button", "large-text-button");
        setFocusTraversable(false);
        setMinWidth(USE_PREF_SIZE);
        selectedProperty().bind(model.state().largeTextProperty());
        setOnAction(event -> model.toggleLargeText());
    }
}
