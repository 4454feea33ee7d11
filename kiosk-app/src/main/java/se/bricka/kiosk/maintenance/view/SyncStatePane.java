package se.bricka.kiosk.maintenance.view;

import java.time.LocalTime;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.MaintenanceScreen;
import se.bricka.kiosk.maintenance.SyncStateModel;

/** The "Sync state" tool: connection, snapshot version and its age, newest push, queued events, backend, "sync now". */
final class SyncStatePane extends VBox {

    SyncStatePane(MaintenanceModel maintenance, Texts texts) {
        SyncStateModel model = maintenance.sync();
        getStyleClass().add("maintenance-tool-pane");
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label(texts.get("maintenance.tools.sync"));
        title.getStyleClass().add("maintenance-title");
        Label connection = line("maintenance-sync-connection");
        connection
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.onlineProperty().get()
                                ? texts.get("maintenance.sync.connection-online")
                                : model.offlineSinceProperty().get() == null
                                        ? texts.get("maintenance.sync.connection-offline")
                                        : texts.format(
                                                "maintenance.sync.connection-offline-since",
                                                texts.date(
                                                        "maintenance.reader.time-pattern",
                                                        LocalTime.ofInstant(
                                                                model.offlineSinceProperty()
                                                                        .get(),
                                                                ZoneId.systemDefault()))),
                        model.onlineProperty(),
                        model.offlineSinceProperty()));
        Label snapshot = line("maintenance-sync-snapshot");
        snapshot.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.syncAgeSecondsProperty().get() < 0
                                ? texts.get("maintenance.sync.snapshot-none")
                                : texts.format(
                                        "maintenance.sync.snapshot",
                                        texts.number(
                                                model.snapshotVersionProperty().get()),
                                        texts.number(
                                                model.syncAgeSecondsProperty().get() / 60),
                                        texts.number(
                                                model.syncAgeSecondsProperty().get() % 60)),
                        model.snapshotVersionProperty(),
                        model.syncAgeSecondsProperty()));
        Label pushed = line("maintenance-sync-pushed");
        pushed.textProperty()
                .bind(model.lastVersionProperty()
                        .map(version -> version.longValue() == 0
                                ? texts.get("maintenance.sync.version-none")
                                : texts.format("maintenance.sync.pushed", texts.number(version.longValue()))));
        Label queued = line("maintenance-sync-queued");
        queued.textProperty()
                .bind(model.queuedEventsProperty()
                        .map(count -> texts.format("maintenance.sync.queued", texts.number(count.longValue()))));
        Label address = line("maintenance-sync-backend");
        address.textProperty()
                .bind(model.backendAddressProperty().map(url -> texts.format("maintenance.sync.backend", url)));
        Label pins = line("maintenance-sync-pins");
        pins.textProperty()
                .bind(maintenance
                        .state()
                        .caretakersWithPinProperty()
                        .map(count -> texts.format("maintenance.sync.pins", texts.number(count.longValue()))));
        Label message = new Label();
        message.setId("maintenance-sync-message");
        message.getStyleClass().add("maintenance-message");
        message.textProperty().bind(model.messageKeyProperty().map(texts::get).orElse(""));
        getChildren()
                .addAll(
                        title,
                        connection,
                        snapshot,
                        pushed,
                        queued,
                        address,
                        pins,
                        message,
                        footer(maintenance, model, texts));
    }

    private static HBox footer(MaintenanceModel maintenance, SyncStateModel model, Texts texts) {
        Button sync = new Button(texts.get("maintenance.sync.sync-now"));
        sync.setId("maintenance-sync-now");
        sync.getStyleClass().add("maintenance-primary");
        sync.setOnAction(event -> model.syncNow());
        Button back = new Button(texts.get("maintenance.tools.back"));
        back.setId("maintenance-tools-back-sync");
        back.getStyleClass().add("maintenance-secondary");
        back.setOnAction(event -> maintenance.show(MaintenanceScreen.TOOLS));
        HBox footer = new HBox(back, sync);
        footer.getStyleClass().add("maintenance-footer");
        footer.setAlignment(Pos.CENTER);
        return footer;
    }

    private static Label line(String id) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add("maintenance-subtitle");
        return line;
    }
}
