package se.bricka.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceSnapshot;

/** IT administration edits staff grants and door bindings; each change is pushed, bad input changes nothing. */
public abstract class DoorAccessAdminContract extends StaffTestBase {

    private static final String DOOR_ACCESS = "/staff/door-access";

    private StaffClient it;
    private long staffTag;
    private long doorController;

    @BeforeEach
    void signIn() {
        it = signedIn(IT_ADMIN);
        staffTag = database.count("SELECT MIN(id) FROM staff_tag");
        doorController = database.count(
                "SELECT id FROM device WHERE device_id = '" + DemoDoors.DOOR_CONTROLLER.deviceId() + "'");
    }

    private DeviceSnapshot doorControllerSnapshot() {
        return new ApiClient(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token())
                .get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of())
                .as(DeviceSnapshot.class);
    }

    private long version() {
        return database.count("SELECT version FROM change_counter");
    }

    private long grantedDoors() {
        return database.count("SELECT COUNT(*) FROM staff_grant_door WHERE staff_tag_id = " + staffTag);
    }

    private long boundDoors() {
        return database.count("SELECT COUNT(*) FROM device_door WHERE device_id = " + doorController);
    }

    private static void assertProblem(Page page, int status, String detail) {
        assertThat(page.status()).as(page.body()).isEqualTo(status);
        assertThat(page.body()).contains(detail);
    }

    @Test
    void it_administration_changes_a_grant_and_the_change_is_pushed_with_it() {
        // given
        long before = version();

        // when
        Page page = it.post(
                "/staff/staff-tags/" + staffTag + "/grant",
                Map.of("doors", DemoDoors.ENTRANCE + ", " + DemoDoors.BIKE_ROOM, "hours", "MON-FRI 06:00-18:00"));

        // then
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        assertThat(version()).isEqualTo(before + 1);
        assertThat(database.count("SELECT COUNT(*) FROM change_log WHERE kind = '" + ChangeEvent.GRANT_CHANGED
                        + "' AND delta IS NOT NULL"))
                .isEqualTo(1);
        DeviceSnapshot.StaffView grant = doorControllerSnapshot().staff().getFirst();
        assertThat(grant.doorIds()).containsExactly(DemoDoors.BIKE_ROOM, DemoDoors.ENTRANCE);
        assertThat(grant.hours()).isEqualTo("MON-FRI 06:00-18:00");
    }

    @Test
    void it_administration_rebinds_a_devices_doors_and_its_next_snapshot_has_only_those() {
        // given
        long before = version();

        // when
        Page page = it.post("/staff/devices/" + doorController + "/doors", Map.of("doors", DemoDoors.ENTRANCE));

        // then
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        assertThat(version()).isEqualTo(before + 1);
        assertThat(doorControllerSnapshot().doors())
                .extracting(DeviceSnapshot.DoorView::doorId)
                .containsExactly(DemoDoors.ENTRANCE);
    }

    @Test
    void an_unknown_door_or_unreadable_hours_are_refused_and_change_nothing() {
        // given
        long before = version();
        long granted = grantedDoors();
        long bound = boundDoors();

        // when
        Page unknownDoor = it.post(
                "/staff/staff-tags/" + staffTag + "/grant",
                Map.of("doors", DemoDoors.ENTRANCE + ",no-such-door", "hours", "always"));
        Page badHours = it.post(
                "/staff/staff-tags/" + staffTag + "/grant", Map.of("doors", DemoDoors.ENTRANCE, "hours", "soon"));
        Page noHours = it.post("/staff/staff-tags/" + staffTag + "/grant", Map.of("doors", DemoDoors.ENTRANCE));
        Page unknownBinding = it.post("/staff/devices/" + doorController + "/doors", Map.of("doors", "no-such-door"));
        Page noDoorsField = it.post("/staff/devices/" + doorController + "/doors", Map.of());

        // then
        assertProblem(unknownDoor, 400, "no-such-door");
        assertProblem(badHours, 400, "Tiderna går inte att läsa");
        assertProblem(noHours, 400, "Ange tiderna");
        assertProblem(unknownBinding, 400, "no-such-door");
        assertProblem(noDoorsField, 400, "Ange dörrarna");
        assertThat(version()).isEqualTo(before);
        assertThat(grantedDoors()).isEqualTo(granted);
        assertThat(boundDoors()).isEqualTo(bound);
    }

    @Test
    void an_unknown_staff_tag_or_device_is_a_404_and_changes_nothing() {
        // given
        long before = version();

        // when
        Page tag = it.post("/staff/staff-tags/999999/grant", Map.of("doors", "", "hours", "always"));
        Page device = it.post("/staff/devices/999999/doors", Map.of("doors", ""));
        Page garbage = it.post("/staff/devices/abc/doors", Map.of("doors", ""));

        // then
        assertProblem(tag, 404, "999999");
        assertProblem(device, 404, "999999");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void the_page_lists_doors_devices_and_staff_tags_with_their_current_values() {
        // when
        Page page = it.get(DOOR_ACCESS);

        // then
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Dörrar och behörigheter", "Fastighetens dörrar", "Personalbrickor")
                .contains(DemoDoors.ENTRANCE, DemoDoors.BIKE_ROOM, DemoDoors.LAUNDRY_ROOM, "cykelrum")
                .contains(DemoDoors.DOOR_CONTROLLER.deviceId())
                .contains("action=\"/staff/devices/" + doorController + "/doors\"")
                .contains("value=\"" + DemoDoors.BIKE_ROOM + ", " + DemoDoors.ENTRANCE + ", " + DemoDoors.LAUNDRY_ROOM
                        + "\"")
                .contains("action=\"/staff/staff-tags/" + staffTag + "/grant\"")
                .contains("value=\"" + DemoDoors.CARETAKER_HOURS + "\"")
                .contains(String.valueOf(DemoDoors.CARETAKER_STAFF_REF))
                .contains("name=\"_csrf\"");
    }

    @Test
    void the_start_page_links_the_door_access_page_for_it_administration_only() {
        // when
        Page itHome = it.get("/staff");
        Page serviceHome = signedIn(CUSTOMER_SERVICE).get("/staff");

        // then
        assertThat(itHome.body()).contains("href=\"" + DOOR_ACCESS + "\"");
        assertThat(serviceHome.body()).doesNotContain(DOOR_ACCESS);
    }

    @Test
    void saving_a_devices_form_changes_its_doors_and_the_page_shows_them_with_a_notice() {
        // when
        Page saved = it.post(
                "/staff/devices/" + doorController + "/doors",
                Map.of("doors", DemoDoors.ENTRANCE + ", " + DemoDoors.BIKE_ROOM));
        Page after = it.get(saved.header("Location"));

        // then
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).startsWith(DOOR_ACCESS + "?");
        assertThat(boundDoors()).isEqualTo(2);
        assertThat(after.body())
                .contains("Enhet " + doorController + " styr nu de angivna dörrarna.")
                .contains("value=\"" + DemoDoors.BIKE_ROOM + ", " + DemoDoors.ENTRANCE + "\"");
    }

    @Test
    void saving_a_staff_tags_form_changes_its_grant_and_the_page_shows_it() {
        // when
        Page saved = it.post(
                "/staff/staff-tags/" + staffTag + "/grant",
                Map.of("doors", DemoDoors.ENTRANCE, "hours", "MON-SUN 05:00-23:00"));
        Page after = it.get(saved.header("Location"));

        // then
        assertThat(saved.status()).isEqualTo(303);
        assertThat(grantedDoors()).isEqualTo(1);
        assertThat(after.body())
                .contains("Behörigheten för personalbricka " + staffTag + " är ändrad")
                .contains("value=\"MON-SUN 05:00-23:00\"");
    }

    @Test
    void other_roles_may_not_see_the_door_access_page() {
        // when
        Page service = signedIn(CUSTOMER_SERVICE).get(DOOR_ACCESS);
        Page caretaker = signedIn(CARETAKER).get(DOOR_ACCESS);
        Page signedOut = new StaffClient(backend.baseUri()).get(DOOR_ACCESS);

        // then
        assertThat(service.status()).isEqualTo(403);
        assertThat(caretaker.status()).isEqualTo(403);
        assertThat(service.body()).doesNotContain(DemoDoors.DOOR_CONTROLLER.deviceId());
        assertThat(signedOut.status()).isNotEqualTo(200);
    }

    @Test
    void customer_service_may_not_change_door_access() {
        // given
        long granted = grantedDoors();

        // when
        Page page = signedIn(CUSTOMER_SERVICE)
                .post("/staff/staff-tags/" + staffTag + "/grant", Map.of("doors", "", "hours", "always"));

        // then
        assertThat(page.status()).isEqualTo(403);
        assertThat(grantedDoors()).isEqualTo(granted);
    }
}
