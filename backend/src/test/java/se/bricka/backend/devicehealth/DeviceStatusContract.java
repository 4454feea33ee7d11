package se.bricka.backend.devicehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bricka.backend.testing.ApiTestBase.assertProblem;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.ApiPaths;

/** Devices report their health with their own token; IT administration sees it, silent devices flagged. */
public abstract class DeviceStatusContract extends StaffTestBase {

    private static final String DOOR_REPORT = """
            {"kind":"door-controller","softwareVersion":"0.1.0-SNAPSHOT","snapshotVersion":%d,"uploadBacklog":7,
             "readers":[{"doorId":"lg4-entrance","status":"OK","detail":""},
                        {"doorId":"lg4-bike-room","status":"NOT_ANSWERING","detail":"no answer on SPI <0>"}],
             "doors":[{"doorId":"lg4-entrance","state":"CLOSED"},{"doorId":"lg4-bike-room","state":"FORCED"},
                      {"doorId":"lg4-laundry-a","state":"HELD_OPEN"}]}
            """;

    private ApiClient doorController() {
        return new ApiClient(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token());
    }

    private long latestVersion() {
        return database.count("SELECT COALESCE(MAX(version), 0) FROM change_log");
    }

    private long storedReports() {
        return database.count("SELECT COUNT(*) FROM device_status");
    }

    @Test
    void a_door_controller_reports_its_own_status_and_it_page_shows_it() {
        // when
        Reply reply = doorController().post(ApiPaths.DEVICE_STATUS, DOOR_REPORT.formatted(latestVersion()), Map.of());
        Page page = signedIn(IT_ADMIN).get(DeviceStatusRoutes.PAGE);

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        assertThat(page.status()).isEqualTo(200);
        String row = rowOf(page.body(), DemoDoors.DOOR_CONTROLLER.deviceId());
        assertThat(row)
                .contains("dörrstyrning")
                .contains("lg4-bike-room, lg4-entrance, lg4-laundry-a")
                .contains("för 0 min sedan")
                .contains("aktuell")
                .contains("<td>7</td>")
                .contains("lg4-bike-room svarar inte: no answer on SPI &lt;0&gt;")
                .contains("lg4-bike-room UPPBRUTEN")
                .contains("lg4-laundry-a UPPSTÄLLD")
                .contains("0.1.0-SNAPSHOT")
                .doesNotContain("<0>");
    }

    @Test
    void a_device_silent_for_ten_minutes_is_flagged() {
        // given a report now
        doorController().post(ApiPaths.DEVICE_STATUS, DOOR_REPORT.formatted(latestVersion()), Map.of());
        StaffClient it = signedIn(IT_ADMIN);
        String fresh = rowOf(it.get(DeviceStatusRoutes.PAGE).body(), DemoDoors.DOOR_CONTROLLER.deviceId());

        // when nothing more is heard for 11 minutes
        clock.advance(Duration.ofMinutes(11));
        Page later = it.get(DeviceStatusRoutes.PAGE);

        // then
        assertThat(fresh).doesNotContain("tyst i");
        assertThat(rowOf(later.body(), DemoDoors.DOOR_CONTROLLER.deviceId())).contains("tyst i 11 min");
        assertThat(later.body()).contains("enhet(er) tysta");
    }

    @Test
    void a_board_that_guards_no_door_reports_that_it_is_alive() {
        // given board 2, which guards no door
        ApiClient board2 = new ApiClient(backend.baseUri(), "demo-board-2-token");

        // when
        Reply reply = board2.post(
                ApiPaths.DEVICE_STATUS,
                "{\"kind\":\"board\",\"softwareVersion\":\"0.1.0\",\"snapshotVersion\":-1,\"uploadBacklog\":0,"
                        + "\"readers\":[],\"doors\":[]}",
                Map.of());
        String row = rowOf(signedIn(IT_ADMIN).get(DeviceStatusRoutes.PAGE).body(), "board-2");

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        assertThat(row)
                .contains("tavla")
                .contains("för 0 min sedan")
                .contains("0.1.0")
                .doesNotContain("ingen ögonblicksbild");
    }

    @Test
    void a_device_that_never_reported_is_flagged() {
        // when
        Page page = signedIn(IT_ADMIN).get(DeviceStatusRoutes.PAGE);

        // then
        assertThat(rowOf(page.body(), "board-2")).contains("har aldrig rapporterat");
    }

    @Test
    void a_snapshot_older_than_the_newest_change_shows_how_far_behind_it_is() {
        // given a booking made after the snapshot the device reports
        long behind = latestVersion();
        long resource = database.count("SELECT MIN(id) FROM resource");
        Reply booked = board.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":%d,\"date\":\"2026-11-26\",\"start\":\"10:00\"}".formatted(resource),
                Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        doorController().post(ApiPaths.DEVICE_STATUS, DOOR_REPORT.formatted(behind), Map.of());

        // when
        clock.advance(Duration.ofMinutes(3));
        Page page = signedIn(IT_ADMIN).get(DeviceStatusRoutes.PAGE);

        // then
        assertThat(rowOf(page.body(), DemoDoors.DOOR_CONTROLLER.deviceId()))
                .contains("version " + behind)
                .contains("1 ändring(ar) efter");
    }

    @Test
    void a_second_report_replaces_the_first() {
        // given
        doorController().post(ApiPaths.DEVICE_STATUS, DOOR_REPORT.formatted(latestVersion()), Map.of());

        // when
        Reply again = doorController()
                .post(
                        ApiPaths.DEVICE_STATUS,
                        DOOR_REPORT.formatted(latestVersion()).replace("\"uploadBacklog\":7", "\"uploadBacklog\":0"),
                        Map.of());

        // then
        assertThat(again.status()).isEqualTo(204);
        assertThat(storedReports()).isEqualTo(1);
        assertThat(database.count("SELECT upload_backlog FROM device_status")).isZero();
    }

    @Test
    void a_board_may_not_report_doors_it_does_not_guard() {
        // given board 1 guards the laundry door only
        String report = DOOR_REPORT.formatted(latestVersion()).replace("door-controller", "board");

        // when
        Reply reply = board.post(ApiPaths.DEVICE_STATUS, report, Map.of());

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(reply.json().path("detail").asText()).contains("lg4-entrance");
        assertThat(storedReports()).isZero();
    }

    @Test
    void bad_reports_are_400_and_store_nothing() {
        String good = DOOR_REPORT.formatted(latestVersion());
        for (String bad : new String[] {
            "{not json",
            good.replace("door-controller", "toaster"),
            good.replace("\"uploadBacklog\":7", "\"uploadBacklog\":-1"),
            good.replace("\"snapshotVersion\":" + latestVersion(), "\"snapshotVersion\":-2"),
            good.replace("0.1.0-SNAPSHOT", "<script>"),
            good.replace("\"FORCED\"", "\"AJAR\""),
            good.replace("\"NOT_ANSWERING\"", "\"SLEEPY\""),
            good.replace("\"lg4-laundry-a\",\"state\"", "\"lg4-entrance\",\"state\""),
            "{\"kind\":\"board\",\"softwareVersion\":\"1\",\"snapshotVersion\":1,\"uploadBacklog\":0}"
        }) {
            // when
            Reply reply = doorController().post(ApiPaths.DEVICE_STATUS, bad, Map.of());

            // then
            assertProblem(reply, 400, "bad-request");
        }
        assertThat(storedReports()).isZero();
    }

    @Test
    void a_report_without_a_device_token_is_401() {
        // when
        Reply reply =
                new ApiClient(backend.baseUri(), null).post(ApiPaths.DEVICE_STATUS, DOOR_REPORT.formatted(1), Map.of());

        // then
        assertProblem(reply, 401, "unauthorized");
        assertThat(storedReports()).isZero();
    }

    @Test
    void only_it_administration_sees_the_page() {
        // when
        int customerService =
                signedIn(CUSTOMER_SERVICE).get(DeviceStatusRoutes.PAGE).status();
        int socialUnit = signedIn(SOCIAL_UNIT).get(DeviceStatusRoutes.PAGE).status();
        int caretaker = signedIn(CARETAKER).get(DeviceStatusRoutes.PAGE).status();
        Page anonymous = new StaffClient(backend.baseUri()).get(DeviceStatusRoutes.PAGE);

        // then
        assertThat(customerService).isEqualTo(403);
        assertThat(socialUnit).isEqualTo(403);
        assertThat(caretaker).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("id=\"device-health\"");
    }

    @Test
    void it_administration_finds_the_page_from_the_start_page() {
        // when
        Page home = signedIn(IT_ADMIN).get("/staff");

        // then
        assertThat(home.body()).contains("href=\"" + DeviceStatusRoutes.PAGE + "\"");
        assertThat(signedIn(CUSTOMER_SERVICE).get("/staff").body()).doesNotContain(DeviceStatusRoutes.PAGE);
    }

    /** The table row of device {@code deviceId}. */
    private static String rowOf(String html, String deviceId) {
        int at = html.indexOf("<td>" + deviceId + "<br>");
        assertThat(at).as("row of " + deviceId + " in " + html).isNotNegative();
        int end = html.indexOf("</tr>", at);
        return html.substring(at, end);
    }
}
