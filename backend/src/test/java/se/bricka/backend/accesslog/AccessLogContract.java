package se.bricka.backend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.ExtractRequestForms;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.privacy.AccessEventRetention;
import se.bricka.core.wire.ApiPaths;

/** Ingest, retention, and audited purpose-bound reads and exports of the access log. */
public abstract class AccessLogContract extends StaffTestBase {

    private static final Map<String, String> DISTURBANCE =
            Map.of("purpose", "disturbance-case", "caseReference", "Ä-2026-0117");

    protected Reply upload(String... events) {
        return board.post(ApiPaths.DEVICE_ACCESS_EVENTS, "{\"events\":[" + String.join(",", events) + "]}", Map.of());
    }

    protected String event(String id, Instant at, long apartment, String reason) {
        return "{\"eventId\":\"%s\",\"doorId\":\"lg4-laundry-a\",\"occurredAt\":\"%s\",\"apartmentId\":%d,\"reason\":\"%s\"}"
                .formatted(id, at, apartment, reason);
    }

    private long storedEvents() {
        return database.count("SELECT COUNT(*) FROM access_event");
    }

    private long audits(String outcome) {
        return database.count("SELECT COUNT(*) FROM log_read_audit WHERE outcome = '" + outcome + "'");
    }

    private static int tableRows(Page page) {
        String body = page.body();
        int start = body.indexOf("<tbody>");
        return start < 0 ? 0 : body.substring(start).split("<tr>", -1).length - 1;
    }

    @Test
    void an_event_holds_door_time_apartment_and_decision_and_no_name_or_uid_column_exists() throws SQLException {
        // given
        List<String> columns = new ArrayList<>();

        // when
        try (Connection connection = database.connect();
                ResultSet row = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (row.next()) {
                if (row.getString("TABLE_NAME").equalsIgnoreCase("access_event")) {
                    columns.add(row.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }

        // then
        assertThat(columns)
                .containsExactlyInAnyOrder(
                        "device_id",
                        "event_id",
                        "door_id",
                        "occurred_at",
                        "apartment_id",
                        "granted",
                        "reason",
                        "received_at");
    }

    @Test
    void a_batch_is_stored_and_counted() {
        // when
        Reply reply = upload(
                event("e1", NOW.minusSeconds(60), apartmentId("1102"), "booking"),
                event("e2", NOW.minusSeconds(30), apartmentId("1203"), "no-booking-now"));

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("stored").asInt()).isEqualTo(2);
        assertThat(storedEvents()).isEqualTo(2);
    }

    @Test
    void a_retried_batch_is_stored_once() {
        // given
        String first = event("e1", NOW.minusSeconds(60), apartmentId("1102"), "booking");
        upload(first);

        // when
        Reply retry = upload(first);

        // then
        assertThat(retry.json().path("stored").asInt()).isZero();
        assertThat(retry.json().path("duplicates").asInt()).isEqualTo(1);
        assertThat(storedEvents()).isEqualTo(1);
    }

    @Test
    void a_retried_event_with_a_nanosecond_time_is_a_duplicate_not_an_error() {
        // given a time finer than either database stores
        String first = event("e1", NOW.minusSeconds(60).plusNanos(123_456_789), apartmentId("1102"), "booking");
        upload(first);

        // when
        Reply retry = upload(first);

        // then
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json().path("duplicates").asInt()).isEqualTo(1);
        assertThat(storedEvents()).isEqualTo(1);
    }

    @Test
    void an_event_older_than_fourteen_days_is_counted_and_not_stored() {
        // when
        Reply reply =
                upload(event("old", NOW.minus(Duration.ofDays(14)).minusSeconds(1), apartmentId("1102"), "booking"));

        // then
        assertThat(reply.json().path("expired").asInt()).isEqualTo(1);
        assertThat(storedEvents()).isZero();
    }

    @Test
    void a_batch_with_one_bad_event_is_refused_whole_and_stores_nothing() {
        // when
        Reply reply = upload(
                event("good", NOW.minusSeconds(60), apartmentId("1102"), "booking"),
                event("bad", NOW.minusSeconds(30), apartmentId("1102"), "opened-by-magic"));

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("detail").asText()).contains("opened-by-magic");
        assertThat(storedEvents()).isZero();
    }

    private String[] fullBatch(String idPrefix, int size) {
        long apartment = apartmentId("1102");
        String[] events = new String[size];
        for (int i = 0; i < size; i++) {
            events[i] = event(idPrefix + "-" + i, NOW.minusSeconds(600 - i / 2), apartment, "booking");
        }
        return events;
    }

    @Test
    void a_full_batch_with_a_repeated_event_is_stored_once_each_and_its_retry_stores_nothing() {
        // given a batch of the most events one upload may carry, far over the usual body size limit
        String[] events = fullBatch("full", AccessEventIngest.MAX_BATCH);
        events[AccessEventIngest.MAX_BATCH - 1] = events[0];

        // when
        Reply first = upload(events);
        Reply retry = upload(events);

        // then
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("stored").asInt()).isEqualTo(AccessEventIngest.MAX_BATCH - 1);
        assertThat(first.json().path("duplicates").asInt()).isEqualTo(1);
        assertThat(retry.json().path("stored").asInt()).isZero();
        assertThat(retry.json().path("duplicates").asInt()).isEqualTo(AccessEventIngest.MAX_BATCH);
        assertThat(storedEvents()).isEqualTo(AccessEventIngest.MAX_BATCH - 1);
    }

    @Test
    void an_upload_over_the_size_limit_is_a_413_problem_and_stores_nothing() {
        // given three full batches with the longest ids allowed, past the byte limit
        String[] events = fullBatch("x".repeat(50), AccessEventIngest.MAX_BATCH);
        String padded = String.join(",", events).replace("laundry-a", "d".repeat(64));
        String body = "{\"events\":[" + padded + "," + padded + "," + padded + "]}";

        // when
        Reply reply = board.post(ApiPaths.DEVICE_ACCESS_EVENTS, body, Map.of());

        // then
        assertThat(body.length()).isGreaterThan(AccessEventRoutes.MAX_UPLOAD_BYTES);
        ApiTestBase.assertProblem(reply, 413, "payload-too-large");
        assertThat(storedEvents()).isZero();
    }

    @Test
    void an_event_from_the_future_is_refused() {
        // when
        Reply reply = upload(event("future", NOW.plus(Duration.ofHours(2)), apartmentId("1102"), "booking"));

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(storedEvents()).isZero();
    }

    @Test
    void a_read_without_a_purpose_is_refused_and_the_refusal_is_audited() {
        // given
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        Page page = social.post("/staff/access-log", Map.of("caseReference", "Ä-2026-0117"));

        // then
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Välj ändamål för läsningen");
        assertThat(audits("REFUSED")).isEqualTo(1);
    }

    @Test
    void a_read_without_a_case_reference_is_refused_and_audited() {
        // given
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        Page page = social.post("/staff/access-log", Map.of("purpose", "disturbance-case", "caseReference", " "));

        // then
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Ett ärendenummer krävs");
        assertThat(audits("REFUSED")).isEqualTo(1);
    }

    @Test
    void the_social_housing_unit_may_not_read_for_a_technical_fault() {
        // given
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        Page page = social.post("/staff/access-log", Map.of("purpose", "technical-fault", "caseReference", "IT-1"));

        // then
        assertThat(page.status()).isEqualTo(403);
        assertThat(audits("REFUSED")).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM log_read_audit WHERE purpose = 'technical-fault'"))
                .isEqualTo(1);
    }

    @Test
    void it_administration_may_not_read_for_a_disturbance_case() {
        // given
        StaffClient it = signedIn(IT_ADMIN);

        // when
        Page page = it.post("/staff/access-log", DISTURBANCE);

        // then
        assertThat(page.status()).isEqualTo(403);
        assertThat(audits("REFUSED")).isEqualTo(1);
    }

    @Test
    void customer_service_may_not_read_and_its_attempt_is_audited() {
        // given
        StaffClient service = signedIn(CUSTOMER_SERVICE);

        // when
        Page page = service.post("/staff/access-log", DISTURBANCE);

        // then
        assertThat(page.status()).isEqualTo(403);
        assertThat(
                        database.count(
                                "SELECT COUNT(*) FROM log_read_audit WHERE outcome = 'REFUSED' AND staff_role = 'CUSTOMER_SERVICE'"))
                .isEqualTo(1);
    }

    @Test
    void an_allowed_read_is_audited_with_who_purpose_case_filter_and_row_count() {
        // given
        long apartment = apartmentId("1102");
        upload(
                event("e1", NOW.minusSeconds(60), apartment, "booking"),
                event("e2", NOW.minusSeconds(50), apartmentId("1203"), "booking"));
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        Page page = social.post(
                "/staff/access-log",
                Map.of("purpose", "disturbance-case", "caseReference", "Ä-2026-0117", "apartment", "1102"));

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(tableRows(page)).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM log_read_audit WHERE outcome = 'ALLOWED'"
                        + " AND staff_username = 'bosocial' AND purpose = 'disturbance-case'"
                        + " AND case_reference = 'Ä-2026-0117' AND apartment_id = " + apartment
                        + " AND rows_returned = 1"))
                .isEqualTo(1);
    }

    @Test
    void reads_and_exports_name_the_apartment_by_its_number() {
        // given
        upload(event("e1", NOW.minusSeconds(60), apartmentId("1102"), "booking"));
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        Page page = social.post("/staff/access-log", DISTURBANCE);
        Page csv = social.post("/staff/access-log/export", with(DISTURBANCE, "csv"));

        // then
        assertThat(page.body()).contains("<td>1102</td>");
        assertThat(csv.body()).contains(",lg4-laundry-a,1102,granted,booking");
    }

    @Test
    void a_csv_export_is_marked_with_purpose_and_case_and_audited() {
        // given
        upload(event("e1", NOW.minusSeconds(60), apartmentId("1102"), "booking"));
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        Page csv = social.post(
                "/staff/access-log/export",
                Map.of("purpose", "police-investigation", "caseReference", "K-123456-26", "output", "csv"));

        // then
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body())
                .contains(
                        "# purpose: police-investigation",
                        "# case reference: K-123456-26",
                        "laundry-a",
                        "granted,booking");
        assertThat(database.count("SELECT COUNT(*) FROM log_read_audit WHERE output = 'csv' AND rows_returned = 1"))
                .isEqualTo(1);
    }

    @Test
    void a_pdf_export_is_marked_with_purpose_and_case_on_its_pages() throws IOException {
        // given
        upload(event("e1", NOW.minusSeconds(60), apartmentId("1102"), "booking"));
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        Page pdf = social.post(
                "/staff/access-log/export",
                Map.of("purpose", "police-investigation", "caseReference", "K-123456-26", "output", "pdf"));

        // then
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Ändamål: Uppgifter till polisen i en brottsutredning", "Ärende: K-123456-26", "laundry-a");
        }
    }

    @Test
    void an_event_without_an_apartment_shows_none_on_the_page_the_csv_and_the_pdf() throws IOException {
        // given an unknown tag refused at the door, beside a resident let in
        upload(
                "{\"eventId\":\"stranger\",\"doorId\":\"lg4-laundry-a\",\"occurredAt\":\"%s\",\"apartmentId\":null,\"reason\":\"unknown-tag\"}"
                        .formatted(NOW.minusSeconds(120)),
                event("e1", NOW.minusSeconds(60), apartmentId("1102"), "booking"));
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when the log is read as a page, a CSV and a PDF, in Swedish and in English
        Page page = social.post("/staff/access-log", DISTURBANCE);
        Page csv = social.post("/staff/access-log/export", with(DISTURBANCE, "csv"));
        Page pdf = social.post("/staff/access-log/export", with(DISTURBANCE, "pdf"));
        social.setCookie("bricka_lang", "en");
        Page englishPage = social.post("/staff/access-log", DISTURBANCE);

        // then the stranger's event has no apartment, said in words, and no "#0" anywhere
        assertThat(page.body()).contains("<td>ingen</td>", "<td>1102</td>").doesNotContain("#0");
        assertThat(englishPage.body()).contains("<td>none</td>").doesNotContain("#0");
        assertThat(csv.body())
                .contains(",lg4-laundry-a,ingen,refused,unknown-tag")
                .doesNotContain("#0");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("lägenhet ingen").doesNotContain("#0");
        }
    }

    @Test
    void a_csv_export_quotes_its_cells_and_disarms_formulas() {
        // given a case reference typed with a formula, a comma and quotes
        upload(event("e1", NOW.minusSeconds(60), apartmentId("1102"), "booking"));
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        Page csv = social.post(
                "/staff/access-log/export",
                Map.of("purpose", "disturbance-case", "caseReference", "=HYPERLINK(\"http://x\"),A1", "output", "csv"));

        // then the head line is one quoted cell, and each line ends as RFC 4180 says
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body())
                .contains("\"# case reference: =HYPERLINK(\"\"http://x\"\"),A1\"\r\n")
                .contains("occurred_at,door,apartment,decision,reason\r\n");
    }

    @Test
    void at_fourteen_days_minus_a_second_the_event_is_still_visible_everywhere() {
        // given
        Instant at = NOW.minusSeconds(3600);
        long apartment = apartmentId("1102");
        upload(event("edge", at, apartment, "booking"));

        // when
        clock.set(at.plus(AccessEventRetention.LIMIT).minusSeconds(1));
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        StaffClient social = signedIn(SOCIAL_UNIT);

        // then
        assertThat(tableRows(social.post("/staff/access-log", DISTURBANCE))).isEqualTo(1);
        assertThat(social.post("/staff/access-log/export", with(DISTURBANCE, "csv"))
                        .body())
                .contains("laundry-a");
        assertThat(service.get(ExtractRequestForms.record(service, apartment, "UT-1") + "/extract.json")
                        .body())
                .contains("laundry-a");
    }

    @Test
    void at_fourteen_days_plus_a_second_the_event_is_gone_everywhere_even_before_the_purge() {
        // given
        Instant at = NOW.minusSeconds(3600);
        long apartment = apartmentId("1102");
        upload(event("edge", at, apartment, "booking"));

        // when
        clock.set(at.plus(AccessEventRetention.LIMIT).plusSeconds(1));
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        StaffClient social = signedIn(SOCIAL_UNIT);

        // then
        assertThat(storedEvents()).as("not purged yet").isEqualTo(1);
        Page page = social.post("/staff/access-log", DISTURBANCE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(tableRows(page)).isZero();
        Page csv = social.post("/staff/access-log/export", with(DISTURBANCE, "csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("# rows: 0").doesNotContain("laundry-a");
        Page extract = service.get(ExtractRequestForms.record(service, apartment, "UT-1") + "/extract.json");
        assertThat(extract.status()).isEqualTo(200);
        assertThat(extract.body()).contains("\"accessEvents\":[]").doesNotContain("laundry-a");
    }

    @Test
    void the_purge_deletes_events_past_fourteen_days_and_keeps_the_rest() {
        // given
        long apartment = apartmentId("1102");
        upload(
                event("old", NOW.minus(Duration.ofDays(13)), apartment, "booking"),
                event("new", NOW.minusSeconds(60), apartment, "booking"));
        clock.advance(Duration.ofDays(2));

        // when
        backend.privacy().purgeNow();

        // then
        assertThat(storedEvents()).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM access_event WHERE event_id = 'new'"))
                .isEqualTo(1);
    }

    private static Map<String, String> with(Map<String, String> fields, String output) {
        Map<String, String> copy = new java.util.HashMap<>(fields);
        copy.put("output", output);
        return copy;
    }
}
