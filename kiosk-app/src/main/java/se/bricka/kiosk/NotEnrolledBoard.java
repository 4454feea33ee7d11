package se.bricka.kiosk;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.DeviceTokenFile;
import se.bricka.kiosk.maintenance.HttpMaintenanceBackend;
import se.bricka.kiosk.maintenance.NotEnrolledModel;
import se.bricka.kiosk.maintenance.view.NotEnrolledView;

/**
 * A board started without a device token and not yet enrolled: the screen says so and takes the
 * enrollment code ({@link NotEnrolledModel}); nothing else runs until it is enrolled and restarted.
 */
final class NotEnrolledBoard implements AutoCloseable {

    private final ActionQueue queue = new ActionQueue("enrollment");
    private final HttpMaintenanceBackend backend;

    private NotEnrolledBoard(Stage stage, KioskOptions options) {
        Texts texts = Texts.forLanguage(options.language());
        backend = new HttpMaintenanceBackend(options.backend(), null);
        NotEnrolledModel model = new NotEnrolledModel(
                backend,
                new DeviceTokenFile(Kiosk.deviceTokenFile(options)),
                new ProgramExit(options.allowExit()),
                queue,
                FxThread.executor());
        stage.setTitle(texts.get("app.title"));
        stage.setScene(new Scene(new NotEnrolledView(model, texts), Kiosk.WIDTH, Kiosk.HEIGHT));
        if (!options.windowed()) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        stage.show();
    }

    /** Opens the screen on {@code stage}. Call on the FX thread. */
    static NotEnrolledBoard open(Stage stage, KioskOptions options) {
        return new NotEnrolledBoard(stage, options);
    }

    @Override
    public void close() {
        queue.close();
        backend.close();
    }
}
