package se.bricka.kiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.core.demo.DemoEstate;

/**
 * A harness, not a timed test (its name keeps it out of the normal test run): starts the real
 * backend on loopback, starts the board in a JVM of its own ({@link KioskProbe}), and reports cold
 * start to the idle screen, tag read to the first frame of the week (median and p99 over 200 taps)
 * and the board's resident memory after 200 and after 1,200 taps. Run it with
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1280x800x24" mvn -B -o -pl booking-core,kiosk-hw,backend,kiosk-app test \
 *     -Dtest=TapToGridBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The board's JVM runs with the panel's options ({@code packaging/board/jvm.options}, as the
 * {@code bricka-board} launcher passes them) and, like the launcher, first records an ahead-of-time
 * class cache in a short training start, then measures with it; the training start's cold start is
 * reported too, as the first start after an install. Extra JVM options for an experiment:
 * {@code -Dbricka.bench.jvm="-Xlog:gc"}. The figures land in the log and in
 * {@code kiosk-app/target/benchmark/tap-to-grid.txt}.
 */
class TapToGridBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(TapToGridBenchmark.class);
    private static final int MEASURED_TAPS = 200;
    private static final int SOAK_TAPS = 1_000;
    /** The options the launcher starts the board's JVM with. */
    private static final Path PANEL_JVM = Path.of("..", "packaging", "board", "jvm.options");
    /** The environment the launcher gives the board. */
    private static final Path PANEL_ENVIRONMENT = Path.of("..", "packaging", "board", "environment");

    private static final int TRAINING_TAPS = 20;

    @Test
    void tap_to_grid_latency_memory_and_cold_start() throws Exception {
        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);
        Path training = out.resolve("training.txt");
        Path results = out.resolve("probe.txt");
        Path cache = out.resolve("board.aot");
        for (Path old : List.of(training, results, cache, out.resolve("probe.log"))) {
            Files.deleteIfExists(old);
        }
        String load;
        String classPath = ClassPathJars.of(System.getProperty("java.class.path"), out.resolve("jars"));
        try (Backend server = Backend.start(BackendConfig.forTests(Clock.systemUTC()))) {
            Probe probe = new Probe(server, classPath);
            int trained = probe.run(training, "-XX:AOTCacheOutput=" + cache, TRAINING_TAPS, 0);
            assertThat(trained).as("the training start ended cleanly").isZero();
            String loadBefore = loadAverage();
            int exit = probe.run(results, "-XX:AOTCache=" + cache, MEASURED_TAPS, SOAK_TAPS);
            load = loadBefore + " at the measured start, " + loadAverage() + " at its end";
            assertThat(exit).as("the board's JVM ended cleanly").isZero();
        }
        String firstStart = read(training).get("coldStartMillis");
        Map<String, String> values = read(results);
        long[] micros = sorted(values.get("tapMicros"));
        long[] painted = sorted(values.get("paintedMicros"));
        List<String> report = new ArrayList<>(List.of(
                "cold start to idle screen (with the backend's answer, painted): " + values.get("coldStartMillis")
                        + " ms, processor time "
                        + values.get("coldStartCpuMillis") + " ms (first start, recording the class cache: "
                        + firstStart + " ms)",
                "tag read to week rendered (first pulse after the model is filled, laid out), " + micros.length
                        + " taps: median " + millis(percentile(micros, 50)) + " ms, p99 "
                        + millis(percentile(micros, 99)) + " ms, max " + millis(micros[micros.length - 1]) + " ms",
                "tag read to that frame painted: median " + millis(percentile(painted, 50)) + " ms, p99 "
                        + millis(percentile(painted, 99)) + " ms, max " + millis(painted[painted.length - 1])
                        + " ms",
                "resident memory after " + (20 + MEASURED_TAPS) + " taps: " + mb(values.get("rssAfterWarmupKb"))
                        + " MB, after " + (20 + MEASURED_TAPS + SOAK_TAPS) + " taps: "
                        + mb(values.get("rssAfterSoakKb")) + " MB (live heap after a full collection: "
                        + mb(values.get("liveHeapAfterWarmupKb")) + " MB, then " + mb(values.get("liveHeapAfterSoakKb"))
                        + " MB)"));
        report.add("  start: JVM to main " + values.get("mainMillis") + " ms, JavaFX toolkit up "
                + values.get("toolkitMillis") + " ms, board built and shown " + values.get("openedMillis")
                + " ms, first frame painted " + values.get("firstFrameMillis")
                + " ms, idle screen with the backend's answer "
                + values.get("coldStartMillis") + " ms");
        report.addAll(stages(values));
        // A shared machine's figures mean little without its load: the lead compares them with a quiet run.
        report.add("  load average (1, 5, 15 min): " + load);
        report.forEach(line -> LOG.info("benchmark: {}", line));
        Files.write(out.resolve("tap-to-grid.txt"), report);
    }

    /** The board's JVM, started against {@code server} with {@code classPath}. */
    private record Probe(Backend server, String classPath) {

        int run(Path results, String cacheOption, int measured, int soak) throws Exception {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("@" + PANEL_JVM.toAbsolutePath().normalize());
            command.add(cacheOption);
            String extra = System.getProperty("bricka.bench.jvm", "").strip();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.split("\\s+")));
            }
            command.addAll(List.of(
                    "-Dprism.order=sw",
                    "-cp",
                    classPath,
                    KioskProbe.class.getName(),
                    server.baseUri().toString(),
                    DemoEstate.DEVICES.getFirst().token(),
                    results.toAbsolutePath().toString(),
                    Integer.toString(measured),
                    Integer.toString(soak)));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/benchmark/probe.log")));
            builder.environment().putAll(panelEnvironment());
            Process probe = builder.start();
            if (!probe.waitFor(10, TimeUnit.MINUTES)) {
                probe.destroyForcibly();
                return -1;
            }
            return probe.exitValue();
        }
    }

    /** The {@code KEY=VALUE} lines of the launcher's environment file. */
    private static Map<String, String> panelEnvironment() throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PANEL_ENVIRONMENT)) {
            String setting = line.strip();
            int equals = setting.indexOf('=');
            if (!setting.startsWith("#") && equals > 0) {
                variables.put(setting.substring(0, equals), setting.substring(equals + 1));
            }
        }
        return variables;
    }

    private static Map<String, String> read(Path results) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(results)) {
            int equals = line.indexOf('=');
            values.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return values;
    }

    /** Where the time of a tap goes: each stage's own time, median and p99 over the measured taps. */
    private static List<String> stages(Map<String, String> values) {
        List<String> names = List.of(
                "fxTookTapMicros", "reader to FX thread (busy shown)",
                "modelFilledMicros", "backend round trips to model filled on FX thread",
                "pulseStartedMicros", "wait for the next pulse",
                "tapMicros", "CSS and layout of that pulse",
                "paintedMicros", "sync and paint of the frame");
        List<String> lines = new ArrayList<>();
        long[] before = null;
        for (int i = 0; i < names.size(); i += 2) {
            long[] at = Arrays.stream(values.get(names.get(i)).split(","))
                    .mapToLong(Long::parseLong)
                    .toArray();
            long[] own = new long[at.length];
            for (int tap = 0; tap < at.length; tap++) {
                own[tap] = at[tap] - (before == null ? 0 : before[tap]);
            }
            before = at;
            Arrays.sort(own);
            lines.add("  stage " + names.get(i + 1) + ": median " + millis(percentile(own, 50)) + " ms, p99 "
                    + millis(percentile(own, 99)) + " ms");
        }
        return lines;
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static long[] sorted(String micros) {
        return Arrays.stream(micros.split(","))
                .mapToLong(Long::parseLong)
                .sorted()
                .toArray();
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String millis(long micros) {
        return String.format(java.util.Locale.ROOT, "%.1f", micros / 1000.0);
    }

    private static String mb(String kb) {
        return Long.toString(Long.parseLong(kb) / 1024);
    }
}
