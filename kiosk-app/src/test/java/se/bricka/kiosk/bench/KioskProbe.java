package se.bricka.kiosk.bench;

import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.Household;
import se.bricka.kiosk.Kiosk;
import se.bricka.kiosk.KioskOptions;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.booking.Screen;

/**
 * The board in a JVM of its own, measured from the inside: cold start to the first frame of the idle
 * screen, then tag read to the first frame of the household's week (the first pulse after the model
 * is filled), then resident memory after many taps. Started by {@link TapToGridBenchmark}; writes
 * {@code name=value} lines to the file named by its third argument.
 */
public final class KioskProbe {

    /** Long: on a machine shared by many builds a start without the class cache took over 20 s. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    private KioskProbe() {}

    /** Arguments: backend URL, device token, result file, measured taps, extra taps for memory. */
    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Exception | AssertionError e) {
            // The board's threads would keep the JVM alive: a failed measurement ends it.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure(String[] args) throws Exception {
        URI backend = URI.create(args[0]);
        Path results = Path.of(args[2]);
        int measured = Integer.parseInt(args[3]);
        int soak = Integer.parseInt(args[4]);
        List<String> lines = new ArrayList<>();

        long mainAt = System.nanoTime();
        long[] toolkitAt = new long[1];
        long[] openedAt = new long[1];
        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        CompletableFuture<Long> idleFrame = new CompletableFuture<>();
        CompletableFuture<Kiosk> opened = new CompletableFuture<>();
        Platform.startup(() -> {
            toolkitAt[0] = System.nanoTime();
            KioskOptions options = new KioskOptions(
                    backend,
                    args[1],
                    OptionalLong.empty(),
                    true,
                    KioskOptions.SIMULATED_READER,
                    null,
                    "sv",
                    results.resolveSibling("board-data"),
                    false);
            Kiosk kiosk = Kiosk.open(new Stage(), options);
            openedAt[0] = System.nanoTime();
            // The first frames are watched from here, before the board's first pulse can pass unseen.
            Scene scene = sceneOf();
            whenPainted(scene, () -> true, firstFrame);
            whenPainted(
                    scene,
                    () -> kiosk.model().state().isOnline()
                            && !kiosk.model().state().getPropertyName().isEmpty(),
                    idleFrame);
            opened.complete(kiosk);
        });
        Kiosk kiosk = opened.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        long idleAt = idleFrame.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // The processor time the start took: on a loaded machine the wall time mostly measures the
        // wait for a core, this what the board itself spent.
        lines.add("coldStartCpuMillis=" + processCpuMillis());
        lines.add("coldStartMillis=" + sinceJvmStart(idleAt));
        lines.add("mainMillis=" + sinceJvmStart(mainAt));
        lines.add("toolkitMillis=" + sinceJvmStart(toolkitAt[0]));
        lines.add("openedMillis=" + sinceJvmStart(openedAt[0]));
        lines.add("firstFrameMillis=" + sinceJvmStart(firstFrame.get(WAIT.toSeconds(), TimeUnit.SECONDS)));
        Scene scene = sceneOfLater();

        List<TagUid> tags = twoHouseholds();
        TapTimer timer = new TapTimer(kiosk, scene);
        for (int i = 0; i < 20; i++) {
            timer.tap(tags.get(i % 2));
        }
        List<TapStages> stages = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            stages.add(timer.tap(tags.get(i % 2)));
        }
        lines.add("rssAfterWarmupKb=" + residentKb());
        lines.add("liveHeapAfterWarmupKb=" + liveHeapKb());
        // Only the measured start: asking for the native memory summary in the start that records the
        // class cache crashes JDK 25 (FileMapInfo::readonly_total).
        boolean dump = soak > 0;
        if (dump) {
            MemoryDump.write(results.resolveSibling("memory-after-warmup"));
        }
        for (int i = 0; i < soak; i++) {
            timer.tap(tags.get(i % 2));
        }
        System.gc();
        lines.add("rssAfterSoakKb=" + residentKb());
        lines.add("liveHeapAfterSoakKb=" + liveHeapKb());
        if (dump) {
            MemoryDump.write(results.resolveSibling("memory-after-soak"));
        }
        lines.add("taps=" + measured);
        lines.add("tapMicros=" + join(stages, TapStages.LAID_OUT));
        lines.add("fxTookTapMicros=" + join(stages, TapStages.FX_TOOK_TAP));
        lines.add("modelFilledMicros=" + join(stages, TapStages.MODEL_FILLED));
        lines.add("pulseStartedMicros=" + join(stages, TapStages.PULSE_STARTED));
        lines.add("paintedMicros=" + join(stages, TapStages.PAINTED));
        Files.write(results, lines);
        Platform.runLater(() -> {
            kiosk.close();
            Platform.exit();
        });
    }

    /** The board's scene; call on the FX thread. */
    private static Scene sceneOf() {
        return Stage.getWindows().stream()
                .map(w -> w.getScene())
                .filter(s -> s != null && s.getRoot() instanceof se.bricka.kiosk.booking.view.BoardView)
                .findFirst()
                .orElseThrow();
    }

    private static Scene sceneOfLater() throws Exception {
        CompletableFuture<Scene> scene = new CompletableFuture<>();
        Platform.runLater(() -> scene.complete(sceneOf()));
        return scene.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Completes {@code painted} with the time the frame of the first pulse after {@code condition}
     * holds has been painted. Call on the FX thread.
     */
    private static void whenPainted(Scene scene, BooleanSupplier condition, CompletableFuture<Long> painted) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (condition.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() ->
                        Toolkit.getToolkit().addRenderJob(new RenderJob(() -> painted.complete(System.nanoTime()))));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Milliseconds from the JVM's start to the moment {@code nanoTime} was read. */
    private static long sinceJvmStart(long nanoTime) {
        long startMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        return System.currentTimeMillis() - startMillis - (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /** A tag each of two households, so that every tap switches who is shown. */
    private static List<TagUid> twoHouseholds() {
        List<DemoEstate.DemoTag> usable =
                DemoEstate.tags().stream().filter(t -> !t.blocked()).toList();
        DemoEstate.DemoTag first = usable.getFirst();
        DemoEstate.DemoTag second = usable.stream()
                .filter(t -> !t.apartmentLabel().equals(first.apartmentLabel()))
                .findFirst()
                .orElseThrow();
        return List.of(first.uid(), second.uid());
    }

    private static long processCpuMillis() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1_000_000;
    }

    /** The heap in use after a full collection: what the board holds on to. */
    private static long liveHeapKb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1024;
    }

    private static long residentKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(-1L);
    }

    private static String join(List<TapStages> taps, int stage) {
        StringBuilder out = new StringBuilder();
        for (TapStages tap : taps) {
            out.append(out.isEmpty() ? "" : ",").append(tap.micros(stage));
        }
        return out.toString();
    }

    /**
     * Taps a tag as the reader would and times it in stages, on one clock ({@code System.nanoTime}):
     * the FX thread taking the tap (busy shown), the model filled with the household's week (the
     * backend's answers, on the FX thread), the start of the first pulse after that, the end of its
     * CSS and layout, and the frame painted: a job queued on the render thread behind that pulse's
     * paint, which runs when the frame has been drawn and handed to the window.
     */
    private record TapTimer(Kiosk kiosk, Scene scene) {

        TapStages tap(TagUid uid) throws Exception {
            BoardState state = kiosk.model().state();
            String wanted = apartmentOf(uid);
            long[] at = new long[TapStages.STAGES];
            BooleanSupplier filled = () -> {
                Household shown = state.getHousehold();
                return state.getScreen() == Screen.WEEK
                        && !state.isBusy()
                        && shown != null
                        && shown.apartmentLabel().equals(wanted);
            };
            CompletableFuture<long[]> done = new CompletableFuture<>();
            Runnable[] listeners = new Runnable[2];
            InvalidationListener[] busy = new InvalidationListener[1];
            busy[0] = observable -> {
                if (state.isBusy() && at[TapStages.FX_TOOK_TAP] == 0) {
                    at[TapStages.FX_TOOK_TAP] = System.nanoTime();
                } else if (filled.getAsBoolean() && at[TapStages.MODEL_FILLED] == 0) {
                    at[TapStages.MODEL_FILLED] = System.nanoTime();
                }
            };
            listeners[0] = () -> {
                if (at[TapStages.PULSE_STARTED] == 0 && filled.getAsBoolean()) {
                    at[TapStages.PULSE_STARTED] = System.nanoTime();
                }
            };
            listeners[1] = () -> {
                if (at[TapStages.PULSE_STARTED] != 0) {
                    at[TapStages.LAID_OUT] = System.nanoTime();
                    scene.removePreLayoutPulseListener(listeners[0]);
                    scene.removePostLayoutPulseListener(listeners[1]);
                    state.busyProperty().removeListener(busy[0]);
                    // This pulse queues its paint on the render thread at its end; a job queued after
                    // the pulse runs once that paint is done.
                    Platform.runLater(() -> Toolkit.getToolkit().addRenderJob(new RenderJob(() -> {
                        at[TapStages.PAINTED] = System.nanoTime();
                        done.complete(at);
                    })));
                }
            };
            CompletableFuture<Void> armed = new CompletableFuture<>();
            Platform.runLater(() -> {
                state.busyProperty().addListener(busy[0]);
                scene.addPreLayoutPulseListener(listeners[0]);
                scene.addPostLayoutPulseListener(listeners[1]);
                armed.complete(null);
            });
            armed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            at[TapStages.TAPPED] = System.nanoTime();
            kiosk.reader().tap(uid);
            return new TapStages(done.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }

        private static String apartmentOf(TagUid uid) {
            return DemoEstate.tags().stream()
                    .filter(t -> t.uid().equals(uid))
                    .findFirst()
                    .orElseThrow()
                    .apartmentLabel();
        }
    }

    /** The times (nanoseconds) a tap reached each stage. */
    record TapStages(long[] at) {
        static final int TAPPED = 0;
        static final int FX_TOOK_TAP = 1;
        static final int MODEL_FILLED = 2;
        static final int PULSE_STARTED = 3;
        static final int LAID_OUT = 4;
        static final int PAINTED = 5;
        static final int STAGES = 6;

        /** Microseconds from the tap to {@code stage}. */
        long micros(int stage) {
            return (at[stage] - at[TAPPED]) / 1_000;
        }
    }
}
