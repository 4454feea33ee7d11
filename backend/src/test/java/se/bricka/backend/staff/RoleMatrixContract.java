package se.bricka.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.privacy.LogPurpose;
import se.bricka.core.privacy.LogReadPolicy;
import se.bricka.core.privacy.StaffAction;
import se.bricka.core.privacy.StaffRole;

/** Every role tried on every staff endpoint: allowed (200 or 303) exactly when its role may, else 403. */
public abstract class RoleMatrixContract extends StaffTestBase {

    private record Endpoint(String name, StaffAction action, Function<StaffClient, Page> call) {}

    private static final Map<StaffRole, String> ACCOUNTS = Map.of(
            StaffRole.CUSTOMER_SERVICE, CUSTOMER_SERVICE,
            StaffRole.SOCIAL_HOUSING_UNIT, SOCIAL_UNIT,
            StaffRole.IT_ADMINISTRATION, IT_ADMIN,
            StaffRole.CARETAKER, CARETAKER);

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    void each_role_may_do_exactly_what_the_role_table_allows(StaffRole role) {
        // given
        StaffClient client = signedIn(ACCOUNTS.get(role));
        String purpose = LogReadPolicy.defaults().purposesFor(role).stream()
                .map(LogPurpose::code)
                .sorted()
                .findFirst()
                .orElse(LogPurpose.DISTURBANCE_CASE.code());
        SoftAssertions softly = new SoftAssertions();

        // when
        for (Endpoint endpoint : endpoints(purpose)) {
            Page page = endpoint.call().apply(client);

            // then
            if (endpoint.action().allows(role)) {
                softly.assertThat(page.status())
                        .as(role + " " + endpoint.name())
                        .isIn(200, 303);
            } else {
                softly.assertThat(page.status())
                        .as(role + " " + endpoint.name())
                        .isEqualTo(403);
            }
        }
        softly.assertAll();
    }

    private List<Endpoint> endpoints(String purpose) {
        long apartment = apartmentId("1102");
        long active = database.count("SELECT MIN(id) FROM tag WHERE apartment_id = " + apartment);
        long second = database.count("SELECT MAX(id) FROM tag WHERE apartment_id = " + apartment);
        long blocked = database.count("SELECT MIN(id) FROM tag WHERE status = 'BLOCKED'");
        Map<String, String> read = Map.of("purpose", purpose, "caseReference", "Ä-2026-17");
        List<Endpoint> endpoints = new ArrayList<>(List.of(
                new Endpoint("find apartment", StaffAction.VIEW_APARTMENT, c -> c.get("/staff/apartments?q=11")),
                new Endpoint(
                        "apartment page", StaffAction.VIEW_APARTMENT, c -> c.get("/staff/apartments/" + apartment)),
                new Endpoint(
                        "issue tag",
                        StaffAction.MANAGE_TAGS,
                        c -> c.post("/staff/apartments/" + apartment + "/tags", Map.of("uid", "0A0B0C0D"))),
                new Endpoint(
                        "block tag",
                        StaffAction.MANAGE_TAGS,
                        c -> c.post("/staff/tags/" + active + "/block", Map.of("reason", "LOST"))),
                new Endpoint(
                        "unblock tag",
                        StaffAction.MANAGE_TAGS,
                        c -> c.post("/staff/tags/" + blocked + "/unblock", Map.of())),
                new Endpoint(
                        "replace tag",
                        StaffAction.MANAGE_TAGS,
                        c -> c.post("/staff/tags/" + second + "/replace", Map.of("uid", "0A0B0C0E"))),
                new Endpoint("access-log form", StaffAction.READ_ACCESS_LOG, c -> c.get("/staff/access-log")),
                new Endpoint("access-log read", StaffAction.READ_ACCESS_LOG, c -> c.post("/staff/access-log", read)),
                new Endpoint(
                        "access-log csv",
                        StaffAction.READ_ACCESS_LOG,
                        c -> c.post("/staff/access-log/export", with(read, "output", "csv"))),
                new Endpoint(
                        "access-log pdf",
                        StaffAction.READ_ACCESS_LOG,
                        c -> c.post("/staff/access-log/export", with(read, "output", "pdf")))));
        endpoints.addAll(extraEndpoints(apartment, recordedExtractRequest(apartment)));
        endpoints.add(new Endpoint("audit page", StaffAction.READ_AUDIT_TRAIL, c -> c.get("/staff/audit")));
        endpoints.addAll(bookingRuleEndpoints());
        endpoints.addAll(closureEndpoints(database.count("SELECT MIN(id) FROM resource")));
        endpoints.addAll(deviceEndpoints());
        long staffTag = database.count("SELECT MIN(id) FROM staff_tag");
        long device = database.count("SELECT MIN(device_id) FROM device_door");
        String doors = String.join(
                ",",
                se.bricka.core.demo.DemoDoors.ENTRANCE,
                se.bricka.core.demo.DemoDoors.BIKE_ROOM,
                se.bricka.core.demo.DemoDoors.LAUNDRY_ROOM);
        endpoints.add(
                new Endpoint("door-access page", StaffAction.MANAGE_DOOR_ACCESS, c -> c.get("/staff/door-access")));
        endpoints.add(new Endpoint(
                "staff grant",
                StaffAction.MANAGE_DOOR_ACCESS,
                c -> c.post("/staff/staff-tags/" + staffTag + "/grant", Map.of("doors", doors, "hours", "always"))));
        endpoints.add(new Endpoint(
                "device doors",
                StaffAction.MANAGE_DOOR_ACCESS,
                c -> c.post("/staff/devices/" + device + "/doors", Map.of("doors", doors))));
        endpoints.add(new Endpoint("statistics page", StaffAction.VIEW_STATISTICS, c -> c.get("/staff/statistics")));
        endpoints.add(new Endpoint("statistics csv", StaffAction.VIEW_STATISTICS, c -> c.get("/staff/statistics.csv")));
        endpoints.add(new Endpoint(
                "move-out",
                StaffAction.MANAGE_TAGS,
                c -> c.post("/staff/apartments/" + apartment + "/move-out", Map.of())));
        return endpoints;
    }

    /** A tenant's extract request as customer service would have recorded it, straight into the table. */
    private long recordedExtractRequest(long apartment) {
        String sql = "INSERT INTO extract_request (apartment_id, requested_by, channel, received_on, case_reference,"
                + " staff_id, staff_username, staff_role, recorded_at) VALUES (?, 'the tenant', 'LETTER', ?, 'UT-1',"
                + " 1, 'kundtjanst', 'CUSTOMER_SERVICE', ?)";
        try (java.sql.Connection connection = database.connect();
                java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, apartment);
            statement.setObject(2, java.time.LocalDate.ofInstant(NOW, STOCKHOLM));
            statement.setObject(3, java.time.OffsetDateTime.ofInstant(NOW, java.time.ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return database.count("SELECT MAX(id) FROM extract_request");
    }

    /** Extract and name-board endpoints. */
    private static List<Endpoint> extraEndpoints(long apartment, long request) {
        String base = "/staff/apartments/" + apartment;
        String requestPath = "/staff/extract-requests/" + request;
        Map<String, String> recorded = Map.of(
                "requestedBy",
                "the tenant",
                "channel",
                "IN_PERSON",
                "receivedOn",
                "2026-11-25",
                "caseReference",
                "UT-2");
        return List.of(
                new Endpoint("extract request form", StaffAction.REGISTER_EXTRACT, c -> c.get(base + "/extract")),
                new Endpoint(
                        "record extract request",
                        StaffAction.REGISTER_EXTRACT,
                        c -> c.post(base + "/extract-requests", recorded)),
                new Endpoint("extract request page", StaffAction.REGISTER_EXTRACT, c -> c.get(requestPath)),
                new Endpoint("extract json", StaffAction.REGISTER_EXTRACT, c -> c.get(requestPath + "/extract.json")),
                new Endpoint("extract pdf", StaffAction.REGISTER_EXTRACT, c -> c.get(requestPath + "/extract.pdf")),
                new Endpoint("name-board page", StaffAction.EDIT_NAME_BOARD, c -> c.get(base + "/name-board")),
                new Endpoint(
                        "name-board save",
                        StaffAction.EDIT_NAME_BOARD,
                        c -> c.post(base + "/name-board", Map.of("names", "Andersson"))));
    }

    /** The quota-group pages and API, each change saving the laundry group as it is. */
    private List<Endpoint> bookingRuleEndpoints() {
        long group = database.count("SELECT MIN(id) FROM quota_group");
        String path = "/staff/quota-groups/" + group;
        String api = "/staff/api/quota-groups";
        return List.of(
                new Endpoint(
                        "quota-group list", StaffAction.CONFIGURE_BOOKING_RULES, c -> c.get("/staff/quota-groups")),
                new Endpoint("quota-group page", StaffAction.CONFIGURE_BOOKING_RULES, c -> c.get(path)),
                new Endpoint(
                        "quota-group form save",
                        StaffAction.CONFIGURE_BOOKING_RULES,
                        c -> c.post(path, Map.of("name", "Tvätt"))),
                new Endpoint(
                        "quota-group api list", StaffAction.CONFIGURE_BOOKING_RULES, c -> c.json("GET", api, null)),
                new Endpoint(
                        "quota-group api save",
                        StaffAction.CONFIGURE_BOOKING_RULES,
                        c -> c.json("PUT", api + "/" + group, "{\"name\":\"Tvätt\"}")));
    }

    /** The caretaker's closure pages. */
    private static List<Endpoint> closureEndpoints(long resource) {
        String base = "/staff/closures";
        return List.of(
                new Endpoint("closures page", StaffAction.MANAGE_CLOSURES, c -> c.get(base)),
                new Endpoint("object closures", StaffAction.MANAGE_CLOSURES, c -> c.get(base + "/" + resource)),
                new Endpoint(
                        "close object",
                        StaffAction.MANAGE_CLOSURES,
                        c -> c.post(
                                base + "/" + resource,
                                Map.of(
                                        "from",
                                        "2026-12-01T06:00",
                                        "until",
                                        "2026-12-01T08:00",
                                        "reason",
                                        "Städning"))));
    }

    /** IT administration's device page and the enrollment code it issues. */
    private static List<Endpoint> deviceEndpoints() {
        String base = "/staff/devices";
        String board = DemoEstate.DEVICES.getFirst().deviceId();
        return List.of(
                new Endpoint("devices page", StaffAction.ENROLL_DEVICE, c -> c.get(base)),
                new Endpoint("device health page", StaffAction.MONITOR_DEVICES, c -> c.get("/staff/device-health")),
                new Endpoint(
                        "enrollment code",
                        StaffAction.ENROLL_DEVICE,
                        c -> c.post(base + "/" + board + "/enrollment-code", Map.of())),
                // Issue 14: IT administration's staff accounts and new devices.
                new Endpoint("staff accounts page", StaffAction.MANAGE_STAFF, c -> c.get("/staff/accounts")),
                new Endpoint(
                        "add staff account",
                        StaffAction.MANAGE_STAFF,
                        c -> c.post(
                                "/staff/accounts",
                                Map.of(
                                        "username",
                                        "matrix-" + System.nanoTime(),
                                        "displayName",
                                        "M",
                                        "role",
                                        "CARETAKER"))),
                new Endpoint(
                        "end sessions",
                        StaffAction.MANAGE_STAFF,
                        c -> c.post("/staff/accounts/" + SOCIAL_UNIT + "/end-sessions", Map.of())),
                new Endpoint(
                        "add device",
                        StaffAction.MANAGE_STAFF,
                        c -> c.post(
                                base + "/new",
                                Map.of(
                                        "deviceId",
                                        "matrix-" + System.nanoTime(),
                                        "name",
                                        "M",
                                        "property",
                                        DemoEstate.PROPERTY_NAME,
                                        "kind",
                                        "board"))));
    }

    private static Map<String, String> with(Map<String, String> fields, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(fields);
        copy.put(key, value);
        return copy;
    }

    @org.junit.jupiter.api.Test
    void every_staff_action_is_tried_on_at_least_one_endpoint() {
        // when
        EnumSet<StaffAction> tried = EnumSet.noneOf(StaffAction.class);
        endpoints(LogPurpose.DISTURBANCE_CASE.code()).forEach(endpoint -> tried.add(endpoint.action()));

        // then
        assertThat(tried).containsExactlyInAnyOrder(StaffAction.values());
    }

    @org.junit.jupiter.api.Test
    void a_page_without_a_session_asks_for_sign_in() {
        // when
        Page page = new StaffClient(backend.baseUri()).get("/staff/apartments");

        // then
        assertThat(page.status()).isEqualTo(401);
    }
}
