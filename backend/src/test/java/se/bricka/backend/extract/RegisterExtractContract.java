package se.bricka.backend.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.bricka.backend.http.Json;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.ExtractRequestForms;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.ApiPaths;

/**
 * The register extract is produced only for a recorded request, holds every kind of data about the
 * apartment, and nothing of another household.
 */
public abstract class RegisterExtractContract extends StaffTestBase {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    private StaffClient service;
    private long apartment;
    private long neighbour;
    private long resource;

    /**
     * 1102 and 1203 each get bookings (today's checked in, tomorrow's cancelled by a closure for 1102
     * only), an access event, a name-board entry, a calendar feed, a filtered log read and a caretaker
     * event naming them; and one read of the whole log returns both households' events.
     */
    private void givenTwoHouseholdsWithData() {
        apartment = apartmentId("1102");
        neighbour = apartmentId("1203");
        resource = database.count("SELECT MIN(id) FROM resource");
        book(TODAY, "10:00", DemoTags.APARTMENT_1102);
        book(TOMORROW, "07:00", DemoTags.APARTMENT_1102);
        book(TOMORROW, "10:00", DemoTags.APARTMENT_1203);
        clock.advance(Duration.ofMinutes(35));
        checkIn(DemoTags.APARTMENT_1102);
        // Signed in after the clock moved on, so the session is not past its idle timeout.
        service = signedIn(CUSTOMER_SERVICE);
        board.post(ApiPaths.APARTMENT_CALENDAR_FEED, "", Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102));
        board.post(ApiPaths.APARTMENT_CALENDAR_FEED, "", Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1203));
        // The door controller guards the entrance and the bike room, both serving 1102 and 1203.
        new ApiClient(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token())
                .post(
                        ApiPaths.DEVICE_ACCESS_EVENTS,
                        "{\"events\":[" + event("a", "lg4-entrance", apartment) + ","
                                + event("b", "lg4-bike-room", neighbour) + "]}",
                        Map.of());
        service.post("/staff/apartments/" + apartment + "/name-board", Map.of("names", "Lindqvist"));
        service.post("/staff/apartments/" + neighbour + "/name-board", Map.of("names", "Grannberg"));
        long tag = database.count("SELECT MAX(id) FROM tag WHERE apartment_id = " + apartment);
        service.post("/staff/tags/" + tag + "/block", Map.of("reason", "LOST"));
        StaffClient caretaker = signedIn(CARETAKER);
        caretaker.post(
                "/staff/closures/" + resource,
                Map.of("from", TOMORROW + "T06:00", "until", TOMORROW + "T08:00", "reason", "Vattenskada"));
        long closure = database.count("SELECT MAX(id) FROM closure");
        caretakerEvent("close resource " + resource + " closure " + closure + " until " + TOMORROW);
        caretakerEvent("doorbell checked at 1203 only");
        StaffClient social = signedIn(SOCIAL_UNIT);
        social.post(
                "/staff/access-log",
                Map.of("purpose", "disturbance-case", "caseReference", "Ä-OWN", "apartment", "1102"));
        social.post(
                "/staff/access-log",
                Map.of("purpose", "disturbance-case", "caseReference", "Ä-NEIGHBOUR", "apartment", "1203"));
        social.post(
                "/staff/access-log",
                Map.of("purpose", "disturbance-case", "caseReference", "Ä-DOOR-NEIGHBOUR", "door", "lg4-bike-room"));
        social.post("/staff/access-log", Map.of("purpose", "disturbance-case", "caseReference", "Ä-WHOLE-LOG"));
    }

    private void book(LocalDate date, String start, String tag) {
        board.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"%s\"}".formatted(resource, date, start),
                Map.of(ApiPaths.TAG_HEADER, tag));
    }

    private void checkIn(String tag) {
        assertThat(board.post(
                                ApiPaths.DEVICE_CHECK_INS,
                                "{\"resourceId\":" + resource + "}",
                                Map.of(ApiPaths.TAG_HEADER, tag))
                        .status())
                .isEqualTo(200);
    }

    private void caretakerEvent(String detail) {
        assertThat(board.post(
                                ApiPaths.DEVICE_CARETAKER_EVENTS,
                                "{\"kind\":\"action\",\"detail\":\"" + detail + "\",\"occurredAt\":\"" + clock.instant()
                                        + "\"}",
                                Map.of())
                        .status())
                .isEqualTo(204);
    }

    private static String event(String id, String door, long apartmentId) {
        return "{\"eventId\":\"%s\",\"doorId\":\"%s\",\"occurredAt\":\"2026-11-25T07:00:00Z\",\"apartmentId\":%d,\"reason\":\"resident\"}"
                .formatted(id, door, apartmentId);
    }

    private String request(long apartmentId) {
        return ExtractRequestForms.record(service, apartmentId, "UT-2026-" + apartmentId);
    }

    private JsonNode extractJson(long apartmentId) throws IOException {
        Page page = service.get(request(apartmentId) + "/extract.json");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return Json.newMapper().readTree(page.bytes());
    }

    private long extractReads() {
        return database.count("SELECT COUNT(*) FROM log_read_audit WHERE purpose = 'register-extract'");
    }

    @Test
    void the_extract_contains_each_kind_of_data_about_the_apartment() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        JsonNode extract = extractJson(apartment);

        // then
        assertThat(extract.path("apartment").path("label").asText()).isEqualTo("1102");
        assertThat(extract.path("request").path("caseReference").asText()).isEqualTo("UT-2026-" + apartment);
        assertThat(extract.path("request").path("channel").asText()).isEqualTo("EMAIL");
        assertThat(extract.path("tags")).hasSize(2);
        assertThat(extract.path("tags").toString()).contains("••••0001", "BLOCKED", "LOST");
        assertThat(extract.path("tagActions").toString()).contains("BLOCKED");
        assertThat(extract.path("bookings")).hasSize(2);
        assertThat(extract.path("bookings").path(0).path("checkedInAt").asText())
                .startsWith("2026-11-25T09:05");
        assertThat(extract.path("bookings").path(1).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(extract.path("bookings").path(1).path("closureId").asLong())
                .isEqualTo(extract.path("closures").path(0).path("id").asLong());
        assertThat(extract.path("closures")).hasSize(1);
        assertThat(extract.path("closures").path(0).path("reason").asText()).isEqualTo("Vattenskada");
        assertThat(extract.path("calendarFeed").path("createdAt").isMissingNode())
                .isFalse();
        assertThat(extract.path("calendarFeed").toString()).doesNotContain("token", "path");
        assertThat(extract.path("accessEvents")).hasSize(1);
        assertThat(extract.path("accessEvents").path(0).path("door").asText()).isEqualTo("lg4-entrance");
        assertThat(extract.path("nameBoard").path("names").asText()).isEqualTo("Lindqvist");
        assertThat(extract.path("accessLogReads").toString()).contains("Ä-OWN", "register-extract");
        assertThat(extract.path("extractRequests")).hasSize(1);
        assertThat(extract.path("caretakerEvents")).hasSize(1);
        assertThat(extract.path("caretakerEvents").path(0).path("detail").asText())
                .contains("closure");
        assertThat(extract.path("information").toString()).contains("IMY", "14 dagar", "Mottagare", "Källa");
    }

    @Test
    void a_read_of_the_whole_log_shows_in_each_household_it_returned_with_only_its_own_rows() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        JsonNode own = extractJson(apartment);
        JsonNode theirs = extractJson(neighbour);

        // then: the whole-log read returned one event of each; its case is another's and not shown
        for (JsonNode extract : new JsonNode[] {own, theirs}) {
            JsonNode wider = null;
            for (JsonNode read : extract.path("accessLogReads")) {
                if (read.path("caseReference").isNull()
                        && read.path("purpose").asText().equals("disturbance-case")) {
                    wider = read;
                }
            }
            assertThat(wider).as(extract.toString()).isNotNull();
            assertThat(wider.path("rows").asInt()).isEqualTo(1);
            assertThat(extract.toString()).doesNotContain("Ä-WHOLE-LOG");
        }
        assertThat(database.count("SELECT COUNT(*) FROM log_read_apartment r JOIN log_read_audit a ON a.id = r.audit_id"
                        + " WHERE a.case_reference = 'Ä-WHOLE-LOG'"))
                .isEqualTo(2);
    }

    @Test
    void the_extract_holds_nothing_of_another_household() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        String extract = extractJson(apartment).toString();

        // then
        assertThat(extract)
                .doesNotContain(
                        "lg4-bike-room",
                        "Grannberg",
                        "Ä-NEIGHBOUR",
                        "Ä-DOOR-NEIGHBOUR",
                        "UT-2026-" + neighbour,
                        "1203",
                        "\"date\":\"2026-11-26\",\"start\":\"10:00:00\"",
                        "\"id\":" + neighbour + ",");
    }

    @Test
    void the_extract_never_holds_a_full_tag_uid_or_hash() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        String extract = extractJson(apartment).toString();

        // then
        assertThat(extract).doesNotContain("11020001", DemoTags.APARTMENT_1102);
    }

    @Test
    void producing_an_extract_is_recorded_under_its_request_and_case() throws IOException {
        // given
        givenTwoHouseholdsWithData();
        String request = request(apartment);
        long requestId = Long.parseLong(request.substring(request.lastIndexOf('/') + 1));

        // when
        service.get(request + "/extract.json");
        service.get(request + "/extract.pdf");

        // then
        assertThat(database.count("SELECT COUNT(*) FROM log_read_audit WHERE purpose = 'register-extract'"
                        + " AND apartment_id = " + apartment + " AND rows_returned = 1 AND extract_request_id = "
                        + requestId + " AND case_reference = 'UT-2026-" + apartment + "'"
                        + " AND output IN ('extract-json', 'extract-pdf')"))
                .isEqualTo(2);
        assertThat(database.count("SELECT COUNT(*) FROM extract_request WHERE id = " + requestId
                        + " AND channel = 'EMAIL' AND requested_by = 'the tenant' AND received_on = DATE '2026-11-25'"
                        + " AND staff_username = 'kundtjanst'"))
                .isEqualTo(1);
    }

    @Test
    void customer_service_cannot_open_an_extract_without_a_recorded_request() {
        // given
        service = signedIn(CUSTOMER_SERVICE);
        apartment = apartmentId("1102");

        // when
        Page json = service.get("/staff/apartments/" + apartment + "/extract.json");
        Page pdf = service.get("/staff/apartments/" + apartment + "/extract.pdf");
        Page unknown = service.get("/staff/extract-requests/999999/extract.json");

        // then
        assertThat(json.status()).isEqualTo(409);
        assertThat(json.body()).contains("registrerad begäran").doesNotContain("accessEvents");
        assertThat(pdf.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(extractReads()).isZero();
    }

    @Test
    void access_events_reach_customer_service_only_inside_the_downloaded_document() throws IOException {
        // given
        givenTwoHouseholdsWithData();
        String request = request(apartment);

        // when
        Page requestPage = service.get(request);
        Page form = service.get("/staff/apartments/" + apartment + "/extract");
        Page json = service.get(request + "/extract.json");

        // then
        assertThat(requestPage.status()).isEqualTo(200);
        assertThat(requestPage.body()).contains("extract.pdf?lang=sv").doesNotContain("lg4-entrance", "Lindqvist");
        assertThat(form.body()).doesNotContain("lg4-entrance", "Lindqvist");
        assertThat(json.header("Content-Disposition")).startsWith("attachment;");
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.body()).contains("lg4-entrance");
    }

    @Test
    void a_request_with_a_personal_identity_number_or_bad_fields_is_refused_and_nothing_is_stored() {
        // given
        service = signedIn(CUSTOMER_SERVICE);
        apartment = apartmentId("1102");
        String path = "/staff/apartments/" + apartment + "/extract-requests";
        Map<String, String> good = Map.of(
                "requestedBy", "the tenant", "channel", "LETTER", "receivedOn", "2026-11-24", "caseReference", "UT-9");

        // when
        Page identityNumber = service.post(path, with(good, "requestedBy", "Anna 19791224-1234"));
        Page shortNumber = service.post(path, with(good, "requestedBy", "791224-1234"));
        Page noOne = service.post(path, with(good, "requestedBy", " "));
        Page channel = service.post(path, with(good, "channel", "PIGEON"));
        Page future = service.post(path, with(good, "receivedOn", "2026-11-26"));
        Page ancient = service.post(path, with(good, "receivedOn", "2020-01-01"));
        Page noCase = service.post(path, with(good, "caseReference", ""));
        Page nul = service.post(path, with(good, "caseReference", "UT\u0000"));
        Page unknownApartment = service.post("/staff/apartments/999999/extract-requests", good);

        // then
        for (Page refused : new Page[] {identityNumber, shortNumber, noOne, channel, future, ancient, noCase, nul}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        }
        assertThat(identityNumber.body()).contains("personnummer");
        assertThat(channel.body()).contains("PIGEON");
        assertThat(unknownApartment.status()).isEqualTo(404);
        assertThat(database.count("SELECT COUNT(*) FROM extract_request")).isZero();
        assertThat(service.post(path, good).status()).isEqualTo(303);
    }

    @Test
    void a_request_older_than_thirty_days_no_longer_produces_an_extract() {
        // given
        service = signedIn(CUSTOMER_SERVICE);
        apartment = apartmentId("1102");
        String request = request(apartment);

        // when
        clock.advance(ExtractRequest.OPEN_FOR.plusMinutes(1));
        service = signedIn(CUSTOMER_SERVICE);
        Page json = service.get(request + "/extract.json");
        Page page = service.get(request);

        // then
        assertThat(json.status()).isEqualTo(409);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("extract.pdf?lang=");
        assertThat(extractReads()).isZero();
    }

    @Test
    void the_recipients_text_says_customer_service_receives_access_events_in_the_extract() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        JsonNode information = extractJson(apartment).path("information");

        // then
        String recipients = null;
        for (JsonNode section : information) {
            if (section.path("heading").asText().equals("Mottagare")) {
                recipients = section.path("text").asText();
            }
        }
        assertThat(recipients)
                .contains(
                        "Kundtjänst", "registrerade begäran", "passagehändelser bara i dokumentet", "Fastighetsskötare")
                .doesNotContain("Passagehändelser läses bara av");
    }

    @Test
    void the_pdf_extract_has_every_section_for_a_person_to_read() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        Page pdf = service.get(request(apartment) + "/extract.pdf");

        // then
        Path file = Path.of("target", "extract-1102-" + getClass().getSimpleName() + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf.bytes());
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Registerutdrag",
                            "Utdraget svarar på begäran",
                            "Passerbrickor (2)",
                            "Bokningar (2)",
                            "Incheckad 2026-11-25 10:05",
                            "Avstängningar som avbokade bokningar (1)",
                            "Vattenskada",
                            "Kalenderflöde",
                            "lg4-entrance",
                            "Lindqvist",
                            "Ä-OWN",
                            "Begäranden om registerutdrag (1)",
                            "Integritetsskyddsmyndigheten (IMY)",
                            "Rätt att klaga",
                            "Lagringstid");
            assertThat(text).doesNotContain("Grannberg", "lg4-bike-room", "Ä-WHOLE-LOG");
        }
    }

    @Test
    void an_extract_request_for_an_apartment_that_does_not_exist_is_a_404() {
        // given
        service = signedIn(CUSTOMER_SERVICE);

        // when
        Page page = service.get("/staff/apartments/999999/extract");

        // then
        assertThat(page.status()).isEqualTo(404);
    }

    private static Map<String, String> with(Map<String, String> fields, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(fields);
        copy.put(key, value);
        return copy;
    }
}
