package se.bricka.backend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.ApiPaths;

/**
 * A device reports access events only for the doors it guards and, at each, only for apartments of
 * the buildings that door serves. Anything else is refused: never stored, named in the receipt, and
 * counted as the device's fault where IT staff see the devices.
 */
public abstract class AccessEventScopeContract extends StaffTestBase {

    private static String event(String id, String door, Long apartment) {
        return "{\"eventId\":\"" + id + "\",\"doorId\":\"" + door + "\",\"occurredAt\":\"2026-11-25T08:00:00Z\","
                + (apartment == null ? "" : "\"apartmentId\":" + apartment + ",") + "\"reason\":\""
                + (apartment == null ? "unknown-tag" : "resident") + "\"}";
    }

    private static Reply upload(ApiClient device, String... events) {
        return device.post(ApiPaths.DEVICE_ACCESS_EVENTS, "{\"events\":[" + String.join(",", events) + "]}", Map.of());
    }

    private long stored() {
        return database.count("SELECT COUNT(*) FROM access_event");
    }

    private long refusedOf(String deviceId) {
        return database.count("SELECT refused_events FROM device WHERE device_id = '" + deviceId + "'");
    }

    @Test
    void an_event_of_a_door_the_device_does_not_guard_is_refused_counted_and_not_stored() {
        // given the first board guards only the laundry door
        long apartment = apartmentId("1102");

        // when it uploads an event of its door and one of the entrance
        Reply reply = upload(
                board,
                event("own", DemoDoors.LAUNDRY_ROOM, apartment),
                event("foreign", DemoDoors.ENTRANCE, apartment));

        // then the good one is stored, the other refused by id and counted
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("stored").asInt()).isEqualTo(1);
        assertThat(reply.json().path("refused").asInt()).isEqualTo(1);
        assertThat(reply.json().path("refusedEventIds").toString()).isEqualTo("[\"foreign\"]");
        assertThat(stored()).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM access_event WHERE door_id = '" + DemoDoors.ENTRANCE + "'"))
                .isZero();
        assertThat(refusedOf("board-1")).isEqualTo(1);
    }

    @Test
    void an_event_of_an_unknown_door_is_refused_and_counted() {
        // when
        Reply reply = upload(board, event("ghost", "no-such-door", null));

        // then
        assertThat(reply.json().path("refused").asInt()).as(reply.body()).isEqualTo(1);
        assertThat(stored()).isZero();
        assertThat(refusedOf("board-1")).isEqualTo(1);
    }

    @Test
    void an_event_of_an_apartment_outside_the_doors_buildings_is_refused_and_counted() {
        // given an apartment in another building of the property, which the laundry door does not serve
        database.update("INSERT INTO building (property_id, name) SELECT id, 'Lärkgatan 6' FROM property");
        database.update("INSERT INTO apartment (building_id, label) SELECT id, '6101' FROM building"
                + " WHERE name = 'Lärkgatan 6'");
        long outside = apartmentId("6101");

        // when the door controller reports it at its entrance, beside a resident of the building
        ApiClient door = new ApiClient(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token());
        Reply reply = upload(
                door,
                event("inside", DemoDoors.ENTRANCE, apartmentId("1203")),
                event("outside", DemoDoors.ENTRANCE, outside));

        // then
        assertThat(reply.json().path("stored").asInt()).as(reply.body()).isEqualTo(1);
        assertThat(reply.json().path("refusedEventIds").toString()).isEqualTo("[\"outside\"]");
        assertThat(database.count("SELECT COUNT(*) FROM access_event WHERE apartment_id = " + outside))
                .isZero();
        assertThat(refusedOf(DemoDoors.DOOR_CONTROLLER.deviceId())).isEqualTo(1);
        assertThat(refusedOf("board-1")).isZero();
    }

    @Test
    void a_resent_batch_stores_nothing_twice_and_accounts_for_every_event() {
        // given
        long apartment = apartmentId("1102");
        String[] batch = {event("own", DemoDoors.LAUNDRY_ROOM, apartment), event("foreign", DemoDoors.BIKE_ROOM, null)};
        upload(board, batch);

        // when the board did not hear the answer and sends the batch again
        Reply again = upload(board, batch);

        // then the receipt accounts for both: the device may drop them all, nothing loops
        assertThat(again.json().path("duplicates").asInt()).as(again.body()).isEqualTo(1);
        assertThat(again.json().path("refused").asInt()).isEqualTo(1);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void it_staff_see_each_devices_kind_and_refused_events_on_the_devices_page() {
        // given
        upload(board, event("foreign", DemoDoors.ENTRANCE, null));
        StaffClient it = signedIn(IT_ADMIN);

        // when
        StaffClient.Page page = it.get("/staff/devices");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Dörrstyrning", "Tavla");
        assertThat(page.body())
                .containsPattern(
                        "id=\"refused-board-1\">1, [^<]*door &#39;" + DemoDoors.ENTRANCE + "&#39; is not guarded");
        assertThat(page.body()).contains("id=\"refused-board-2\">Inga<");
    }
}
