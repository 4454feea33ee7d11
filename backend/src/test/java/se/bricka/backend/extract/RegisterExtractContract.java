package se.bricka.backend.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.bricka.backend.http.Json;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.ApiPaths;

/** The register extract holds every kind of data about the apartment, and nothing of another. */
public abstract class RegisterExtractContract extends StaffTestBase {

    private StaffClient service;
    private long apartment;
    private long neighbour;

    /** 1102 and 1203 each get a booking, an access event, a name-board entry and a log read. */
    private void givenTwoHouseholdsWithData() {
        service = signedIn(CUSTOMER_SERVICE);
        apartment = apartmentId("1102");
        neighbour = apartmentId("1203");
        long resource = database.count("SELECT MIN(id) FROM resource");
        LocalDate tomorrow = LocalDate.of(2026, 11, 26);
        book(resource, tomorrow, "07:00", DemoTags.APARTMENT_1102);
        book(resource, tomorrow, "10:00", DemoTags.APARTMENT_1203);
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
        StaffClient social = signedIn(SOCIAL_UNIT);
        social.post(
                "/staff/access-log",
                Map.of("purpose", "disturbance-case", "caseReference", "Ä-OWN", "apartment", "1102"));
        social.post(
                "/staff/access-log",
                Map.of("purpose", "disturbance-case", "caseReference", "Ä-NEIGHBOUR", "apartment", "1203"));
    }

    private void book(long resource, LocalDate date, String start, String tag) {
        board.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"%s\"}".formatted(resource, date, start),
                Map.of(ApiPaths.TAG_HEADER, tag));
    }

    private static String event(String id, String door, long apartmentId) {
        return "{\"eventId\":\"%s\",\"doorId\":\"%s\",\"occurredAt\":\"2026-11-25T07:00:00Z\",\"apartmentId\":%d,\"reason\":\"resident\"}"
                .formatted(id, door, apartmentId);
    }

    private JsonNode extractJson() throws IOException {
        Page page = service.get("/staff/apartments/" + apartment + "/extract.json");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return Json.newMapper().readTree(page.bytes());
    }

    @Test
    void the_extract_contains_each_kind_of_data_about_the_apartment() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        JsonNode extract = extractJson();

        // then
        assertThat(extract.path("apartment").path("label").asText()).isEqualTo("1102");
        assertThat(extract.path("tags")).hasSize(2);
        assertThat(extract.path("tags").toString()).contains("••••0001", "BLOCKED", "LOST");
        assertThat(extract.path("tagActions").toString()).contains("BLOCKED");
        assertThat(extract.path("bookings")).hasSize(1);
        assertThat(extract.path("bookings").path(0).path("start").asText()).startsWith("07:00");
        assertThat(extract.path("accessEvents")).hasSize(1);
        assertThat(extract.path("accessEvents").path(0).path("door").asText()).isEqualTo("lg4-entrance");
        assertThat(extract.path("nameBoard").path("names").asText()).isEqualTo("Lindqvist");
        assertThat(extract.path("accessLogReads").toString()).contains("Ä-OWN", "register-extract");
        assertThat(extract.path("information").toString()).contains("IMY", "14 dagar", "Mottagare", "Källa");
    }

    @Test
    void the_extract_holds_nothing_of_another_apartment() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        String extract = extractJson().toString();

        // then
        assertThat(extract)
                .doesNotContain(
                        "lg4-bike-room", "Grannberg", "Ä-NEIGHBOUR", "\"start\":\"10:00", "\"id\":" + neighbour + ",");
    }

    @Test
    void the_extract_never_holds_a_full_tag_uid_or_hash() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        String extract = extractJson().toString();

        // then
        assertThat(extract).doesNotContain("11020001", DemoTags.APARTMENT_1102);
    }

    @Test
    void producing_an_extract_is_itself_recorded_in_the_audit_trail() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        extractJson();

        // then
        assertThat(database.count("SELECT COUNT(*) FROM log_read_audit WHERE purpose = 'register-extract'"
                        + " AND apartment_id = " + apartment + " AND rows_returned = 1"))
                .isEqualTo(1);
    }

    @Test
    void the_pdf_extract_has_every_section_for_a_person_to_read() throws IOException {
        // given
        givenTwoHouseholdsWithData();

        // when
        Page pdf = service.get("/staff/apartments/" + apartment + "/extract.pdf");

        // then
        Path file = Path.of("target", "extract-1102-" + getClass().getSimpleName() + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf.bytes());
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Registerutdrag",
                            "Passerbrickor (2)",
                            "Bokningar (1)",
                            "lg4-entrance",
                            "Lindqvist",
                            "Ä-OWN",
                            "Integritetsskyddsmyndigheten (IMY)",
                            "Rätt att klaga",
                            "Lagringstid");
            assertThat(text).doesNotContain("Grannberg", "lg4-bike-room");
        }
    }

    @Test
    void an_extract_of_an_apartment_that_does_not_exist_is_a_404() {
        // given
        service = signedIn(CUSTOMER_SERVICE);

        // when
        Page page = service.get("/staff/apartments/999999/extract.json");

        // then
        assertThat(page.status()).isEqualTo(404);
    }
}
