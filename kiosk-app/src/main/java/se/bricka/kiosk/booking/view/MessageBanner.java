package se.bricka.kiosk.booking.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import se.bricka.kiosk.booking.BoardMessage;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.i18n.Texts;

/** One plain sentence: good news, a "no" with its reason, or a fault; dismissed with OK. */
final class MessageBanner extends HBox {

    private static final String[] KINDS = {"message-success", "message-refusal", "message-error"};

    private final BoardState state;
    private final Texts texts;
    private final Label sentence = new Label();
    private final Region icon = Icons.icon("message-icon");

    MessageBanner(BoardModel model, Texts texts) {
        this.state = model.state();
        this.texts = texts;
        setId("message");
        getStyleClass().add("message-banner");
        setAlignment(Pos.CENTER_LEFT);
        sentence.setId("message-text");
        sentence.getStyleClass().add("message-text");
        Wrapping.wrap(sentence, texts);
        sentence.setMaxWidth(Double.MAX_VALUE);
        sentence.setMinHeight(USE_PREF_SIZE);
        HBox.setHgrow(sentence, Priority.ALWAYS);
        Button ok = new Button(texts.get("message.ok"));
        ok.setId("message-ok");
        ok.setMinWidth(USE_PREF_SIZE);
        ok.getStyleClass().addAll("touch-button", "ok-button");
        ok.setOnAction(event -> model.dismiss());
        getChildren().addAll(icon, sentence, ok);
        setMaxHeight(USE_PREF_SIZE);
        visibleProperty()
                .bind(state.messageProperty()
                        .isNotNull()
                        .and(state.pendingConfirmationProperty().isNull()));
        state.messageProperty().subscribe(this::show);
    }

    private void show(BoardMessage message) {
        getStyleClass().removeAll(KINDS);
        if (message == null) {
            sentence.setText("");
            return;
        }
        getStyleClass().add(KINDS[message.kind().ordinal()]);
        sentence.setText(texts.aboutMessage(message.key(), message.slot(), state.getResourceName(), message.details()));
    }
}
