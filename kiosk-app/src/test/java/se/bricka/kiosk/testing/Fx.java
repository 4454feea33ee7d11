package se.bricka.kiosk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the FX thread and waits for it. */
public final class Fx {

    private Fx() {}

    /** Starts the JavaFX toolkit once per test JVM. */
    public static void startToolkit() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    public static <T> T call(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the FX thread", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("work on the FX thread failed", e);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until every event already queued on the FX thread has run. */
    public static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }
}
