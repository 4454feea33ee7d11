package se.bricka.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ExtractRequestForms;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.wire.ApiPaths;

/**
 * The audit page shows IT administration and the social housing unit who read or did what, when and
 * why; it filters, pages, changes nothing, records each look, and refuses every other role.
 */
public abstract class AuditPageContract extends StaffTestBase {

    private static final Pattern ROW = Pattern.compile("<tr><td>");

    private static int rows(Page page) {
        Matcher matcher = ROW.matcher(page.body());
        int rows = 0;
        while (matcher.find()) {
            rows++;
        }
        return rows;
    }

    private long auditPageReads() {
        return database.count("SELECT COUNT(*) FROM audit_page_read");
    }

    /** A log read, an extract request and its download, a tag block and a caretaker's action. */
    private void givenStaffWork() {
        StaffClient social = signedIn(SOCIAL_UNIT);
        social.post(
                "/staff/access-log",
                Map.of("purpose", "disturbance-case", "caseReference", "Ä-2026-17", "apartment", "1102"));
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        long apartment = apartmentId("1102");
        service.get(ExtractRequestForms.record(service, apartment, "UT-2026-5") + "/extract.json");
        long tag = database.count("SELECT MIN(id) FROM tag WHERE apartment_id = " + apartment);
        service.post("/staff/tags/" + tag + "/block", Map.of("reason", "STOLEN"));
        board.post(
                ApiPaths.DEVICE_CARETAKER_EVENTS,
                "{\"kind\":\"action\",\"detail\":\"door test pulse\",\"occurredAt\":\"" + NOW + "\"}",
                Map.of());
    }

    private void appendLogReads(int count) {
        String sql = "INSERT INTO log_read_audit (read_at, staff_id, staff_username, staff_role, purpose,"
                + " case_reference, window_from, window_to, output, outcome, rows_returned)"
                + " VALUES (?, 1, 'bosocial', 'SOCIAL_HOUSING_UNIT', 'disturbance-case', ?, ?, ?, 'page', 'ALLOWED', 0)";
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                OffsetDateTime at = OffsetDateTime.ofInstant(NOW.minusSeconds(60L * i), ZoneOffset.UTC);
                statement.setObject(1, at);
                statement.setString(2, "P-" + i);
                statement.setObject(3, at.minusDays(14));
                statement.setObject(4, at);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_audit_page_shows_who_read_or_did_what_when_and_why() {
        // given
        givenStaffWork();
        StaffClient it = signedIn(IT_ADMIN);

        // when
        Page page = it.get("/staff/audit");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "bosocial (Bosociala enheten)",
                        "läsning av passageloggen",
                        "Störningsärende enligt hyreslagen, Ä-2026-17",
                        "lägenhet 1102",
                        "begäran om utdrag registrerad",
                        "registerutdrag framtaget",
                        "UT-2026-5",
                        "kundtjanst (kundtjänst)",
                        "åtgärd på bricka",
                        "fastighetsskötare på en tavla",
                        "door test pulse");
        assertThat(page.body())
                .as("who asked for an extract stays in the request")
                .doesNotContain("the tenant");
    }

    @Test
    void the_audit_page_filters_by_actor_and_by_days() {
        // given
        givenStaffWork();
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        Page byActor = social.get("/staff/audit?actor=kundtjanst");
        Page earlier = social.get("/staff/audit?from=2026-10-01&to=2026-10-31");

        // then
        assertThat(byActor.body()).contains("UT-2026-5").doesNotContain("Ä-2026-17", "door test pulse");
        assertThat(earlier.body()).contains("id=\"no-lines\"").doesNotContain("UT-2026-5");
    }

    @Test
    void the_audit_page_shows_fifty_lines_a_page_and_links_to_the_next() {
        // given
        appendLogReads(60);
        StaffClient it = signedIn(IT_ADMIN);

        // when
        Page first = it.get("/staff/audit");
        Page second = it.get("/staff/audit?page=2");

        // then
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first.body()).contains("id=\"next\"", "page=2").doesNotContain("id=\"previous\"");
        assertThat(first.body()).contains("hyreslagen, P-0</td>").doesNotContain("hyreslagen, P-59</td>");
        assertThat(rows(second)).isGreaterThanOrEqualTo(10);
        assertThat(second.body()).contains("id=\"previous\"", "hyreslagen, P-59</td>");
    }

    @Test
    void each_look_at_the_audit_page_is_itself_recorded() {
        // given
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        social.get("/staff/audit?actor=kundtjanst&from=2026-11-01&to=2026-11-25");
        Page again = social.get("/staff/audit");

        // then
        assertThat(database.count("SELECT COUNT(*) FROM audit_page_read WHERE staff_username = 'bosocial'"
                        + " AND filter_actor = 'kundtjanst' AND filter_from = DATE '2026-11-01' AND page_number = 1"))
                .isEqualTo(1);
        assertThat(again.body()).contains("tittade på granskningsloggen", "2026-11-01 .. 2026-11-25, kundtjanst");
    }

    @Test
    void customer_service_and_the_caretaker_may_not_see_the_audit_page() {
        // given
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        StaffClient caretaker = signedIn(CARETAKER);

        // when
        Page refusedService = service.get("/staff/audit");
        Page refusedCaretaker = caretaker.get("/staff/audit");

        // then
        assertThat(refusedService.status()).isEqualTo(403);
        assertThat(refusedCaretaker.status()).isEqualTo(403);
        assertThat(refusedCaretaker.body()).doesNotContain("<table");
        assertThat(auditPageReads()).isZero();
    }

    @Test
    void bad_filters_are_refused_and_nothing_is_recorded() {
        // given
        StaffClient it = signedIn(IT_ADMIN);

        // when
        Page badDate = it.get("/staff/audit?from=yesterday");
        Page reversed = it.get("/staff/audit?from=2026-11-20&to=2026-11-10");
        Page badPage = it.get("/staff/audit?page=0");
        Page hugePage = it.get("/staff/audit?page=99999999999");
        Page badActor = it.get("/staff/audit?actor=%3Cscript%3E");

        // then
        for (Page refused : new Page[] {badDate, reversed, badPage, hugePage, badActor}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        }
        assertThat(badDate.body()).contains("yesterday");
        assertThat(badActor.body()).doesNotContain("<script>");
        assertThat(auditPageReads()).isZero();
    }

    @Test
    void the_audit_page_offers_no_way_to_change_the_trail() {
        // given
        givenStaffWork();
        StaffClient it = signedIn(IT_ADMIN);
        long before = database.count("SELECT COUNT(*) FROM log_read_audit");

        // when
        Page page = it.get("/staff/audit");
        Page post = it.post("/staff/audit", Map.of("from", "2026-11-25"));

        // then
        assertThat(page.body()).contains("<form method=\"get\" action=\"/staff/audit\"");
        assertThat(page.body().replace("method=\"post\" action=\"/staff/sign-out\"", ""))
                .doesNotContain("method=\"post\"");
        assertThat(post.status()).isIn(404, 405);
        assertThat(database.count("SELECT COUNT(*) FROM log_read_audit")).isEqualTo(before);
    }

    @Test
    void the_new_trails_refuse_changes_and_are_purged_together_after_two_years() throws SQLException {
        // given a read of two years and two days ago that returned 1102's events, and today's trails
        board.post(
                ApiPaths.DEVICE_ACCESS_EVENTS,
                "{\"events\":[{\"eventId\":\"e1\",\"doorId\":\"lg4-laundry-a\",\"occurredAt\":\"" + NOW.minusSeconds(60)
                        + "\",\"apartmentId\":" + apartmentId("1102") + ",\"reason\":\"booking\"}]}",
                Map.of());
        givenStaffWork();
        signedIn(IT_ADMIN).get("/staff/audit");
        OffsetDateTime old = OffsetDateTime.ofInstant(
                NOW.minus(se.bricka.core.privacy.AuditRetention.LIMIT).minus(java.time.Duration.ofDays(2)),
                ZoneOffset.UTC);
        try (Connection connection = database.connect()) {
            try (PreparedStatement read = connection.prepareStatement(
                    "INSERT INTO log_read_audit (read_at, staff_id, staff_username, staff_role, purpose, case_reference,"
                            + " window_from, window_to, output, outcome, rows_returned)"
                            + " VALUES (?, 1, 'bosocial', 'SOCIAL_HOUSING_UNIT', 'disturbance-case', 'OLD', ?, ?, 'page',"
                            + " 'ALLOWED', 1)")) {
                read.setObject(1, old);
                read.setObject(2, old.minusDays(14));
                read.setObject(3, old);
                read.executeUpdate();
            }
            try (PreparedStatement apartment = connection.prepareStatement(
                    "INSERT INTO log_read_apartment (audit_id, apartment_id, rows_returned, read_at)"
                            + " SELECT id, ?, 1, read_at FROM log_read_audit WHERE case_reference = 'OLD'")) {
                apartment.setLong(1, apartmentId("1102"));
                apartment.executeUpdate();
            }
        }

        // when
        for (String change : new String[] {
            "UPDATE extract_request SET requested_by = 'someone else'",
            "DELETE FROM extract_request",
            "UPDATE log_read_apartment SET rows_returned = 0",
            "DELETE FROM log_read_apartment",
            "DELETE FROM audit_page_read"
        }) {
            try (Connection connection = database.connect();
                    java.sql.Statement statement = connection.createStatement()) {
                statement.executeUpdate(change);
                throw new AssertionError("the trail accepted: " + change);
            } catch (SQLException refused) {
                // then each is refused by the database
                assertThat(refused.getSQLState()).as(change).startsWith("23");
            }
        }
        int purged = backend.privacy().purgeAuditTrailsNow();

        // then the expired read goes with the apartments it returned; today's entries stay
        assertThat(purged).isEqualTo(2);
        assertThat(database.count("SELECT COUNT(*) FROM log_read_audit WHERE case_reference = 'OLD'"))
                .isZero();
        assertThat(database.count("SELECT COUNT(*) FROM extract_request")).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM log_read_apartment")).isPositive();
        assertThat(auditPageReads()).isEqualTo(1);
    }
}
