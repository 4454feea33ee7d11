package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.DeviceStatusReport;
import se.bricka.hw.door.DoorEvent;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.kiosk.backend.BackendOfflineException;

/** The door controller's status report: what it says about its doors and readers, and that it arrives. */
class StatusReporterTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");

    private final List<DeviceStatusReport> sent = new ArrayList<>();

    private StatusReporter reporter(long version, int backlog) {
        return new StatusReporter(DeviceStatusReport.DOOR_CONTROLLER, "1.2.3", () -> version, () -> backlog, sent::add);
    }

    @Test
    void a_report_carries_snapshot_backlog_readers_and_doors() {
        // given
        StatusReporter reporter = reporter(42, 3);
        reporter.watch("entrance", ReaderHealth::ok);
        reporter.watch("bike", () -> new ReaderHealth(ReaderHealth.Status.NOT_ANSWERING, "no answer", 0, 0, 9));

        // when
        DeviceStatusReport report = reporter.report();

        // then
        assertThat(report.kind()).isEqualTo("door-controller");
        assertThat(report.softwareVersion()).isEqualTo("1.2.3");
        assertThat(report.snapshotVersion()).isEqualTo(42);
        assertThat(report.uploadBacklog()).isEqualTo(3);
        assertThat(report.readers())
                .containsExactly(
                        new DeviceStatusReport.ReaderStatus("entrance", "OK", ""),
                        new DeviceStatusReport.ReaderStatus("bike", "NOT_ANSWERING", "no answer"));
        assertThat(report.doors())
                .containsExactly(
                        new DeviceStatusReport.DoorStatus("entrance", "UNKNOWN"),
                        new DeviceStatusReport.DoorStatus("bike", "UNKNOWN"));
    }

    @Test
    void a_forced_door_stays_forced_until_it_closes() {
        // given
        StatusReporter reporter = reporter(1, 0);
        reporter.watch("entrance", ReaderHealth::ok);
        List<DoorEvent> passedOn = new ArrayList<>();
        var listener = reporter.alsoTelling(passedOn::add);

        // when the door is forced, then held open, then closes
        listener.accept(new DoorEvent("entrance", DoorEvent.Kind.FORCED, NOW));
        listener.accept(new DoorEvent("entrance", DoorEvent.Kind.HELD_OPEN, NOW));
        String whileOpen = reporter.report().doors().getFirst().state();
        listener.accept(new DoorEvent("entrance", DoorEvent.Kind.CLOSED, NOW));

        // then
        assertThat(whileOpen).isEqualTo("FORCED");
        assertThat(reporter.report().doors().getFirst().state()).isEqualTo("CLOSED");
        assertThat(passedOn).hasSize(3);
    }

    @Test
    void a_door_open_too_long_is_held_open_until_it_closes() {
        // given
        StatusReporter reporter = reporter(1, 0);
        reporter.watch("entrance", ReaderHealth::ok);

        // when
        reporter.doorEvent(new DoorEvent("entrance", DoorEvent.Kind.OPENED, NOW));
        String opened = reporter.report().doors().getFirst().state();
        reporter.doorEvent(new DoorEvent("entrance", DoorEvent.Kind.HELD_OPEN, NOW));

        // then
        assertThat(opened).isEqualTo("OPEN");
        assertThat(reporter.report().doors().getFirst().state()).isEqualTo("HELD_OPEN");
    }

    @Test
    void a_report_that_does_not_get_through_is_dropped_and_the_next_one_is_sent() {
        // given a backend away for the first report
        List<DeviceStatusReport> delivered = new ArrayList<>();
        boolean[] away = {true};
        StatusReporter reporter =
                new StatusReporter(DeviceStatusReport.DOOR_CONTROLLER, "1.2.3", () -> 7, () -> 0, report -> {
                    if (away[0]) {
                        throw new BackendOfflineException("away", new java.io.IOException("refused"));
                    }
                    delivered.add(report);
                });

        // when
        reporter.reportNow();
        away[0] = false;
        reporter.reportNow();

        // then
        assertThat(delivered).hasSize(1);
    }

    @Test
    void the_backend_stores_the_report_and_shows_it_to_it_administration() throws Exception {
        // given the demo backend and its door controller's token
        String url = "jdbc:h2:mem:status-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (Backend backend = Backend.start(BackendConfig.forTests(clock).withDatabase(url, "", ""));
                HttpStatusSender sender = new HttpStatusSender(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token())) {
            StatusReporter reporter =
                    new StatusReporter(DeviceStatusReport.DOOR_CONTROLLER, "1.2.3", () -> -1, () -> 5, sender);
            reporter.watch(DemoDoors.ENTRANCE, ReaderHealth::ok);
            reporter.doorEvent(new DoorEvent(DemoDoors.ENTRANCE, DoorEvent.Kind.FORCED, NOW));

            // when
            reporter.reportNow();

            // then
            try (Connection connection = DriverManager.getConnection(url, "", "");
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT s.software_version, s.upload_backlog, s.doors FROM device_status s"
                                    + " JOIN device d ON d.id = s.device_id WHERE d.device_id = '"
                                    + DemoDoors.DOOR_CONTROLLER.deviceId() + "'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("1.2.3");
                assertThat(row.getInt(2)).isEqualTo(5);
                assertThat(row.getString(3)).contains("FORCED");
            }
            HttpResponse<Void> unauthenticated = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(backend.baseUri() + "staff/device-health"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            assertThat(unauthenticated.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void the_software_version_is_dev_when_run_from_classes() {
        // then (tests run from target/classes, without the jar's pom.properties)
        assertThat(StatusReporter.softwareVersion()).isEqualTo("dev");
    }
}
