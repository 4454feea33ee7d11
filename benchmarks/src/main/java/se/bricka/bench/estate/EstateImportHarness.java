package se.bricka.bench.estate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import se.bricka.backend.estate.EstatePlan;
import se.bricka.backend.estate.EstateRuntime;

/**
 * Imports a generated estate of N apartments with three tags each into an empty database, then the
 * same file again (which must change nothing), and prints both times. The goal: 70,000 apartments
 * (210,000 tags) in at most 60 s, on the embedded H2 file database and on PostgreSQL.
 *
 * <p>{@code EstateImportHarness h2|postgres [apartments]}; PostgreSQL at {@code BRICKA_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}), in a fresh schema
 * dropped afterwards.
 */
public final class EstateImportHarness {

    private static final byte[] TAG_KEY = "estate-bench-tag-key-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final int PROPERTIES = 10;
    private static final int BUILDINGS_PER_PROPERTY = 10;
    private static final int TAGS_PER_APARTMENT = 3;

    private EstateImportHarness() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int apartments = args.length > 1 ? Integer.parseInt(args[1]) : 70_000;
        byte[] file = estate(apartments).getBytes(StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "estate file: %d apartments, %d tags, %.1f MB%n",
                apartments,
                apartments * TAGS_PER_APARTMENT,
                file.length / 1e6);
        Path folder = Files.createTempDirectory("bricka-estate-bench");
        String pgServer = System.getenv().getOrDefault("BRICKA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String pgUser = System.getenv().getOrDefault("BRICKA_TEST_PG_USER", "postgres");
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        boolean postgres = database.equals("postgres");
        String url = postgres ? pgServer + "?currentSchema=" + schema : "jdbc:h2:file:" + folder.resolve("bricka");
        String user = postgres ? pgUser : null;
        if (postgres) {
            execute(pgServer, pgUser, "CREATE SCHEMA " + schema);
        }
        try (EstateRuntime runtime = EstateRuntime.open(url, user, postgres ? "" : null, TAG_KEY, Clock.systemUTC())) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            EstatePlan first = runtime.importer().importFile(file, false);
            double firstSeconds = (System.nanoTime() - start) / 1e9;
            double firstCpu = (processCpuNanos() - cpuStart) / 1e9;
            start = System.nanoTime();
            EstatePlan second = runtime.importer().importFile(file, false);
            double secondSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%s: first import %.1f s, process CPU %.1f s (%d added), second import %.1f s (%d added, %d changed, %d retired)%n",
                    database,
                    firstSeconds,
                    firstCpu,
                    first.added(),
                    secondSeconds,
                    second.added(),
                    second.changed(),
                    second.retired());
            System.out.println("load average: "
                    + Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            if (postgres) {
                execute(pgServer, pgUser, "DROP SCHEMA " + schema + " CASCADE");
            }
            deleteAll(folder);
        }
    }

    /** Ten properties of ten buildings; apartment labels per building 0001…; UIDs 4 bytes, all distinct. */
    static String estate(int apartments) {
        StringBuilder json = new StringBuilder(apartments * 80).append("{\"estateVersion\":1,\"properties\":[");
        int perBuilding = Math.ceilDiv(apartments, PROPERTIES * BUILDINGS_PER_PROPERTY);
        int made = 0;
        int tag = 0x10000000;
        for (int p = 0; p < PROPERTIES; p++) {
            json.append(p == 0 ? "" : ",")
                    .append("{\"key\":\"p")
                    .append(p)
                    .append("\",\"name\":\"Fastighet ")
                    .append(p)
                    .append("\",\"timeZone\":\"Europe/Stockholm\",\"buildings\":[");
            for (int b = 0; b < BUILDINGS_PER_PROPERTY; b++) {
                json.append(b == 0 ? "" : ",")
                        .append("{\"key\":\"b")
                        .append(b)
                        .append("\",\"address\":\"Gatan ")
                        .append(b + 1)
                        .append("\",\"apartments\":[");
                for (int a = 0; a < perBuilding && made < apartments; a++, made++) {
                    json.append(a == 0 ? "" : ",")
                            .append("{\"label\":\"")
                            .append(1000 + a)
                            .append("\",\"tags\":[");
                    for (int t = 0; t < TAGS_PER_APARTMENT; t++) {
                        json.append(t == 0 ? "" : ",")
                                .append('"')
                                .append(Integer.toHexString(tag++).toUpperCase(Locale.ROOT))
                                .append('"');
                    }
                    json.append("]}");
                }
                json.append("]}");
            }
            json.append("],\"doors\":[{\"key\":\"p")
                    .append(p)
                    .append("-entrance\",\"name\":\"Entré\",\"kind\":\"entrance\",\"building\":\"b0\"}]")
                    .append(",\"devices\":[{\"key\":\"p")
                    .append(p)
                    .append("-door\",\"kind\":\"door\",\"doors\":[\"p")
                    .append(p)
                    .append("-entrance\"]}]}");
        }
        return json.append("]}").toString();
    }

    /** CPU time of this whole process (all threads, the embedded database's included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
