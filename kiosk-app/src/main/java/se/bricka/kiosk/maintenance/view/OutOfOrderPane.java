package se.bricka.kiosk.maintenance.view;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.ClosurePeriod;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.MaintenanceScreen;
import se.bricka.kiosk.maintenance.OutOfOrderModel;

/**
 * The "Out of order" tool: room, how long, why; the bookings that would be cancelled, named for
 * confirmation; close, or re-open early. Closing is offered only to a caretaker the backend verified.
 */
final class OutOfOrderPane extends VBox {

    /** The reasons offered, as text keys; the sentence in the board's language is what tenants see. */
    private static final List<String> REASONS = List.of(
            "maintenance.out-of-order.reason.machine",
            "maintenance.out-of-order.reason.water",
            "maintenance.out-of-order.reason.door",
            "maintenance.out-of-order.reason.cleaning");

    OutOfOrderPane(MaintenanceModel maintenance, Texts texts) {
        OutOfOrderModel model = maintenance.outOfOrder();
        getStyleClass().add("maintenance-tool-pane");
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label(texts.get("maintenance.tools.out-of-order"));
        title.getStyleClass().add("maintenance-title");
        FlowPane rooms = choices("maintenance-rooms");
        model.rooms().subscribe(() -> fillRooms(rooms, model));
        FlowPane periods = choices("maintenance-periods");
        ToggleGroup periodGroup = new ToggleGroup();
        for (ClosurePeriod period : ClosurePeriod.values()) {
            ToggleButton choice = choice(texts.get(period.textKey()), "maintenance-period-" + period.ordinal());
            choice.setToggleGroup(periodGroup);
            choice.setSelected(model.periodProperty().get() == period);
            choice.setOnAction(event -> model.choosePeriod(period));
            periods.getChildren().add(choice);
        }
        FlowPane reasons = choices("maintenance-reasons");
        for (String reason : REASONS) {
            Button close = new Button(texts.get(reason));
            close.setId("maintenance-close-" + reason.substring(reason.lastIndexOf('.') + 1));
            close.getStyleClass().addAll("maintenance-key", "maintenance-danger");
            close.setOnAction(event -> model.closeRoom(texts.get(reason)));
            close.disableProperty()
                    .bind(model.availableProperty()
                            .not()
                            .or(model.pendingProperty().isNotNull()));
            reasons.getChildren().add(close);
        }
        Label message = new Label();
        message.setId("maintenance-out-of-order-message");
        message.getStyleClass().add("maintenance-message");
        message.setWrapText(true);
        message.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.messageKeyProperty().get() == null
                                ? ""
                                : texts.format(
                                        model.messageKeyProperty().get(),
                                        texts.number(model.cancelledProperty().get())),
                        model.messageKeyProperty(),
                        model.cancelledProperty()));
        getChildren()
                .addAll(
                        title,
                        label(texts, "maintenance.out-of-order.room"),
                        rooms,
                        label(texts, "maintenance.out-of-order.period"),
                        periods,
                        label(texts, "maintenance.out-of-order.reason"),
                        reasons,
                        message,
                        confirmation(model, texts),
                        footer(maintenance, model, texts));
    }

    /** Shown while a closure waits: the bookings it cancels, and the caretaker's yes or no. */
    private static VBox confirmation(OutOfOrderModel model, Texts texts) {
        Label cancels = new Label();
        cancels.setId("maintenance-closure-cancels");
        cancels.getStyleClass().add("maintenance-message");
        cancels.setWrapText(true);
        cancels.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.pendingCancels().stream()
                                .map(booking -> texts.format(
                                        "maintenance.out-of-order.cancels-line",
                                        booking.apartment(),
                                        texts.day(booking.date()),
                                        booking.start(),
                                        booking.end()))
                                .collect(Collectors.joining("\n")),
                        model.pendingCancels()));
        Button confirm = new Button(texts.get("maintenance.out-of-order.confirm-yes"));
        confirm.setId("maintenance-closure-confirm");
        confirm.getStyleClass().addAll("maintenance-key", "maintenance-danger");
        confirm.setOnAction(event -> model.confirmClose());
        Button cancel = new Button(texts.get("maintenance.out-of-order.confirm-no"));
        cancel.setId("maintenance-closure-cancel");
        cancel.getStyleClass().add("maintenance-secondary");
        cancel.setOnAction(event -> model.cancelClose());
        HBox choices = new HBox(cancel, confirm);
        choices.setAlignment(Pos.CENTER);
        choices.getStyleClass().add("maintenance-footer");
        VBox box = new VBox(cancels, choices);
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.pendingProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static HBox footer(MaintenanceModel maintenance, OutOfOrderModel model, Texts texts) {
        Button reopen = new Button(texts.get("maintenance.out-of-order.reopen"));
        reopen.setId("maintenance-reopen");
        reopen.getStyleClass().add("maintenance-primary");
        reopen.visibleProperty().bind(model.closureProperty().isNotNull());
        reopen.managedProperty().bind(reopen.visibleProperty());
        reopen.setOnAction(event -> model.reopen());
        reopen.disableProperty().bind(model.availableProperty().not());
        Button back = new Button(texts.get("maintenance.tools.back"));
        back.setId("maintenance-back");
        back.getStyleClass().add("maintenance-secondary");
        back.setOnAction(event -> maintenance.show(MaintenanceScreen.TOOLS));
        HBox footer = new HBox(back, reopen);
        footer.getStyleClass().add("maintenance-footer");
        footer.setAlignment(Pos.CENTER);
        return footer;
    }

    private static void fillRooms(FlowPane pane, OutOfOrderModel model) {
        ToggleGroup group = new ToggleGroup();
        pane.getChildren().clear();
        for (ResourceSummary room : model.rooms()) {
            ToggleButton choice = choice(room.name(), "maintenance-room-" + room.id());
            choice.setToggleGroup(group);
            choice.setSelected(room.equals(model.roomProperty().get()));
            choice.setOnAction(event -> model.chooseRoom(room));
            pane.getChildren().add(choice);
        }
    }

    private static Label label(Texts texts, String key) {
        Label label = new Label(texts.format(key));
        label.getStyleClass().add("maintenance-subtitle");
        return label;
    }

    private static FlowPane choices(String id) {
        FlowPane pane = new FlowPane();
        pane.setId(id);
        pane.getStyleClass().add("maintenance-choices");
        pane.setAlignment(Pos.CENTER);
        return pane;
    }

    private static ToggleButton choice(String text, String id) {
        return Choice.of(text, id);
    }
}
