package se.bricka.kiosk.maintenance.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.bricka.core.wire.DeviceBinding;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.DeviceSetupModel;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.MaintenanceScreen;

/** The "Device setup" tool: what the board is bound to, its screen settings, and a pad for the enrollment code. */
final class DeviceSetupPane extends VBox {

    DeviceSetupPane(MaintenanceModel maintenance, Texts texts) {
        DeviceSetupModel model = maintenance.setup();
        getStyleClass().add("maintenance-tool-pane");
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label(texts.get("maintenance.tools.setup"));
        title.getStyleClass().add("maintenance-title");
        VBox bound = new VBox(
                line(
                        "maintenance-setup-device",
                        model,
                        b -> texts.format("maintenance.setup.device", b.deviceName(), b.deviceId())),
                line(
                        "maintenance-setup-property",
                        model,
                        b -> texts.format("maintenance.setup.property", b.propertyName())),
                line(
                        "maintenance-setup-doors",
                        model,
                        b -> b.doorIds().isEmpty()
                                ? texts.get("maintenance.setup.no-doors")
                                : texts.format("maintenance.setup.doors", String.join(", ", b.doorIds()))),
                new DisplaySettingsBox(maintenance, texts));
        bound.getStyleClass().add("maintenance-setup-binding");
        Label prompt = new Label(texts.get("maintenance.setup.prompt"));
        prompt.getStyleClass().add("maintenance-subtitle");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        Label code = new Label();
        code.setId("maintenance-setup-code");
        code.getStyleClass().add("maintenance-setup-code");
        code.textProperty().bind(model.codeProperty().map(DeviceSetupPane::grouped));
        GridPane keys = DigitKeys.of(
                texts, "maintenance-setup-", model::digit, model::erase, "maintenance.pin.ok", model::enroll);
        keys.disableProperty().bind(model.enrollingProperty());
        VBox enrollment = new VBox(prompt, code, keys);
        enrollment.getStyleClass().add("maintenance-setup-enrollment");
        enrollment.setAlignment(Pos.TOP_CENTER);
        HBox columns = new HBox(bound, enrollment);
        columns.getStyleClass().add("maintenance-setup-columns");
        columns.setAlignment(Pos.TOP_CENTER);
        Label message = new Label();
        message.setId("maintenance-setup-message");
        message.getStyleClass().add("maintenance-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageKeyProperty().map(texts::get).orElse(""));
        Button back = new Button(texts.get("maintenance.tools.back"));
        back.setId("maintenance-tools-back-setup");
        back.getStyleClass().add("maintenance-secondary");
        back.setOnAction(event -> maintenance.show(MaintenanceScreen.TOOLS));
        getChildren().addAll(title, columns, message, back);
    }

    private static Label line(
            String id, DeviceSetupModel model, java.util.function.Function<DeviceBinding, String> text) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add("maintenance-subtitle");
        line.setWrapText(true);
        line.textProperty().bind(model.bindingProperty().map(text).orElse(""));
        return line;
    }

    /** "1234 5678 9012", as IT's page shows it. */
    private static String grouped(String digits) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append(' ');
            }
            shown.append(digits.charAt(i));
        }
        return shown.isEmpty() ? "–" : shown.toString();
    }
}
