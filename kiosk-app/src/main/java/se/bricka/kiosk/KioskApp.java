package se.bricka.kiosk;

import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application of the board; {@link Main} launches it, {@link Kiosk} does the work. */
public final class KioskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);

    private AutoCloseable kiosk;

    @Override
    public void start(Stage stage) {
        // A fault in a handler is logged for the caretaker; the screen goes on, it never shows a trace.
        Thread.setDefaultUncaughtExceptionHandler(
                (thread, failure) -> LOG.error("uncaught failure on thread {}", thread.getName(), failure));
        KioskOptions options = KioskOptions.parse(getParameters().getRaw(), System.getenv());
        kiosk = Kiosk.deviceToken(options).isPresent()
                ? Kiosk.open(stage, options)
                : NotEnrolledBoard.open(stage, options);
    }

    @Override
    public void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
