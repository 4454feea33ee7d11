package se.bricka.kiosk.booking.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.bricka.kiosk.booking.BoardMessage;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.booking.Confirmation;
import se.bricka.kiosk.i18n.Texts;

/** The question before booking or cancelling: day, date, time and room in big type, and Yes / No. */
final class ConfirmOverlay extends StackPane {

    private final BoardState state;
    private final Texts texts;
    private final Label title = new Label();
    private final Label day = new Label();
    private final Label time = new Label();
    private final Label room = new Label();
    private final Label problem = new Label();
    private final Button yes = new Button();
    private final Button no = new Button();

    ConfirmOverlay(BoardModel model, Texts texts) {
        this.state = model.state();
        this.texts = texts;
        getStyleClass().add("overlay");
        setId("confirm-overlay");
        title.getStyleClass().add("confirm-title");
        day.getStyleClass().add("confirm-day");
        day.setId("confirm-day");
        time.getStyleClass().add("confirm-time");
        room.getStyleClass().add("confirm-room");
        problem.getStyleClass().add("confirm-problem");
        Wrapping.wrap(problem, texts);
        yes.setId("confirm-yes");
        yes.setMinWidth(USE_PREF_SIZE);
        no.setMinWidth(USE_PREF_SIZE);
        yes.getStyleClass().addAll("touch-button", "yes-button");
        yes.setGraphic(Icons.icon("icon-check"));
        yes.setOnAction(event -> model.confirm());
        yes.disableProperty().bind(state.busyProperty());
        no.setId("confirm-no");
        no.getStyleClass().addAll("touch-button", "no-button");
        no.setText(texts.get("confirm.no"));
        no.setGraphic(Icons.icon("icon-close"));
        no.setOnAction(event -> model.dismiss());

        HBox buttons = new HBox(no, yes);
        buttons.getStyleClass().add("confirm-buttons");
        buttons.setAlignment(Pos.CENTER);
        VBox card = new VBox(title, day, time, room, problem, buttons);
        card.getStyleClass().add("confirm-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);

        visibleProperty().bind(state.pendingConfirmationProperty().isNotNull());
        state.pendingConfirmationProperty().subscribe(this::show);
        state.messageProperty().subscribe(this::showProblem);
    }

    private void show(Confirmation question) {
        if (question == null) {
            return;
        }
        boolean book = question.action() == Confirmation.Action.BOOK;
        String roomName = state.getResourceName();
        title.setText(texts.get(book ? "confirm.book.title" : "confirm.cancel.title"));
        day.setText(texts.capitalized(texts.aboutSlot("confirm.day", question.slot(), roomName)));
        time.setText(texts.aboutSlot("confirm.time", question.slot(), roomName));
        room.setText(texts.aboutSlot("confirm.room", question.slot(), roomName));
        yes.setText(texts.get(book ? "confirm.book.yes" : "confirm.cancel.yes"));
        yes.getStyleClass().removeAll("book", "cancel");
        yes.getStyleClass().add(book ? "book" : "cancel");
        showProblem(state.getMessage());
    }

    private void showProblem(BoardMessage message) {
        boolean shown = message != null && state.getPendingConfirmation() != null;
        problem.setText(
                shown
                        ? texts.aboutMessage(message.key(), message.slot(), state.getResourceName(), message.details())
                        : "");
        problem.setVisible(shown);
        problem.setManaged(shown);
    }
}
