package se.bricka.bench.booking;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;

/**
 * Load on the booking API over real HTTP, on the embedded database (an H2 file, as a default install
 * runs) and on PostgreSQL: a contention burst on one slot, and sustained random bookings. Not a test:
 * run it by hand, see backend/README.md, Benchmarks.
 *
 * <p>Options: {@code --db=h2|postgres|both} (both), {@code --seconds=N} sustained duration (60),
 * {@code --warmup=N} seconds of sustained load before measuring (20), {@code --runs=N} (3),
 * {@code --threads=N} client threads (50), {@code --requests=N} in the burst (1000), {@code --pg-url=}
 * and {@code --pg-user=} (local test database). Each run starts a fresh backend on a fresh database.
 */
public final class BookingLoadHarness {

    private static final Logger LOG = LoggerFactory.getLogger(BookingLoadHarness.class);
    private static final int EXTRA_APARTMENTS = 2000;
    private static final int EXTRA_ROOMS = 20;

    private BookingLoadHarness() {}

    /** Runs the scenarios as the options say and prints one line per run and the medians. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        String db = options.getOrDefault("db", "both");
        LoadSettings settings = new LoadSettings(
                Integer.parseInt(options.getOrDefault("threads", "50")),
                Integer.parseInt(options.getOrDefault("requests", "1000")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60"))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "20"))));
        String pgUrl = options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
        String pgUser = options.getOrDefault("pg-user", "postgres");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        for (String database : db.equals("both") ? List.of("h2", "postgres") : List.of(db)) {
            List<Scenarios.Result> results = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Scenarios.Result result = oneRun(http, database, settings, pgUrl, pgUser, run);
                System.out.println(database + " run " + run + ": " + result);
                results.add(result);
            }
            System.out.println(database + " median of " + runs + ": " + median(results));
        }
    }

    private static Scenarios.Result oneRun(
            HttpClient http, String database, LoadSettings settings, String pgUrl, String pgUser, int run)
            throws Exception {
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        if (database.equals("h2")) {
            Path dir = Files.createTempDirectory("bricka-bench");
            String url = "jdbc:h2:file:" + dir.resolve("bricka");
            return measure(
                    http,
                    BackendConfig.defaults().withSeedDemo(true).withPort(0).withDataDir(dir),
                    url,
                    "",
                    settings,
                    run,
                    load);
        }
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(pgUrl, pgUser, "CREATE SCHEMA " + schema);
        try {
            String url = pgUrl + "?currentSchema=" + schema;
            return measure(
                    http,
                    BackendConfig.defaults().withSeedDemo(true).withPort(0).withDatabase(url, pgUser, ""),
                    url,
                    pgUser,
                    settings,
                    run,
                    load);
        } finally {
            execute(pgUrl, pgUser, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static Scenarios.Result measure(
            HttpClient http, BackendConfig config, String url, String user, LoadSettings settings, int run, String load)
            throws Exception {
        try (Backend backend = Backend.start(config)) {
            BenchEstate.Load estate = BenchEstate.widen(url, user, EXTRA_APARTMENTS, EXTRA_ROOMS);
            ZoneId zone = config.zone();
            LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
            Scenarios scenarios = new Scenarios(http, backend.baseUri(), estate, settings);
            // Warm-up: bursts on other slots around a sustained phase, so the JIT has compiled both paths.
            scenarios.contention(estate.laundryRooms().getLast(), tomorrow, "07:00");
            scenarios.sustained(settings.warmup(), tomorrow);
            scenarios.contention(estate.laundryRooms().getLast(), tomorrow, "13:00");
            Scenarios.Contention burst =
                    scenarios.contention(estate.laundryRooms().getFirst(), tomorrow.plusDays(run % 7), "10:00");
            Scenarios.Sustained sustained = scenarios.sustained(settings.duration(), tomorrow);
            LOG.info("run {} done", run);
            return new Scenarios.Result(burst, sustained, load);
        }
    }

    private static String median(List<Scenarios.Result> results) {
        return "contention winners=%s p50=%.1f ms p99=%.1f ms | sustained %.0f bookings/s p50=%.1f ms p99=%.1f ms"
                .formatted(
                        results.stream()
                                .map(r -> Integer.toString(r.contention().winners()))
                                .collect(Collectors.joining("/")),
                        median(results, r -> r.contention().p50()),
                        median(results, r -> r.contention().p99()),
                        median(results, r -> r.sustained().bookingsPerSecond()),
                        median(results, r -> r.sustained().p50()),
                        median(results, r -> r.sustained().p99()));
    }

    private static double median(List<Scenarios.Result> results, ToDoubleFunction<Scenarios.Result> metric) {
        List<Double> values = results.stream()
                .map(metric::applyAsDouble)
                .sorted(Comparator.naturalOrder())
                .toList();
        return values.get(values.size() / 2);
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, String> options(String[] args) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith("--") && arg.contains("="))
                .collect(Collectors.toMap(
                        arg -> arg.substring(2, arg.indexOf('=')).toLowerCase(Locale.ROOT),
                        arg -> arg.substring(arg.indexOf('=') + 1)));
    }

    /** How hard to push. */
    record LoadSettings(int threads, int burstRequests, Duration duration, Duration warmup) {}
}
