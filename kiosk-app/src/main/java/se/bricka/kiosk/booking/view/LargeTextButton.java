package se.bricka.kiosk.booking.view;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.i18n.Texts;

/** Switches large text on and off for this visit; marked while it is on. */
final class LargeTextButton extends Button {

    private static final PseudoClass ON = PseudoClass.getPseudoClass("on");

    LargeTextButton(BoardModel model, Texts texts, String id) {
        super(texts.get("large-text"), Icons.icon("icon-text-size"));
        setId(id);
        getStyleClass().addAll("touch-button", "large-text-button");
        setFocusTraversable(false);
        setMinWidth(USE_PREF_SIZE);
        model.state().largeTextProperty().subscribe(large -> pseudoClassStateChanged(ON, large));
        setOnAction(event -> model.toggleLargeText());
    }
}
