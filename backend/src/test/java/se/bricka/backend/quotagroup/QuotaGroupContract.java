package se.bricka.backend.quotagroup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ApiPaths;

/** Staff list, create and edit quota groups over the JSON API and the pages; bookings follow at once. */
public abstract class QuotaGroupContract extends StaffTestBase {

    private static final String API = "/staff/api/quota-groups";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 26);

    private static JsonNode json(Page page) {
        try {
            return JSON.readTree(page.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long groupId(String name) {
        return database.count("SELECT id FROM quota_group WHERE name = '" + name + "'");
    }

    private long resourceId(String name) {
        return database.count("SELECT id FROM resource WHERE name = '" + name + "'");
    }

    private long propertyId() {
        return database.count("SELECT MIN(id) FROM property");
    }

    /** The group's rules and members as stored: compared before and after a refused request. */
    private String stored() {
        return database.count("SELECT COUNT(*) FROM quota_group") + "|"
                + database.count("SELECT SUM(max_future_bookings + max_per_day + horizon_days + cancel_hours_before)"
                        + " FROM quota_group")
                + "|" + database.count("SELECT SUM(COALESCE(quota_group_id, 0) * id) FROM resource")
                + "|" + database.count("SELECT COUNT(*) FROM change_log");
    }

    private String laundryJson(String changes) {
        long roomA = resourceId(DemoEstate.LAUNDRY_ROOM_NAME);
        long roomB = resourceId(DemoEstate.SECOND_LAUNDRY_ROOM_NAME);
        return "{\"name\":\"" + DemoEstate.LAUNDRY_GROUP_NAME + "\",\"resourceIds\":[" + roomA + "," + roomB + "]"
                + changes + "}";
    }

    private Reply book(String tag, long resource, LocalDate date, String start) {
        return board.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"%s\"}".formatted(resource, date, start),
                Map.of(ApiPaths.TAG_HEADER, tag));
    }

    @Test
    void the_api_lists_every_group_with_its_rules_and_objects() {
        // given
        StaffClient staff = signedIn(CUSTOMER_SERVICE);

        // when
        Page page = staff.json("GET", API, null);

        // then the demo's laundry group holds both laundry rooms, with its rules
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode laundry = null;
        for (JsonNode group : json(page)) {
            if (group.path("name").asText().equals(DemoEstate.LAUNDRY_GROUP_NAME)) {
                laundry = group;
            }
        }
        assertThat(laundry).isNotNull();
        assertThat(laundry.path("maxFutureBookings").asInt()).isEqualTo(2);
        assertThat(laundry.path("checkInMinutes").asInt()).isEqualTo(30);
        assertThat(laundry.path("cancelHoursBefore").asInt()).isZero();
        assertThat(laundry.path("resourceIds").size()).isEqualTo(2);
    }

    @Test
    void a_new_group_takes_its_objects_and_its_rules_hold_for_the_next_booking() {
        // given a group allowing one future booking, given Tvättstuga A
        StaffClient staff = signedIn(CUSTOMER_SERVICE);
        long roomA = resourceId(DemoEstate.LAUNDRY_ROOM_NAME);
        Page created = staff.json(
                "POST",
                API,
                "{\"propertyId\":%d,\"name\":\"Sträng\",\"maxFutureBookings\":1,\"resourceIds\":[%d]}"
                        .formatted(propertyId(), roomA));

        // when 1102 books twice in Tvättstuga A
        Reply first = book(DemoTags.APARTMENT_1102, roomA, TOMORROW, "10:00");
        Reply second = book(DemoTags.APARTMENT_1102, roomA, TOMORROW.plusDays(1), "10:00");

        // then the group exists with Tvättstuga A, and the second booking is refused by its quota
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(json(created).path("maxPerDay").asInt()).isEqualTo(1);
        assertThat(database.count("SELECT quota_group_id FROM resource WHERE id = " + roomA))
                .isEqualTo(json(created).path("id").asLong());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().path("type").asText()).endsWith("quota-future-bookings");
        assertThat(second.json().path("quota").path("max").asInt()).isEqualTo(1);
    }

    @Test
    void an_edit_changes_the_rules_for_the_next_booking_and_is_pushed_to_the_weeks() {
        // given
        StaffClient staff = signedIn(CARETAKER);
        long laundry = groupId(DemoEstate.LAUNDRY_GROUP_NAME);
        long roomA = resourceId(DemoEstate.LAUNDRY_ROOM_NAME);

        // when the caretaker shortens the horizon to 7 days and allows 3 future bookings
        Page page = staff.json("PUT", API + "/" + laundry, laundryJson(",\"horizonDays\":7,\"maxFutureBookings\":3"));

        // then a booking 10 days ahead is refused, the week shows 3 as the most, and boards are told
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Reply far = book(DemoTags.APARTMENT_1102, roomA, TOMORROW.plusDays(9), "10:00");
        assertThat(far.status()).isEqualTo(422);
        assertThat(far.json().path("type").asText()).endsWith("outside-horizon");
        Reply week = board.get(ApiPaths.resourceWeek(roomA), Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102));
        assertThat(week.json().path("quota").path("max").asInt()).isEqualTo(3);
        assertThat(database.count(
                        "SELECT COUNT(*) FROM change_log WHERE kind = 'quota-rules-changed' AND resource_id = " + roomA
                                + " AND slot_date = DATE '2026-11-23'"))
                .isEqualTo(1);
    }

    @Test
    void an_object_left_out_of_a_group_falls_back_to_the_defaults() {
        // given
        StaffClient staff = signedIn(CUSTOMER_SERVICE);
        long laundry = groupId(DemoEstate.LAUNDRY_GROUP_NAME);
        long roomA = resourceId(DemoEstate.LAUNDRY_ROOM_NAME);

        // when the group keeps only Tvättstuga A
        Page page =
                staff.json("PUT", API + "/" + laundry, "{\"name\":\"Tvätt\",\"resourceIds\":[%d]}".formatted(roomA));

        // then Tvättstuga B has no group any more
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(database.count("SELECT COUNT(*) FROM resource WHERE quota_group_id IS NULL AND name = '"
                        + DemoEstate.SECOND_LAUNDRY_ROOM_NAME + "'"))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{'name':'Tvätt','maxFutureBookings':0}",
                "{'name':'Tvätt','maxPerDay':-1}",
                "{'name':'Tvätt','horizonDays':99999}",
                "{'name':'Tvätt','rollingCount':4}",
                "{'name':'Tvätt','rollingCount':4,'rollingDays':0}",
                "{'name':'Tvätt','checkInMinutes':0}",
                "{'name':'Tvätt','cancelHoursBefore':169}",
                "{'name':'Tvätt','cancelHoursBefore':'three'}",
                "{'name':'Tvätt','maxPerDay':1.5}",
                "{'name':'Tvätt','colour':'red'}",
                "{'name':'Tvätt','propertyId':424242}",
                "{'name':'Tvätt','resourceIds':[424242]}",
                "{'name':'Tvätt','resourceIds':[null]}",
                "{'name':''}",
                "{'name':'   '}",
                "{'name':'<b>Tvätt</b>','maxFutureBookings':2147483648}",
                "[]"
            })
    void a_bad_value_is_a_400_problem_and_changes_nothing(String body) {
        // given
        StaffClient staff = signedIn(CUSTOMER_SERVICE);
        long laundry = groupId(DemoEstate.LAUNDRY_GROUP_NAME);
        String before = stored();

        // when
        Page page = staff.json("PUT", API + "/" + laundry, body.replace('\'', '"'));

        // then
        assertThat(page.status()).as(page.body()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json(page).path("detail").asText()).isNotBlank();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void malformed_json_or_a_huge_name_is_400_and_changes_nothing() {
        // given
        StaffClient staff = signedIn(CUSTOMER_SERVICE);
        String before = stored();

        // when
        Page broken = staff.json("POST", API, "{\"name\":");
        Page huge =
                staff.json("POST", API, "{\"propertyId\":%d,\"name\":\"%s\"}".formatted(propertyId(), "x".repeat(201)));
        Page noProperty = staff.json("POST", API, "{\"name\":\"Ny\"}");

        // then
        assertThat(List.of(broken.status(), huge.status(), noProperty.status())).containsOnly(400);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_name_the_property_already_uses_is_409_and_changes_nothing() {
        // given
        StaffClient staff = signedIn(CUSTOMER_SERVICE);
        String before = stored();

        // when
        Page page = staff.json(
                "POST",
                API,
                "{\"propertyId\":%d,\"name\":\"%s\"}".formatted(propertyId(), DemoEstate.COMMON_ROOM_GROUP_NAME));

        // then
        assertThat(page.status()).as(page.body()).isEqualTo(409);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_unknown_group_is_404() {
        // when
        Page page = signedIn(CUSTOMER_SERVICE).json("PUT", API + "/424242", laundryJson(""));

        // then
        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void a_change_without_the_csrf_header_is_refused() {
        // given a client that sends no token
        StaffClient staff = signedIn(CUSTOMER_SERVICE);
        String before = stored();
        StaffClient tokenless = new StaffClient(backend.baseUri());
        tokenless.setCookie("bricka_staff", staff.cookie("bricka_staff"));

        // when
        Page page = tokenless.json("PUT", API + "/" + groupId(DemoEstate.LAUNDRY_GROUP_NAME), laundryJson(""));

        // then
        assertThat(page.status()).isEqualTo(403);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void the_page_lists_the_groups_in_swedish_and_its_form_saves_a_change() {
        // given
        StaffClient staff = signedIn(CUSTOMER_SERVICE);
        long laundry = groupId(DemoEstate.LAUNDRY_GROUP_NAME);
        long roomA = resourceId(DemoEstate.LAUNDRY_ROOM_NAME);

        // when the list is opened, then the group's form is sent with a 3-hour cancel notice
        Page list = staff.get("/staff/quota-groups");
        Page saved = staff.post(
                "/staff/quota-groups/" + laundry,
                Map.of(
                        "name", DemoEstate.LAUNDRY_GROUP_NAME,
                        "maxFutureBookings", "2",
                        "maxPerDay", "1",
                        "rollingCount", "",
                        "rollingDays", "",
                        "horizonDays", "28",
                        "checkInMinutes", "30",
                        "cancelHoursBefore", "3",
                        "resourceIds", String.valueOf(roomA)));
        Page edit = staff.get(saved.header("Location"));

        // then
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Bokningsregler", "Ny kvotgrupp", DemoEstate.LAUNDRY_GROUP_NAME);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(edit.body()).contains("Kvotgruppen är sparad");
        assertThat(database.count("SELECT cancel_hours_before FROM quota_group WHERE id = " + laundry))
                .isEqualTo(3);
    }

    @Test
    void a_form_with_a_bad_number_shows_a_page_with_the_reason_and_changes_nothing() {
        // given
        StaffClient staff = signedIn(CUSTOMER_SERVICE);
        String before = stored();

        // when
        Page page = staff.post(
                "/staff/quota-groups",
                Map.of("propertyId", String.valueOf(propertyId()), "name", "Ny", "horizonDays", "<script>"));

        // then
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("horizonDays").doesNotContain("<script>");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_refused_form_says_why_in_the_readers_language_and_the_api_in_english() {
        // given
        StaffClient swedish = signedIn(CUSTOMER_SERVICE);
        StaffClient english = signedIn(CUSTOMER_SERVICE);
        english.setCookie("bricka_lang", "en");
        Map<String, String> form =
                Map.of("propertyId", String.valueOf(propertyId()), "name", "Ny", "horizonDays", "400");
        String before = stored();

        // when
        Page sv = swedish.post("/staff/quota-groups", form);
        Page en = english.post("/staff/quota-groups", form);
        Page api = swedish.json(
                "POST", API, "{\"propertyId\":%d,\"name\":\"Ny\",\"horizonDays\":400}".formatted(propertyId()));

        // then
        assertThat(List.of(sv.status(), en.status(), api.status())).containsOnly(400);
        assertThat(sv.body()).contains("Horisont (”horizonDays”) ska vara 1 till 366, var 400.");
        assertThat(en.body()).contains("Horizon (&#39;horizonDays&#39;) must be 1 to 366, was 400.");
        assertThat(json(api).path("detail").asText()).isEqualTo("Horizon ('horizonDays') must be 1 to 366, was 400.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void the_social_housing_unit_may_not_see_or_change_quota_groups() {
        // given
        StaffClient staff = signedIn(SOCIAL_UNIT);

        // when
        Page list = staff.json("GET", API, null);
        Page change = staff.json("PUT", API + "/" + groupId(DemoEstate.LAUNDRY_GROUP_NAME), laundryJson(""));

        // then
        assertThat(list.status()).isEqualTo(403);
        assertThat(change.status()).isEqualTo(403);
    }
}
