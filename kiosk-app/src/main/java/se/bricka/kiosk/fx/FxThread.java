package se.bricka.kiosk.fx;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The one place where model changes cross to the JavaFX application thread. Models take an
 * {@link Executor}: the application passes {@link #executor()}, tests pass {@link #direct()}.
 */
public final class FxThread {

    private FxThread() {}

    /** Runs each task later on the FX thread, in submission order. */
    public static Executor executor() {
        return Platform::runLater;
    }

    /** Runs each task at once on the calling thread: for models tested without a window. */
    public static Executor direct() {
        return Runnable::run;
    }
}
