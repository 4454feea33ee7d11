package se.bricka.kiosk.bench;

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
import javafx.application.Platform;
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

    private static final Duration WAIT = Duration.ofSeconds(20);

    private KioskProbe() {}

    /** Arguments: backend URL, device token, result file, measured taps, extra taps for memory. */
    public static void main(String[] args) throws Exception {
        URI backend = URI.create(args[0]);
        Path results = Path.of(args[2]);
        int measured = Integer.parseInt(args[3]);
        int soak = Integer.parseInt(args[4]);
        List<String> lines = new ArrayList<>();

        CompletableFuture<Kiosk> opened = new CompletableFuture<>();
        Platform.startup(() -> {
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
            opened.complete(Kiosk.open(new Stage(), options));
        });
        Kiosk kiosk = opened.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Scene scene = sceneOf(kiosk);
        long idleAt = nextPulseWhen(
                scene,
                () -> kiosk.model().state().isOnline()
                        && !kiosk.model().state().getPropertyName().isEmpty());
        long startMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        lines.add("coldStartMillis="
                + (System.currentTimeMillis() - startMillis - (System.nanoTime() - idleAt) / 1_000_000));
        // The processor time the start took: on a loaded machine the wall time above mostly measures
        // the wait for a core, this what the board itself spent.
        lines.add("coldStartCpuMillis=" + processCpuMillis());

        List<TagUid> tags = twoHouseholds();
        TapTimer timer = new TapTimer(kiosk, scene);
        for (int i = 0; i < 20; i++) {
            timer.tap(tags.get(i % 2));
        }
        long[] micros = new long[measured];
        for (int i = 0; i < measured; i++) {
            micros[i] = timer.tap(tags.get(i % 2));
        }
        lines.add("rssAfterWarmupKb=" + residentKb());
        for (int i = 0; i < soak; i++) {
            timer.tap(tags.get(i % 2));
        }
        System.gc();
        lines.add("rssAfterSoakKb=" + residentKb());
        lines.add("taps=" + measured);
        lines.add("tapMicros=" + join(micros));
        Files.write(results, lines);
        Platform.runLater(() -> {
            kiosk.close();
            Platform.exit();
        });
    }

    private static Scene sceneOf(Kiosk kiosk) throws Exception {
        CompletableFuture<Scene> scene = new CompletableFuture<>();
        Platform.runLater(() -> scene.complete(Stage.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.getScene().getRoot() != null)
                .map(w -> w.getScene())
                .filter(s -> s.getRoot() instanceof se.bricka.kiosk.booking.view.BoardView)
                .findFirst()
                .orElseThrow()));
        return scene.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The time of the first pulse after {@code condition} holds (checked on the FX thread). */
    static long nextPulseWhen(Scene scene, java.util.function.BooleanSupplier condition) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (condition.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                done.complete(System.nanoTime());
            }
        };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        return done.get(WAIT.toSeconds(), TimeUnit.SECONDS);
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

    private static long residentKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(-1L);
    }

    private static String join(long[] values) {
        StringBuilder out = new StringBuilder();
        for (long value : values) {
            out.append(out.isEmpty() ? "" : ",").append(value);
        }
        return out.toString();
    }

    /** Taps a tag as the reader would and waits for the first frame of that household's week. */
    private record TapTimer(Kiosk kiosk, Scene scene) {

        long tap(TagUid uid) throws Exception {
            BoardState state = kiosk.model().state();
            String wanted = apartmentOf(uid);
            CompletableFuture<Long> done = new CompletableFuture<>();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                Household shown = state.getHousehold();
                if (state.getScreen() == Screen.WEEK
                        && !state.isBusy()
                        && shown != null
                        && shown.apartmentLabel().equals(wanted)) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    done.complete(System.nanoTime());
                }
            };
            CompletableFuture<Void> armed = new CompletableFuture<>();
            Platform.runLater(() -> {
                scene.addPostLayoutPulseListener(listener[0]);
                armed.complete(null);
            });
            armed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            long start = System.nanoTime();
            kiosk.reader().tap(uid);
            return (done.get(WAIT.toSeconds(), TimeUnit.SECONDS) - start) / 1_000;
        }

        private static String apartmentOf(TagUid uid) {
            return DemoEstate.tags().stream()
                    .filter(t -> t.uid().equals(uid))
                    .findFirst()
                    .orElseThrow()
                    .apartmentLabel();
        }
    }
}
