package se.bricka.backend.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.wire.ApiPaths;

/** The caretaker closes an object on the staff pages, sees the households affected, and ends it early. */
abstract class ClosureStaffPagesContract extends StaffTestBase {

    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 26);

    private StaffClient caretaker;
    private long resource;

    @BeforeEach
    void signInTheCaretaker() {
        caretaker = signedIn(CARETAKER);
        resource = database.count("SELECT MIN(id) FROM resource");
    }

    private void book(String start, String tag) {
        board.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"%s\"}".formatted(resource, TOMORROW, start),
                Map.of(ApiPaths.TAG_HEADER, tag));
    }

    private long closures() {
        return database.count("SELECT COUNT(*) FROM closure");
    }

    private Page close(String from, String until, String reason) {
        return caretaker.post("/staff/closures/" + resource, Map.of("from", from, "until", until, "reason", reason));
    }

    @Test
    void the_caretaker_sees_every_bookable_object() {
        // when
        Page page = caretaker.get("/staff/closures");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/staff/closures/" + resource + "\"", "öppet");
    }

    @Test
    void closing_an_object_cancels_its_bookings_and_names_the_households_affected() {
        // given
        book("07:00", DemoTags.APARTMENT_1102);
        book("10:00", DemoTags.APARTMENT_1203);

        // when
        Page answer = close(TOMORROW + "T06:00", TOMORROW + "T12:00", "Vattenskada");
        Page page = caretaker.get(answer.header("Location"));

        // then
        assertThat(answer.status()).isEqualTo(303);
        assertThat(page.body())
                .contains(
                        "Vattenskada",
                        "1102 (2026-11-26 07:00",
                        "1203 (2026-11-26 10:00",
                        "Avbokade bokningar under perioden: 2");
        assertThat(database.count("SELECT COUNT(*) FROM booking WHERE status = 'CANCELLED' AND closure_id IS NOT NULL"))
                .isEqualTo(2);
    }

    @Test
    void a_closure_without_an_end_lasts_until_further_notice() {
        // when
        close(TOMORROW + "T06:00", "", "Städning");

        // then
        assertThat(caretaker.get("/staff/closures/" + resource).body()).contains("Städning", "tills vidare");
        assertThat(database.count("SELECT COUNT(*) FROM closure WHERE until_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void ending_a_closure_early_opens_the_object_again() {
        // given
        close(TOMORROW + "T06:00", TOMORROW + "T20:00", "Maskinfel");
        long closure = database.count("SELECT MAX(id) FROM closure");

        // when
        Page answer = caretaker.post("/staff/closures/" + resource + "/" + closure + "/end", Map.of());

        // then
        assertThat(answer.status()).isEqualTo(303);
        assertThat(database.count("SELECT COUNT(*) FROM closure WHERE lifted_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(caretaker.get("/staff/closures/" + resource).body()).contains("id=\"no-closures\"");
    }

    @Test
    void closing_and_ending_a_closure_on_the_web_are_recorded_with_who_when_and_why() {
        // given
        book("07:00", DemoTags.APARTMENT_1102);

        // when the caretaker closes the object and ends the closure early
        close(TOMORROW + "T06:00", TOMORROW + "T12:00", "Vattenskada");
        long closure = database.count("SELECT MAX(id) FROM closure");
        caretaker.post("/staff/closures/" + resource + "/" + closure + "/end", Map.of());

        // then both are in the administration audit under the caretaker's account, with the reason
        assertThat(database.count("SELECT COUNT(*) FROM admin_audit a JOIN staff_account s ON s.id = a.actor_id"
                        + " WHERE a.action = 'CLOSURE_CREATED' AND s.username = 'vicevard'"
                        + " AND a.detail LIKE 'closure " + closure + ", 1 bookings cancelled: Vattenskada'"))
                .isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM admin_audit WHERE action = 'CLOSURE_ENDED'"
                        + " AND actor = 'vicevard' AND subject = 'closure " + closure + "'"))
                .isEqualTo(1);
        Page audit = signedIn(IT_ADMIN).get("/staff/audit");
        assertThat(audit.body()).contains("CLOSURE_CREATED", "CLOSURE_ENDED", "Vattenskada");
    }

    @Test
    void a_refused_closure_leaves_no_audit_entry() {
        // when
        close(TOMORROW + "T12:00", TOMORROW + "T06:00", "Fel");

        // then
        assertThat(database.count("SELECT COUNT(*) FROM admin_audit WHERE action LIKE 'CLOSURE%'"))
                .isZero();
    }

    @Test
    void a_closure_that_ends_before_it_starts_is_refused_and_changes_nothing() {
        // when
        Page answer = close(TOMORROW + "T12:00", TOMORROW + "T06:00", "Fel");

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("”Till” måste vara efter ”från”");
        assertThat(closures()).isZero();
    }

    @Test
    void a_garbled_date_or_a_blank_reason_is_refused_and_changes_nothing() {
        // when
        Page garbled = close("tomorrow morning", "", "Fel");
        Page blank = close(TOMORROW + "T06:00", "", " ");
        Page absurd = close("99999-01-01T06:00", "", "Fel");

        // then
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.body()).contains("tomorrow morning");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(absurd.status()).isEqualTo(400);
        assertThat(closures()).isZero();
    }

    @Test
    void ending_a_closure_that_does_not_exist_is_a_404() {
        // when
        Page answer = caretaker.post("/staff/closures/" + resource + "/999999/end", Map.of());

        // then
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("Det finns ingen gällande avstängning 999999");
    }

    @Test
    void a_closure_is_not_ended_from_another_objects_page() {
        // given
        close(TOMORROW + "T06:00", TOMORROW + "T20:00", "Maskinfel");
        long closure = database.count("SELECT MAX(id) FROM closure");
        long other = database.count("SELECT MAX(id) FROM resource");

        // when
        Page answer = caretaker.post("/staff/closures/" + other + "/" + closure + "/end", Map.of());

        // then
        assertThat(answer.status()).isEqualTo(404);
        assertThat(database.count("SELECT COUNT(*) FROM closure WHERE lifted_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void an_unknown_object_is_a_404() {
        // when
        Page answer = caretaker.get("/staff/closures/999999");

        // then
        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void the_caretaker_is_refused_every_other_staff_page_with_a_clear_sentence() {
        // when
        Page apartments = caretaker.get("/staff/apartments");
        Page log = caretaker.get("/staff/access-log");

        // then
        assertThat(apartments.status()).isEqualTo(403);
        assertThat(apartments.body()).contains("Rollen fastighetsskötare får inte söka lägenheter");
        assertThat(log.status()).isEqualTo(403);
        assertThat(log.body()).contains("Rollen fastighetsskötare får inte läsa passageloggen");
    }

    @Test
    void customer_service_may_not_close_objects() {
        // given
        StaffClient service = signedIn(CUSTOMER_SERVICE);

        // when
        Page page = service.get("/staff/closures");
        Page post = service.post(
                "/staff/closures/" + resource, Map.of("from", TOMORROW + "T06:00", "until", "", "reason", "Fel"));

        // then
        assertThat(page.status()).isEqualTo(403);
        assertThat(post.status()).isEqualTo(403);
        assertThat(closures()).isZero();
    }
}
