package se.bricka.kiosk.maintenance.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.MaintenanceScreen;

/** The tools menu of a signed-in caretaker. */
final class ToolsPane extends VBox {

    ToolsPane(MaintenanceModel model, Texts texts) {
        getStyleClass().add("maintenance-tools");
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label(texts.get("maintenance.tools.title"));
        title.getStyleClass().add("maintenance-title");
        Label who = new Label();
        who.setId("maintenance-caretaker");
        who.getStyleClass().add("maintenance-subtitle");
        who.textProperty()
                .bind(model.state()
                        .caretakerProperty()
                        .map(name -> texts.format("maintenance.tools.signed-in", name))
                        .orElse(""));
        TilePane tools = new TilePane(
                tool(
                        texts,
                        "maintenance-tool-out-of-order",
                        "maintenance.tools.out-of-order",
                        () -> model.show(MaintenanceScreen.OUT_OF_ORDER)),
                tool(
                        texts,
                        "maintenance-tool-sync",
                        "maintenance.tools.sync",
                        () -> model.show(MaintenanceScreen.SYNC)),
                tool(
                        texts,
                        "maintenance-tool-reader",
                        "maintenance.tools.reader",
                        () -> model.show(MaintenanceScreen.READER)),
                tool(
                        texts,
                        "maintenance-tool-door",
                        "maintenance.tools.door",
                        () -> model.show(MaintenanceScreen.DOOR)),
                tool(
                        texts,
                        "maintenance-tool-setup",
                        "maintenance.tools.setup",
                        () -> model.show(MaintenanceScreen.SETUP)));
        tools.getStyleClass().add("maintenance-tool-grid");
        tools.setAlignment(Pos.CENTER);
        Button leave = new Button(texts.get("maintenance.tools.leave"));
        leave.setId("maintenance-leave");
        leave.getStyleClass().add("maintenance-secondary");
        leave.setOnAction(event -> model.leave());
        Button restart = new Button(texts.get("maintenance.tools.restart"));
        restart.setId("maintenance-restart");
        restart.getStyleClass().add("maintenance-secondary");
        restart.setOnAction(event -> model.restart());
        Button exit = new Button(texts.get("maintenance.tools.exit"));
        exit.setId("maintenance-exit");
        exit.getStyleClass().add("maintenance-secondary");
        exit.setOnAction(event -> model.exitToDesktop());
        exit.setVisible(model.canExitToDesktop());
        exit.setManaged(model.canExitToDesktop());
        HBox program = new HBox(leave, restart, exit);
        program.getStyleClass().add("maintenance-program-row");
        program.setAlignment(Pos.CENTER);
        getChildren().addAll(title, who, tools, program);
    }

    private static Button tool(Texts texts, String id, String key, Runnable command) {
        Button tool = new Button(texts.get(key));
        tool.setId(id);
        tool.getStyleClass().add("maintenance-tool");
        tool.setWrapText(true);
        tool.setOnAction(event -> command.run());
        return tool;
    }
}
