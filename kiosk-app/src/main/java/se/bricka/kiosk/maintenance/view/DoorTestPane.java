package se.bricka.kiosk.maintenance.view;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.bricka.hw.door.DoorEvent;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.DoorTestModel;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.MaintenanceScreen;

/** The "Door test" tool: pulse the relay, the contact live, the latest alarms. */
final class DoorTestPane extends VBox {

    private final Texts texts;

    DoorTestPane(MaintenanceModel maintenance, Texts texts) {
        this.texts = texts;
        DoorTestModel model = maintenance.doorTest();
        getStyleClass().add("maintenance-tool-pane");
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label(texts.get("maintenance.tools.door"));
        title.getStyleClass().add("maintenance-title");
        Label contact = new Label();
        contact.setId("maintenance-door-contact");
        contact.getStyleClass().add("maintenance-subtitle");
        contact.textProperty()
                .bind(model.hasDoorProperty()
                        .flatMap(has -> model.doorOpenProperty()
                                .map(open -> texts.get(
                                        !has
                                                ? "maintenance.door.none"
                                                : open ? "maintenance.door.open" : "maintenance.door.closed"))));
        Label lock = new Label();
        lock.setId("maintenance-door-lock");
        lock.getStyleClass().add("maintenance-subtitle");
        lock.textProperty()
                .bind(model.unlockedProperty()
                        .map(unlocked ->
                                texts.get(unlocked ? "maintenance.door.unlocked" : "maintenance.door.locked")));
        VBox alarms = new VBox();
        alarms.setId("maintenance-door-alarms");
        alarms.setAlignment(Pos.CENTER);
        model.alarms()
                .subscribe(() -> alarms.getChildren()
                        .setAll(
                                model.alarms().isEmpty()
                                        ? java.util.List.of(line(texts.get("maintenance.door.no-alarms")))
                                        : model.alarms().stream()
                                                .map(this::alarm)
                                                .toList()));
        alarms.getChildren().setAll(line(texts.get("maintenance.door.no-alarms")));
        getChildren()
                .addAll(
                        title,
                        contact,
                        lock,
                        line(texts.get("maintenance.door.alarms")),
                        alarms,
                        footer(maintenance, model));
    }

    private Label alarm(DoorEvent event) {
        return line(texts.format(
                "maintenance.door.alarm."
                        + event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                texts.date(
                        "maintenance.reader.time-pattern", LocalTime.ofInstant(event.at(), ZoneId.systemDefault()))));
    }

    private static Label line(String text) {
        Label line = new Label(text);
        line.getStyleClass().add("maintenance-subtitle");
        return line;
    }

    private HBox footer(MaintenanceModel maintenance, DoorTestModel model) {
        Button pulse = new Button(texts.get("maintenance.door.pulse"));
        pulse.setId("maintenance-door-pulse");
        pulse.getStyleClass().add("maintenance-primary");
        pulse.disableProperty().bind(model.hasDoorProperty().not());
        pulse.setOnAction(event -> model.pulse());
        Button back = new Button(texts.get("maintenance.tools.back"));
        back.getStyleClass().add("maintenance-secondary");
        back.setOnAction(event -> maintenance.show(MaintenanceScreen.TOOLS));
        HBox footer = new HBox(back, pulse);
        footer.getStyleClass().add("maintenance-footer");
        footer.setAlignment(Pos.CENTER);
        return footer;
    }
}
