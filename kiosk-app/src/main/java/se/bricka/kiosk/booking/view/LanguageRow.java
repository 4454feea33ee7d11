package se.bricka.kiosk.booking.view;

import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.i18n.Languages;
import se.bricka.kiosk.i18n.Texts;

/**
 * Every language the board speaks, each named in its own script (Svenska, English, العربية, …), so a
 * tenant finds theirs without reading the one shown; the one shown is marked.
 */
final class LanguageRow extends HBox {

    /** The style class of the button of the language shown. */
    static final String CURRENT = "current-language";

    /** The row; each button's id is {@code idPrefix} and the language code, unique per screen. */
    LanguageRow(BoardModel model, Texts shown, String idPrefix) {
        getStyleClass().add("language-row");
        setAlignment(Pos.CENTER);
        for (String code : Languages.CODES) {
            Texts own = Texts.forLanguage(code);
            Button button = new Button(own.get("language.name"));
            button.setId(idPrefix + code);
            button.getStyleClass().addAll("touch-button", "language-button");
            // The name reads in its own direction, whatever the board's.
            button.setNodeOrientation(
                    own.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            if (own.locale().getLanguage().equals(shown.locale().getLanguage())) {
                button.getStyleClass().add(CURRENT);
            }
            button.setFocusTraversable(false);
            button.setOnAction(event -> model.chooseLanguage(code));
            getChildren().add(button);
        }
    }
}
