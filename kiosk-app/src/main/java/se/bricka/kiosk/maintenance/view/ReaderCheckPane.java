package se.bricka.kiosk.maintenance.view;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.MaintenanceScreen;
import se.bricka.kiosk.maintenance.ReaderCheckModel;
import se.bricka.kiosk.maintenance.ReaderCheckModel.ReaderRow;

/**
 * The "Reader check" tool: one line per reader, with the reason under it when the reader is not
 * working, and the test tap's masked UID and apartment.
 */
final class ReaderCheckPane extends VBox {

    private final Texts texts;
    private final VBox lines = new VBox();

    ReaderCheckPane(MaintenanceModel maintenance, Texts texts) {
        this.texts = texts;
        ReaderCheckModel model = maintenance.readerCheck();
        getStyleClass().add("maintenance-tool-pane");
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label(texts.get("maintenance.tools.reader"));
        title.getStyleClass().add("maintenance-title");
        lines.setId("maintenance-reader-lines");
        lines.setAlignment(Pos.CENTER);
        lines.getStyleClass().add("maintenance-lines");
        model.readers()
                .subscribe(() -> lines.getChildren()
                        .setAll(model.readers().stream().flatMap(this::lines).toList()));
        Label tap = new Label();
        tap.setId("maintenance-reader-tap");
        tap.getStyleClass().add("maintenance-message");
        tap.setWrapText(true);
        tap.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.messageKeyProperty().get() == null
                                ? ""
                                : texts.format(
                                        model.messageKeyProperty().get(),
                                        model.maskedUidProperty().get(),
                                        model.apartmentProperty().get()),
                        model.messageKeyProperty(),
                        model.maskedUidProperty(),
                        model.apartmentProperty()));
        getChildren().addAll(title, lines, tap, footer(maintenance, model));
    }

    /** A reader's line and, when its driver says why it is not working, that reason under it. */
    private Stream<Label> lines(ReaderRow row) {
        String detail = row.health().detail();
        if (row.health().isOk() || detail.isBlank()) {
            return Stream.of(line(row));
        }
        // The drivers' reasons are technical English, written for whoever mends the wiring.
        Label why = new Label(texts.format("maintenance.reader.detail", detail));
        why.setId("maintenance-reader-detail-" + row.id());
        why.getStyleClass().addAll("maintenance-subtitle", "maintenance-reader-detail");
        why.setWrapText(true);
        return Stream.of(line(row), why);
    }

    private Label line(ReaderRow row) {
        String lastRead = row.lastRead() == null
                ? texts.get("maintenance.reader.never")
                : texts.date(
                        "maintenance.reader.time-pattern", LocalTime.ofInstant(row.lastRead(), ZoneId.systemDefault()));
        Label line = new Label(texts.format(
                "maintenance.reader.row",
                row.id(),
                row.type(),
                texts.get("maintenance.reader.status."
                        + row.health().status().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                texts.number(row.health().taps()),
                texts.number(row.health().faultyFrames()),
                texts.number(row.health().silentPolls()),
                lastRead));
        line.getStyleClass().add("maintenance-subtitle");
        line.setWrapText(true);
        return line;
    }

    private HBox footer(MaintenanceModel maintenance, ReaderCheckModel model) {
        Button tap = new Button(texts.get("maintenance.reader.tap-now"));
        tap.setId("maintenance-reader-tap-now");
        tap.getStyleClass().add("maintenance-primary");
        tap.setOnAction(event -> model.waitForTag());
        Button refresh = new Button(texts.get("maintenance.reader.refresh"));
        refresh.setId("maintenance-reader-refresh");
        refresh.getStyleClass().add("maintenance-secondary");
        refresh.setOnAction(event -> model.refresh());
        Button back = new Button(texts.get("maintenance.tools.back"));
        back.getStyleClass().add("maintenance-secondary");
        back.setOnAction(event -> maintenance.show(MaintenanceScreen.TOOLS));
        HBox footer = new HBox(back, refresh, tap);
        footer.getStyleClass().add("maintenance-footer");
        footer.setAlignment(Pos.CENTER);
        return footer;
    }
}
