package se.bricka.kiosk.booking.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.i18n.Texts;

/** Over the week: every language in its own script, in big buttons, and a way to close the list. */
final class LanguageOverlay extends StackPane {

    LanguageOverlay(BoardModel model, Texts texts) {
        setId("language-overlay");
        getStyleClass().add("overlay");
        Label title = new Label(texts.get("language.choose"));
        title.getStyleClass().add("confirm-title");
        LanguageRow languages = new LanguageRow(model, texts, "choose-language-");
        languages.getStyleClass().add("language-choice");
        Button close = new Button(texts.get("language.close"), Icons.icon("icon-close"));
        close.setId("language-close");
        close.getStyleClass().addAll("touch-button", "no-button");
        close.setOnAction(event -> model.showLanguages(false));
        VBox card = new VBox(title, languages, close);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("confirm-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        visibleProperty().bind(model.state().choosingLanguageProperty());
    }
}
