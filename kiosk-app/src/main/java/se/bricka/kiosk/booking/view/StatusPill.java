package se.bricka.kiosk.booking.view;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.i18n.Texts;

/** Online, or offline since when (or not registered), in words and with an icon. */
final class StatusPill extends HBox {

    private final BoardState state;
    private final Texts texts;
    private final Label text = new Label();

    StatusPill(BoardState state, Texts texts) {
        this.state = state;
        this.texts = texts;
        text.getStyleClass().add("status-text");
        text.setId("status-text");
        Wrapping.wrap(text, texts);
        getChildren().addAll(Icons.icon("icon-status"), text);
        getStyleClass().add("status-pill");
        setAlignment(Pos.CENTER);
        setId("status");
        setMinWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
        state.onlineProperty().subscribe(this::update);
        state.offlineSinceProperty().subscribe(this::update);
        state.enrolledProperty().subscribe(this::update);
        update();
    }

    private void update() {
        boolean online = state.isOnline();
        getStyleClass().removeAll("online", "offline");
        getStyleClass().add(online ? "online" : "offline");
        text.setText(sentence());
    }

    private String sentence() {
        if (state.isOnline()) {
            return texts.get("status.online");
        }
        if (!state.isEnrolled()) {
            return texts.get("status.not-enrolled");
        }
        LocalDateTime since = state.getOfflineSince();
        if (since == null) {
            return texts.get("status.offline");
        }
        LocalDate today = LocalDate.now(state.clock().withZone(zone()));
        String when = since.toLocalDate().equals(today)
                ? texts.date("slot.time.pattern", since)
                : texts.date("status.since.date.pattern", since);
        return texts.format("status.offline.since", when);
    }

    private java.time.ZoneId zone() {
        return state.getZone() != null ? state.getZone() : state.clock().getZone();
    }
}
