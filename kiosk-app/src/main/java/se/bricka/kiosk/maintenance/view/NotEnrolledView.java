package se.bricka.kiosk.maintenance.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.NotEnrolledModel;

/** The whole screen of a board that is not enrolled: what to do, and a pad for the enrollment code. */
public final class NotEnrolledView extends StackPane {

    public NotEnrolledView(NotEnrolledModel model, Texts texts) {
        getStylesheets().add(MaintenanceView.STYLESHEET);
        getStyleClass().add("maintenance-layer");
        Label title = new Label(texts.get("enrollment.title"));
        title.setId("not-enrolled-title");
        title.getStyleClass().add("maintenance-title");
        Label what = new Label(texts.get("enrollment.what"));
        what.getStyleClass().add("maintenance-subtitle");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        Label code = new Label();
        code.setId("not-enrolled-code");
        code.getStyleClass().add("maintenance-setup-code");
        code.textProperty().bind(model.codeProperty().map(NotEnrolledView::grouped));
        GridPane keys =
                DigitKeys.of(texts, "not-enrolled-", model::digit, model::erase, "maintenance.pin.ok", model::enroll);
        keys.disableProperty().bind(model.enrollingProperty());
        Label message = new Label();
        message.setId("not-enrolled-message");
        message.getStyleClass().add("maintenance-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageKeyProperty().map(texts::get).orElse(""));
        VBox pane = new VBox(title, what, code, keys, message);
        pane.getStyleClass().add("maintenance-tool-pane");
        pane.setAlignment(Pos.TOP_CENTER);
        getChildren().add(pane);
    }

    private static String grouped(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
