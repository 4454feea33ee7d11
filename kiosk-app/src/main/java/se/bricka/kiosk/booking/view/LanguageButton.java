package se.bricka.kiosk.booking.view;

import javafx.scene.control.Button;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.i18n.Texts;

/** On the week: the language shown, by its own name; a touch opens the list of every language. */
final class LanguageButton extends Button {

    LanguageButton(BoardModel model, Texts texts) {
        super(texts.get("language.name"), Icons.icon("icon-language"));
        setId("language");
        getStyleClass().addAll("touch-button", "language-button");
        setMinWidth(USE_PREF_SIZE);
        setFocusTraversable(false);
        setOnAction(event -> model.showLanguages(true));
    }
}
