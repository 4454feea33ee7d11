package se.bricka.kiosk.booking.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.i18n.Texts;

/** Online or offline, in words and with an icon. */
final class StatusPill extends HBox {

    StatusPill(BoardState state, Texts texts) {
        Label text = new Label();
        text.getStyleClass().add("status-text");
        text.textProperty()
                .bind(state.onlineProperty().map(online -> texts.get(online ? "status.online" : "status.offline")));
        getChildren().addAll(Icons.icon("icon-status"), text);
        getStyleClass().add("status-pill");
        setAlignment(Pos.CENTER);
        setId("status");
        state.onlineProperty().subscribe(online -> {
            getStyleClass().removeAll("online", "offline");
            getStyleClass().add(online ? "online" : "offline");
        });
    }

    private static String statusKey(BoardState state) {
        if (state.isOnline()) {
            return "status.online";
        }
        return state.isEnrolled() ? "status.offline" : "status.not-enrolled";
    }
}
