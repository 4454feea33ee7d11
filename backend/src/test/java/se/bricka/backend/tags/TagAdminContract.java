package se.bricka.backend.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;

/** Customer service's tag work: find, issue, block, unblock, replace, move-out. */
public abstract class TagAdminContract extends StaffTestBase {

    private StaffClient service;
    private long apartment;

    private void given1102() {
        service = signedIn(CUSTOMER_SERVICE);
        apartment = apartmentId("1102");
    }

    private long firstTag() {
        return database.count("SELECT MIN(id) FROM tag WHERE apartment_id = " + apartment);
    }

    private long tags(String status) {
        return database.count(
                "SELECT COUNT(*) FROM tag WHERE apartment_id = " + apartment + " AND status = '" + status + "'");
    }

    private Reply identify(String tagHash) {
        return board.post(ApiPaths.DEVICE_IDENTIFY, "{\"tagHash\":\"" + tagHash + "\"}", Map.of());
    }

    @Test
    void customer_service_finds_an_apartment_by_its_number_and_sees_its_tags_masked() {
        // given
        given1102();

        // when
        Page search = service.get("/staff/apartments?q=110");
        Page page = service.get("/staff/apartments/" + apartment);

        // then
        assertThat(search.body()).contains("1102", "1106").doesNotContain("1203");
        assertThat(page.body()).contains("••••0001", "••••0002").doesNotContain("11020001");
    }

    @Test
    void a_blocked_tag_is_refused_by_devices_at_once() {
        // given
        given1102();

        // when
        Page answer = service.post("/staff/tags/" + firstTag() + "/block", Map.of("reason", "LOST"));

        // then
        assertThat(answer.status()).isEqualTo(303);
        assertThat(identify(DemoTags.APARTMENT_1102).status()).isEqualTo(403);
        assertThat(identify(DemoTags.APARTMENT_1102_SECOND).status()).isEqualTo(200);
    }

    @Test
    void blocking_a_tag_publishes_a_tag_blocked_change_for_devices() {
        // given
        given1102();
        long before = database.count("SELECT COUNT(*) FROM change_log");

        // when
        service.post("/staff/tags/" + firstTag() + "/block", Map.of("reason", "STOLEN"));

        // then
        assertThat(database.count("SELECT COUNT(*) FROM change_log WHERE kind = '" + ChangeEvent.TAG_BLOCKED + "'"))
                .isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM change_log")).isEqualTo(before + 1);
    }

    @Test
    void a_block_is_recorded_with_reason_and_staff() {
        // given
        given1102();

        // when
        service.post("/staff/tags/" + firstTag() + "/block", Map.of("reason", "STOLEN"));

        // then
        assertThat(database.count("SELECT COUNT(*) FROM tag_action WHERE action = 'BLOCKED' AND reason = 'STOLEN'"
                        + " AND staff_id = (SELECT id FROM staff_account WHERE username = 'kundtjanst')"))
                .isEqualTo(1);
    }

    @Test
    void an_unknown_block_reason_is_refused_and_changes_nothing() {
        // given
        given1102();

        // when
        Page answer = service.post("/staff/tags/" + firstTag() + "/block", Map.of("reason", "BORED"));

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("BORED");
        assertThat(tags("BLOCKED")).isZero();
    }

    @Test
    void an_unblocked_tag_works_again() {
        // given
        given1102();
        service.post("/staff/tags/" + firstTag() + "/block", Map.of("reason", "LOST"));

        // when
        service.post("/staff/tags/" + firstTag() + "/unblock", Map.of());

        // then
        assertThat(identify(DemoTags.APARTMENT_1102).status()).isEqualTo(200);
    }

    @Test
    void a_new_tag_is_issued_to_the_apartment_and_identifies_it() {
        // given
        given1102();

        // when
        Page answer = service.post("/staff/apartments/" + apartment + "/tags", Map.of("uid", "04:A1:B2:C3"));

        // then
        assertThat(answer.status()).isEqualTo(303);
        Reply reply = identify(DemoTags.hash("04A1B2C3"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("apartmentLabel").asText()).isEqualTo("1102");
        assertThat(tags("ACTIVE")).isEqualTo(3);
    }

    @Test
    void no_more_than_the_maximum_of_active_tags_is_issued() {
        // given
        given1102();
        service.post("/staff/apartments/" + apartment + "/tags", Map.of("uid", "04A1B2C3"));

        // when
        Page answer = service.post("/staff/apartments/" + apartment + "/tags", Map.of("uid", "04A1B2C4"));

        // then
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).contains("högst 3 är tillåtna");
        assertThat(tags("ACTIVE")).isEqualTo(3);
    }

    @Test
    void a_malformed_uid_is_refused_with_the_value_named_and_changes_nothing() {
        // given
        given1102();

        // when
        Page answer = service.post("/staff/apartments/" + apartment + "/tags", Map.of("uid", "XYZ<script>"));

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("XYZ&lt;script&gt;").doesNotContain("<script>");
        assertThat(tags("ACTIVE")).isEqualTo(2);
    }

    @Test
    void a_tag_already_issued_is_not_issued_again() {
        // given
        given1102();

        // when
        Page answer = service.post("/staff/apartments/" + apartment + "/tags", Map.of("uid", "12030001"));

        // then
        assertThat(answer.status()).isEqualTo(409);
        assertThat(tags("ACTIVE")).isEqualTo(2);
    }

    @Test
    void replace_blocks_the_old_tag_and_issues_the_new_one_in_one_step() {
        // given
        given1102();

        // when
        Page answer = service.post("/staff/tags/" + firstTag() + "/replace", Map.of("uid", "04A1B2C3"));

        // then
        assertThat(answer.status()).isEqualTo(303);
        assertThat(identify(DemoTags.APARTMENT_1102).status()).isEqualTo(403);
        assertThat(identify(DemoTags.hash("04A1B2C3")).status()).isEqualTo(200);
    }

    @Test
    void a_replace_with_a_bad_new_uid_leaves_the_old_tag_working() {
        // given
        given1102();

        // when
        Page answer = service.post("/staff/tags/" + firstTag() + "/replace", Map.of("uid", "nope"));

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(identify(DemoTags.APARTMENT_1102).status()).isEqualTo(200);
    }

    @Test
    void move_out_blocks_every_tag_and_cancels_future_bookings_only() {
        // given
        given1102();
        Reply booked = board.post(
                ApiPaths.BOOKINGS,
                bookingFor(NOW.atZone(STOCKHOLM).toLocalDate().plusDays(1)),
                Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);

        // when
        Page answer = service.post("/staff/apartments/" + apartment + "/move-out", Map.of());

        // then
        assertThat(answer.status()).isEqualTo(303);
        assertThat(tags("ACTIVE")).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM booking WHERE active = TRUE AND apartment_id = " + apartment))
                .isZero();
        assertThat(database.count("SELECT COUNT(*) FROM change_log WHERE kind = 'booking-cancelled'"))
                .isEqualTo(1);
    }

    private String bookingFor(java.time.LocalDate date) {
        long resource = database.count("SELECT MIN(id) FROM resource");
        return "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"07:00\"}".formatted(resource, date);
    }

    @Test
    void a_tag_that_does_not_exist_is_a_404() {
        // given
        given1102();

        // when
        Page answer = service.post("/staff/tags/999999/block", Map.of("reason", "LOST"));

        // then
        assertThat(answer.status()).isEqualTo(404);
    }
}
