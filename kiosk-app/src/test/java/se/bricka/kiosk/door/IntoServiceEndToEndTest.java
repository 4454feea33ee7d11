package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.cli.BrickaCommand;
import se.bricka.core.access.AccessReason;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.SimulatedDoorLock;
import se.bricka.hw.door.SimulatedIndicator;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ExecutorScheduler;
import se.bricka.kiosk.backend.HttpBoardBackend;
import se.bricka.kiosk.maintenance.HttpMaintenanceBackend;
import se.bricka.kiosk.testing.StaffSession;

/**
 * The README's "Putting Bricka into service", step by step on PostgreSQL: an empty database, {@code init},
 * the example estate imported, a staff account added, a board and a door controller enrolled with their
 * codes, a tenant books on the board, and the laundry door opens for the booker only.
 */
class IntoServiceEndToEndTest {

    private static final String SERVER =
            System.getenv().getOrDefault("BRICKA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("BRICKA_TEST_PG_USER", "postgres");
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/staff/sign-in-link/[A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("(?m)^(\\d{4}) ?(\\d{4}) ?(\\d{4})$");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String PASSWORD = "tre blå tvättstugor i snön";
    /** Tags of 1102 and 1203 in the example estate file, migrated from the old lock system. */
    private static final TagUid BOOKER = new TagUid("11020001");

    private static final TagUid NEIGHBOUR = new TagUid("12030001");

    @TempDir
    Path dir;

    private final String schema = "t_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    private final ExecutorScheduler hardwareThread = new ExecutorScheduler("into-service", Clock.systemUTC());
    private final List<AutoCloseable> running = new ArrayList<>();

    /** What one command printed and returned. */
    private record Run(int status, String out, String err) {}

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable part : running.reversed()) {
            part.close();
        }
        hardwareThread.close();
        sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void an_empty_database_becomes_an_estate_whose_laundry_door_opens_for_the_booker_only() throws Exception {
        // given an empty PostgreSQL database, and the backend's settings as the README gives them
        sql("CREATE SCHEMA " + schema);

        // 1. the first IT administration account, with its one-time sign-in link
        Run init = backendJar("init", "--public-url=https://bricka.example");
        assertThat(init.status()).as(init.err()).isZero();
        String adminLink = link(init.out());

        // 2. the estate file
        Run imported = backendJar("estate", "import", exampleEstate().toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("estate.json: ").doesNotContain("estate.json: 0 added");

        // 3. the backend, no demo data
        MutableClock clock = new MutableClock(Instant.now());
        Backend backend = Backend.start(BackendConfig.defaults()
                .withPort(0)
                .withDataDir(dir.resolve("server"))
                .withDatabase(url(), USER, "")
                .withClock(clock));
        running.add(backend);
        URI base = backend.baseUri();
        assertThat(setPassword(base, adminLink)).isEqualTo(200);
        StaffSession itAdmin = StaffSession.signIn(base, "it-admin", PASSWORD);
        assertThat(itAdmin.get("/staff/devices").statusCode()).isEqualTo(200);

        // 4. a staff account for customer service
        Run staff = backendJar(
                "staff", "add", "kim", "--name=Kim Berg", "--role=customer-service", "--property=Kvarteret Lärkan");
        assertThat(staff.status()).as(staff.err()).isZero();
        assertThat(setPassword(base, link(staff.out()))).isEqualTo(200);
        StaffSession customerService = StaffSession.signIn(base, "kim", PASSWORD);
        assertThat(customerService.get("/staff/apartments?q=1102").body()).contains("1102");
        assertThat(customerService.get("/staff/devices").statusCode()).isEqualTo(403);

        // 5. the board and the door controller enrolled with their one-time codes
        String boardToken = enroll(base, code(backendJar("device", "enrollment-code", "board-1")));
        String doorCode = code(backendJar("device", "enrollment-code", "door-1"));
        DoorOptions doorOptions = DoorOptions.parse(
                List.of(
                        "--backend=" + base,
                        "--data-dir=" + dir.resolve("door"),
                        "--enrollment-code=" + doorCode,
                        "--door=lg4-entrance",
                        "--door=lg4-laundry-a"),
                Map.of());
        String doorToken = DoorEnrollment.token(doorOptions, code -> {
                    try (HttpMaintenanceBackend enrollment = new HttpMaintenanceBackend(base, null)) {
                        return enrollment.enroll(code);
                    }
                })
                .orElseThrow();
        DoorStation station = DoorStation.start(HttpDeviceLink.create(base, doorToken), doorOptions.dataDir(), clock);
        running.add(station);
        await().atMost(Duration.ofSeconds(20)).until(() -> station.sync().version() >= 0);
        DoorController laundry = door(station, "lg4-laundry-a");
        DoorController entrance = door(station, "lg4-entrance");
        long versionBeforeBooking = station.sync().version();

        // 6. a tenant books tomorrow 10-13 in laundry room A on the board
        LocalDate tomorrow = LocalDate.now(STOCKHOLM).plusDays(1);
        try (HttpBoardBackend board = new HttpBoardBackend(base, boardToken)) {
            DeviceBootstrap bootstrap = board.bootstrap();
            long laundryA = bootstrap.resources().stream()
                    .filter(resource -> resource.name().equals("Tvättstuga A"))
                    .mapToLong(ResourceSummary::id)
                    .findFirst()
                    .orElseThrow();
            TagHasher hasher = new TagHasher(Base64.getDecoder().decode(bootstrap.tagKey()));
            board.book(
                    new BookingRequest(laundryA, tomorrow, LocalTime.of(10, 0)),
                    hasher.hash(BOOKER),
                    UUID.randomUUID());
        }

        // then the door controller hears the booking, and at 10:05 the laundry door opens for the booker only
        await().atMost(Duration.ofSeconds(5)).until(() -> station.sync().version() > versionBeforeBooking);
        clock.set(tomorrow.atTime(10, 5).atZone(STOCKHOLM).toInstant());
        assertThat(tap(laundry, BOOKER)).isEqualTo(AccessReason.BOOKING);
        assertThat(tap(laundry, NEIGHBOUR)).isEqualTo(AccessReason.NO_BOOKING_NOW);
        assertThat(tap(laundry, new TagUid("DEADBEEF"))).isEqualTo(AccessReason.UNKNOWN_TAG);
        assertThat(tap(entrance, NEIGHBOUR)).isEqualTo(AccessReason.RESIDENT);
    }

    private Run backendJar(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--db-url=" + url(), "--db-user=" + USER, "--data-dir=" + dir.resolve("server")));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = BrickaCommand.execute(
                args.toArray(String[]::new), Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private String url() {
        return SERVER + "?currentSchema=" + schema;
    }

    private static String link(String out) {
        Matcher matcher = LINK.matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return matcher.group(1);
    }

    private static String code(Run run) {
        assertThat(run.status()).as(run.err()).isZero();
        Matcher matcher = CODE.matcher(run.out());
        assertThat(matcher.find()).as(run.out()).isTrue();
        return matcher.group(1) + matcher.group(2) + matcher.group(3);
    }

    private static String enroll(URI base, String code) {
        try (HttpMaintenanceBackend enrollment = new HttpMaintenanceBackend(base, null)) {
            return enrollment.enroll(code).deviceToken();
        }
    }

    /** Opens a one-time sign-in link and chooses {@link #PASSWORD}; returns the answer's status. */
    private static int setPassword(URI base, String linkPath) throws IOException, InterruptedException {
        String form = "password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&repeat="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve(linkPath))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return answer.statusCode();
    }

    private DoorController door(DoorStation station, String doorId) {
        return station.door(
                doorId,
                new SimulatedDoorLock(doorId, DoorLock.DEFAULT_RELEASE, hardwareThread),
                new SimulatedIndicator(hardwareThread));
    }

    private static AccessReason tap(DoorController door, TagUid uid) {
        return door.tagRead(new TagRead(uid, "reader", Instant.now())).reason();
    }

    private static Path exampleEstate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path folder = here; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("packaging/examples/estate.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("packaging/examples/estate.json not found above " + here);
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "");
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
