package se.bricka.backend.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.caretaker.CaretakerSessions;
import se.bricka.backend.nameboard.NameBoardRoutes;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.core.demo.DemoCaretakers;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ApiPaths;

/**
 * Each device kind reaches only what its job needs: a door controller its snapshot, its doors' events
 * and check-ins; a board bookings and weeks for tapped tags, and staff actions (closures, PINs) only
 * for a caretaker the backend itself verified, each recorded with who, when, where and why.
 */
public abstract class DeviceScopeContract extends ApiTestBase {

    private static final String RIGHT_PIN = DemoCaretakers.ALL.getFirst().pin();
    private static final String WRONG_PIN = "999999";

    private ApiClient door() {
        return new ApiClient(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token());
    }

    private ApiClient secondBoard() {
        return new ApiClient(backend.baseUri(), DemoEstate.DEVICES.get(1).token());
    }

    private String closureJson(String reason) {
        return "{\"from\":\"" + TOMORROW + "T00:00\",\"until\":\"" + TOMORROW.plusDays(1) + "T00:00\",\"reason\":\""
                + reason + "\"}";
    }

    private long caretakerId() {
        return board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of())
                .json()
                .path(0)
                .path("caretakerId")
                .asLong();
    }

    private Reply verify(ApiClient device, String pin) {
        return device.post(ApiPaths.DEVICE_CARETAKER_SESSIONS, caretakerVerification(pin), Map.of());
    }

    @Test
    void a_door_controller_is_refused_every_route_beyond_its_doors() {
        // given a booking and a closure the door controller could try to touch
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        long booking = database.count("SELECT MAX(id) FROM booking");
        long closure = board.post(ApiPaths.resourceClosures(resourceId), closureJson("Leak"), caretakerSession())
                .json()
                .path("closureId")
                .asLong();
        ApiClient door = door();
        Map<String, String> tag = tag(DemoTags.APARTMENT_1203);

        // when
        Map<String, Reply> replies = new LinkedHashMap<>();
        replies.put("book", door.post(ApiPaths.BOOKINGS, bookingJson(resourceId, TOMORROW.toString(), "13:00"), tag));
        replies.put("cancel", door.delete(ApiPaths.booking(booking), tag(DemoTags.APARTMENT_1102)));
        replies.put("week", door.get(ApiPaths.resourceWeek(resourceId) + "?week=" + TODAY, tag));
        replies.put("resources", door.get(ApiPaths.RESOURCES, Map.of()));
        replies.put("apartment bookings", door.get(ApiPaths.APARTMENT_BOOKINGS, tag));
        replies.put(
                "identify",
                door.post(ApiPaths.DEVICE_IDENTIFY, "{\"tagHash\":\"" + DemoTags.APARTMENT_1203 + "\"}", Map.of()));
        replies.put("name board", door.get(NameBoardRoutes.DEVICE_NAME_BOARD, Map.of()));
        replies.put("caretaker pins", door.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of()));
        replies.put("caretaker session", verify(door, RIGHT_PIN));
        replies.put("set pin", door.put(ApiPaths.caretakerPin(caretakerId()), "{\"pin\":\"97531086\"}", Map.of()));
        replies.put("revoke pin", door.delete(ApiPaths.caretakerPin(caretakerId()), Map.of()));
        replies.put("close", door.post(ApiPaths.resourceClosures(resourceId), closureJson("Door says so"), Map.of()));
        replies.put("reopen", door.delete(ApiPaths.closure(closure), Map.of()));
        replies.put("calendar feed", door.post(ApiPaths.APARTMENT_CALENDAR_FEED, "{}", tag));

        // then each is a 403 problem and nothing changed
        replies.forEach((what, reply) -> {
            assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(403);
            assertProblem(reply, 403, "outside-device-scope");
        });
        assertThat(activeBookings()).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM closure WHERE lifted_at IS NULL"))
                .isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM caretaker WHERE pin_hash IS NULL"))
                .isZero();
    }

    @Test
    void a_door_controller_reaches_its_snapshot_its_events_and_check_ins() {
        // given
        ApiClient door = door();

        // when
        Reply snapshot = door.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of());
        Reply bootstrap = door.get(ApiPaths.DEVICE_BOOTSTRAP, Map.of());
        Reply binding = door.get(ApiPaths.DEVICE_BINDING, Map.of());
        Reply upload = door.post(
                ApiPaths.DEVICE_ACCESS_EVENTS,
                "{\"events\":[{\"eventId\":\"d1\",\"doorId\":\"" + DemoDoors.ENTRANCE + "\",\"occurredAt\":\"" + NOW
                        + "\",\"reason\":\"unknown-tag\"}]}",
                Map.of());

        // then
        assertThat(snapshot.status()).as(snapshot.body()).isEqualTo(200);
        assertThat(bootstrap.status()).as(bootstrap.body()).isEqualTo(200);
        assertThat(binding.status()).as(binding.body()).isEqualTo(200);
        assertThat(upload.status()).as(upload.body()).isEqualTo(200);
        assertThat(upload.json().path("stored").asInt()).isEqualTo(1);
    }

    @Test
    void a_door_controllers_check_in_refusal_names_no_apartment() {
        // when the blocked tag and a tag without a booking check in at the door
        Reply blocked =
                door().post(ApiPaths.DEVICE_CHECK_INS, "{\"resourceId\":" + resourceId + "}", tag(DemoTags.BLOCKED));
        Reply noBooking = door().post(
                        ApiPaths.DEVICE_CHECK_INS, "{\"resourceId\":" + resourceId + "}", tag(DemoTags.APARTMENT_1102));

        // then the refusals say why without the apartment's label
        assertProblem(blocked, 403, "tag-blocked");
        assertProblem(noBooking, 404, "no-current-booking");
        assertThat(blocked.body() + noBooking.body()).doesNotContain("1306", "1102");
    }

    @Test
    void a_door_controller_cannot_check_in_on_an_object_whose_door_it_does_not_guard() {
        // given Tvättstuga B of the door controller's property, whose door (if any) it does not guard
        long unguarded =
                database.count("SELECT id FROM resource WHERE name = '" + DemoEstate.SECOND_LAUNDRY_ROOM_NAME + "'");
        assertThat(database.count("SELECT COUNT(*) FROM device_door dd JOIN door d ON d.id = dd.door_id"
                        + " JOIN device v ON v.id = dd.device_id WHERE d.resource_id = " + unguarded
                        + " AND v.device_id = '" + DemoDoors.DOOR_CONTROLLER.deviceId() + "'"))
                .isZero();

        // when it reports a check-in there, and one on the laundry room whose door it guards
        Reply refused = door().post(
                        ApiPaths.DEVICE_CHECK_INS, "{\"resourceId\":" + unguarded + "}", tag(DemoTags.APARTMENT_1102));
        Reply guarded = door().post(
                        ApiPaths.DEVICE_CHECK_INS, "{\"resourceId\":" + resourceId + "}", tag(DemoTags.APARTMENT_1102));

        // then the first is refused as not its door, the second reaches the booking check
        assertProblem(refused, 403, "door-not-guarded");
        assertProblem(guarded, 404, "no-current-booking");
    }

    @Test
    void a_board_without_a_verified_caretaker_can_neither_close_reopen_nor_change_a_pin() {
        // given a closure made by a verified caretaker, and a booking it did not touch
        long closure = board.post(ApiPaths.resourceClosures(resourceId), closureJson("Leak"), caretakerSession())
                .json()
                .path("closureId")
                .asLong();
        book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(2), "10:00");
        Map<String, String> forged = Map.of(ApiPaths.CARETAKER_SESSION_HEADER, "forged-session");

        // when the board tries without a session, and with a forged one
        Reply close = board.post(ApiPaths.resourceClosures(resourceId), closureJson("Prank"), Map.of());
        Reply reopen = board.delete(ApiPaths.closure(closure), Map.of());
        Reply setPin = board.put(ApiPaths.caretakerPin(caretakerId()), "{\"pin\":\"97531086\"}", Map.of());
        Reply revokePin = board.delete(ApiPaths.caretakerPin(caretakerId()), Map.of());
        Reply preview = board.post(ApiPaths.resourceClosurePreview(resourceId), closureJson("Look"), Map.of());
        Reply forgedClose = board.post(ApiPaths.resourceClosures(resourceId), closureJson("Prank"), forged);

        // then
        assertProblem(close, 401, "caretaker-session-required");
        assertProblem(reopen, 401, "caretaker-session-required");
        assertProblem(setPin, 401, "caretaker-session-required");
        assertProblem(revokePin, 401, "caretaker-session-required");
        assertProblem(preview, 401, "caretaker-session-required");
        assertProblem(forgedClose, 401, "caretaker-session-invalid");
        assertThat(database.count("SELECT COUNT(*) FROM closure")).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM closure WHERE lifted_at IS NULL"))
                .isEqualTo(1);
        assertThat(activeBookings()).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM caretaker WHERE pin_hash IS NULL"))
                .isZero();
    }

    @Test
    void a_caretaker_session_works_only_on_the_board_it_was_opened_on_and_only_for_a_while() {
        // given a session opened on the first board
        Map<String, String> session = caretakerSession();

        // when the second board uses it, and the first after the session's time
        Reply elsewhere = secondBoard().post(ApiPaths.resourceClosures(resourceId), closureJson("Leak"), session);
        clock.advance(CaretakerSessions.SESSION_LENGTH.plusSeconds(1));
        Reply late = board.post(ApiPaths.resourceClosures(resourceId), closureJson("Leak"), session);

        // then
        assertProblem(elsewhere, 401, "caretaker-session-invalid");
        assertProblem(late, 401, "caretaker-session-invalid");
        assertThat(database.count("SELECT COUNT(*) FROM closure")).isZero();
    }

    @Test
    void an_ended_session_closes_nothing() {
        // given the caretaker left the board's maintenance mode
        Map<String, String> session = caretakerSession();
        Reply ended = board.delete(ApiPaths.DEVICE_CARETAKER_SESSIONS, session);

        // when
        Reply close = board.post(ApiPaths.resourceClosures(resourceId), closureJson("Leak"), session);

        // then
        assertThat(ended.status()).as(ended.body()).isEqualTo(204);
        assertProblem(close, 401, "caretaker-session-invalid");
        assertThat(database.count("SELECT COUNT(*) FROM closure")).isZero();
    }

    @Test
    void the_backend_opens_a_session_for_the_staff_tag_and_right_pin() {
        // when
        Reply reply = verify(board, RIGHT_PIN);

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("caretakerId").asLong()).isEqualTo(caretakerId());
        assertThat(reply.json().path("name").asText())
                .isEqualTo(DemoCaretakers.ALL.getFirst().name());
        assertThat(reply.json().path("token").asText()).hasSizeGreaterThan(40);
        assertThat(reply.body()).doesNotContain(RIGHT_PIN);
    }

    @Test
    void a_pin_alone_or_a_tenants_tag_opens_no_session() {
        // when
        Reply pinAlone = board.post(ApiPaths.DEVICE_CARETAKER_SESSIONS, "{\"pin\":\"" + RIGHT_PIN + "\"}", Map.of());
        Reply tenantTag = board.post(
                ApiPaths.DEVICE_CARETAKER_SESSIONS,
                "{\"staffTagHash\":\"" + DemoTags.APARTMENT_1102 + "\",\"pin\":\"" + RIGHT_PIN + "\"}",
                Map.of());

        // then
        assertProblem(pinAlone, 400, "bad-request");
        assertProblem(tenantTag, 403, "caretaker-not-verified");
        assertThat(database.count("SELECT COUNT(*) FROM caretaker_session")).isZero();
    }

    @Test
    void wrong_pins_lock_the_caretaker_out_on_every_board_even_for_the_right_pin() {
        // when four wrong PINs on one board, a fifth on another, then the right one
        Reply first = verify(board, WRONG_PIN);
        verify(board, WRONG_PIN);
        verify(board, WRONG_PIN);
        Reply fourth = verify(board, WRONG_PIN);
        Reply fifth = verify(secondBoard(), WRONG_PIN);
        Reply right = verify(board, RIGHT_PIN);

        // then
        assertProblem(first, 403, "caretaker-pin-wrong");
        assertThat(first.json().path("triesLeft").asInt()).isEqualTo(CaretakerSessions.MAX_FAILURES - 1);
        assertThat(fourth.json().path("triesLeft").asInt()).isEqualTo(1);
        assertProblem(fifth, 403, "caretaker-locked-out");
        assertProblem(right, 403, "caretaker-locked-out");
        assertThat(right.json().path("lockedUntil").asText())
                .isEqualTo(NOW.plus(CaretakerSessions.LOCK_LENGTH).toString());
        assertThat(database.count("SELECT COUNT(*) FROM caretaker_session")).isZero();
    }

    @Test
    void after_the_lock_out_the_right_pin_opens_a_session() {
        // given a lock-out
        for (int i = 0; i < CaretakerSessions.MAX_FAILURES; i++) {
            verify(board, WRONG_PIN);
        }

        // when the lock has run out
        clock.advance(CaretakerSessions.LOCK_LENGTH.plus(Duration.ofSeconds(1)));
        Reply right = verify(board, RIGHT_PIN);

        // then
        assertThat(right.status()).as(right.body()).isEqualTo(201);
    }

    @Test
    void a_closure_from_a_board_is_recorded_with_caretaker_staff_tag_device_time_and_reason() {
        // when
        Reply closed = board.post(ApiPaths.resourceClosures(resourceId), closureJson("Water leak"), caretakerSession());
        long closure = closed.json().path("closureId").asLong();
        Reply reopened = board.delete(ApiPaths.closure(closure), caretakerSession());

        // then
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(204);
        String who = " AND a.caretaker_id = " + caretakerId() + " AND a.staff_ref = " + DemoDoors.CARETAKER_STAFF_REF
                + " AND d.device_id = 'board-1' AND a.subject_id = " + closure;
        assertThat(database.count("SELECT COUNT(*) FROM device_staff_action a JOIN device d ON d.id = a.device_id"
                        + " JOIN staff_tag t ON t.id = a.staff_tag_id"
                        + " WHERE a.action = 'CLOSE' AND a.reason = 'Water leak' AND a.acted_at IS NOT NULL" + who))
                .isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM device_staff_action a JOIN device d ON d.id = a.device_id"
                        + " WHERE a.action = 'REOPEN'" + who))
                .isEqualTo(1);
        StaffClient itAdmin = new StaffClient(backend.baseUri());
        itAdmin.signIn("it-admin", "demo-it-admin");
        assertThat(itAdmin.get("/staff/audit").body()).contains("board-1: Water leak", "REOPEN");
    }

    @Test
    void a_caretakers_own_pin_change_is_recorded() {
        // when
        Reply reply = board.put(ApiPaths.caretakerPin(caretakerId()), "{\"pin\":\"97531086\"}", caretakerSession());

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        assertThat(database.count("SELECT COUNT(*) FROM device_staff_action WHERE action = 'SET_PIN' AND subject_id = "
                        + caretakerId() + " AND caretaker_id = " + caretakerId()))
                .isEqualTo(1);
    }

    @Test
    void a_refused_staff_action_leaves_no_record() {
        // when a closure without a reason is refused
        Reply reply = board.post(ApiPaths.resourceClosures(resourceId), closureJson(" "), caretakerSession());

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(database.count("SELECT COUNT(*) FROM device_staff_action")).isZero();
    }

    @Test
    void a_closure_preview_names_the_bookings_it_would_cancel_and_closes_nothing() {
        // given
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        book(DemoTags.APARTMENT_1203, TOMORROW.plusDays(3), "10:00");

        // when
        Reply reply = board.post(ApiPaths.resourceClosurePreview(resourceId), closureJson("Leak"), caretakerSession());

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode cancels = reply.json().path("cancels");
        assertThat(cancels).hasSize(1);
        assertThat(cancels.path(0).path("apartment").asText()).isEqualTo("1102");
        assertThat(cancels.path(0).path("date").asText()).isEqualTo(TOMORROW.toString());
        assertThat(cancels.path(0).path("start").asText()).startsWith("10:00");
        assertThat(database.count("SELECT COUNT(*) FROM closure")).isZero();
        assertThat(activeBookings()).isEqualTo(2);
        assertThat(database.count("SELECT COUNT(*) FROM device_staff_action")).isZero();
    }

    @Test
    void a_board_reads_no_object_of_another_property() {
        // given another property with a room
        database.update("INSERT INTO property (name, time_zone) VALUES ('Kvarteret Annat', 'Europe/Stockholm')");
        database.update("INSERT INTO resource (property_id, name, kind, daily_slots) SELECT id, 'Annan tvätt',"
                + " 'laundry', '07:00-10:00' FROM property WHERE name = 'Kvarteret Annat'");
        long foreign = database.count("SELECT MAX(id) FROM resource");

        // when
        Reply week = board.get(ApiPaths.resourceWeek(foreign) + "?week=" + TODAY, tag(DemoTags.APARTMENT_1102));
        Reply closures = board.get(ApiPaths.resourceClosures(foreign), Map.of());
        Reply close = board.post(ApiPaths.resourceClosures(foreign), closureJson("Not mine"), caretakerSession());
        Reply book = book(foreign, DemoTags.APARTMENT_1102, TOMORROW, "07:00");

        // then
        assertProblem(week, 404, "unknown-resource");
        assertProblem(closures, 404, "unknown-resource");
        assertProblem(close, 404, "unknown-resource");
        assertProblem(book, 404, "unknown-resource");
        assertThat(database.count("SELECT COUNT(*) FROM closure")).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM device_staff_action")).isZero();
    }

    @Test
    void the_name_board_is_served_only_to_a_device_configured_to_show_one() {
        // when the laundry board asks, then again once it is configured to show one
        Reply notConfigured = board.get(NameBoardRoutes.DEVICE_NAME_BOARD, Map.of());
        database.update("UPDATE device SET shows_name_board = TRUE WHERE device_id = 'board-1'");
        Reply configured = board.get(NameBoardRoutes.DEVICE_NAME_BOARD, Map.of());

        // then
        assertProblem(notConfigured, 403, "no-name-board");
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
    }

    @Test
    void the_demo_door_controller_is_a_door_and_the_boards_are_boards_showing_no_name_board() {
        // then
        assertThat(database.count("SELECT COUNT(*) FROM device WHERE kind = 'door' AND device_id = '"
                        + DemoDoors.DOOR_CONTROLLER.deviceId() + "'"))
                .isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM device WHERE kind = 'board'"))
                .isEqualTo(DemoEstate.DEVICES.size());
        assertThat(database.count("SELECT COUNT(*) FROM device WHERE shows_name_board"))
                .isZero();
    }
}
