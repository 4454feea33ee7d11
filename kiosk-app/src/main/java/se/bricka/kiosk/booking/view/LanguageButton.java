package se.bricka.kiosk.booking.view;

import javafx.scene.control.Button;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.i18n.Texts;

/** "English" on a Swedish board, "Svenska" on an English one: switches the language of this visit. */
final class LanguageButton extends Button {

    LanguageButton(BoardModel model, Texts texts) {
        super(texts.get("language.other"), Icons.icon("icon-language"));
        setId("language");
        getStyleClass().addAll("touch-button", "language-button");
        String code = texts.get("language.other.code");
        setOnAction(event -> model.chooseLanguage(code));
    }
}
