package se.bricka.kiosk.maintenance.view;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.MaintenanceScreen;

/**
 * The caretakers' layer over the board: a corner that opens the PIN pad after a three-second press (a
 * ring fills while it is held), then the pad, the tools and each tool. Laid over a board's
 * {@code StackPane}; it lets every touch outside the corner through while the mode is closed.
 */
public final class MaintenanceView extends StackPane {

    /** The style sheet of the maintenance layer. */
    public static final String STYLESHEET = Objects.requireNonNull(MaintenanceView.class.getResource("caretaker.css"))
            .toExternalForm();

    /** How long the corner must be held: long enough that no tenant opens it by chance. */
    public static final Duration HOLD = Duration.seconds(3);

    private final MaintenanceModel model;
    private final ProgressIndicator holdProgress = new ProgressIndicator(0);
    private final Timeline hold;

    public MaintenanceView(MaintenanceModel model, Texts texts) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("maintenance-layer");
        setPickOnBounds(false);
        hold = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(holdProgress.progressProperty(), 0)),
                new KeyFrame(HOLD, event -> holdDone(), new KeyValue(holdProgress.progressProperty(), 1)));
        Map<MaintenanceScreen, Node> screens = new EnumMap<>(MaintenanceScreen.class);
        screens.put(MaintenanceScreen.PIN, new PinPadPane(model, texts));
        screens.put(MaintenanceScreen.TOOLS, new ToolsPane(model, texts));
        screens.put(MaintenanceScreen.OUT_OF_ORDER, new OutOfOrderPane(model, texts));
        screens.put(MaintenanceScreen.SYNC, new SyncStatePane(model, texts));
        screens.put(MaintenanceScreen.READER, new ReaderCheckPane(model, texts));
        screens.put(MaintenanceScreen.DOOR, new DoorTestPane(model, texts));
        screens.put(MaintenanceScreen.SETUP, new DeviceSetupPane(model, texts));
        StackPane panel = new StackPane();
        panel.getChildren().addAll(screens.values());
        panel.setId("maintenance-panel");
        panel.getStyleClass().add("maintenance-panel");
        panel.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> model.touched());
        Region corner = corner();
        getChildren().addAll(panel, corner);
        StackPane.setAlignment(corner, Pos.TOP_LEFT);
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        model.state().screenProperty().subscribe(screen -> {
            panel.setVisible(screen != MaintenanceScreen.HIDDEN);
            corner.setVisible(screen == MaintenanceScreen.HIDDEN);
            screens.forEach((shown, node) -> node.setVisible(shown == screen));
            if (screen == MaintenanceScreen.HIDDEN) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    private Region corner() {
        StackPane corner = new StackPane(holdProgress);
        corner.setId("maintenance-corner");
        corner.getStyleClass().add("maintenance-corner");
        holdProgress.getStyleClass().add("maintenance-hold");
        holdProgress.visibleProperty().bind(holdProgress.progressProperty().greaterThan(0));
        corner.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> hold.playFromStart());
        corner.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> stopHold());
        corner.addEventHandler(MouseEvent.MOUSE_EXITED, event -> stopHold());
        return corner;
    }

    private void stopHold() {
        hold.stop();
        holdProgress.setProgress(0);
    }

    private void holdDone() {
        holdProgress.setProgress(0);
        model.open();
    }
}
