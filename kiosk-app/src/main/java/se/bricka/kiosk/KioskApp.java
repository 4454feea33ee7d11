package se.bricka.kiosk;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application of the board; {@link Main} launches it, {@link Kiosk} does the work. */
public final class KioskApp extends Application {

    private Kiosk kiosk;

    @Override
    public void start(Stage stage) {
        KioskOptions options = KioskOptions.parse(getParameters().getRaw(), System.getenv());
        kiosk = Kiosk.open(stage, options);
    }

    @Override
    public void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
