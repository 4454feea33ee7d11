package se.bricka.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;

/** The idle timeout and lifetime of staff sessions, and changing one's own password. */
public abstract class StaffSessionContract extends StaffTestBase {

    private static final String NEW_PASSWORD = "lingon-vinter-2026";

    @Test
    void a_session_unused_for_thirty_minutes_is_over() {
        // given
        StaffClient client = signedIn(CUSTOMER_SERVICE);

        // when
        clock.advance(SignInService.IDLE_TIMEOUT);

        // then
        assertThat(client.get("/staff").status()).isEqualTo(401);
    }

    @Test
    void each_request_moves_the_idle_timeout_on() {
        // given
        StaffClient client = signedIn(CUSTOMER_SERVICE);

        // when three pauses of 29 minutes, each ended by a request
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(29));

            // then the session is still there, 87 minutes after sign-in
            assertThat(client.get("/staff").status()).isEqualTo(200);
        }
    }

    @Test
    void a_busy_session_still_ends_twelve_hours_after_sign_in() {
        // given a session used every 29 minutes
        StaffClient client = signedIn(CUSTOMER_SERVICE);
        for (int i = 0; i < 24; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(client.get("/staff").status()).isEqualTo(200);
        }

        // when 12 h 5 min have passed since sign-in
        clock.advance(Duration.ofMinutes(29));

        // then
        assertThat(client.get("/staff").status()).isEqualTo(401);
    }

    @Test
    void changing_the_password_ends_the_other_sessions_and_keeps_this_one() {
        // given the same person signed in on two devices
        StaffClient here = signedIn(CUSTOMER_SERVICE);
        StaffClient elsewhere = signedIn(CUSTOMER_SERVICE);

        // when
        Page answer = change(here, "demo-" + CUSTOMER_SERVICE, NEW_PASSWORD, NEW_PASSWORD);

        // then
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Ditt lösenord är bytt. Avslutade inloggningar på andra ställen: 1.");
        assertThat(elsewhere.get("/staff").status()).isEqualTo(401);
        assertThat(here.get("/staff").status()).isEqualTo(200);
        assertThat(new StaffClient(backend.baseUri())
                        .signIn(CUSTOMER_SERVICE, NEW_PASSWORD)
                        .status())
                .isEqualTo(303);
        assertThat(new StaffClient(backend.baseUri())
                        .signIn(CUSTOMER_SERVICE, "demo-" + CUSTOMER_SERVICE)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void a_wrong_current_password_is_refused_and_changes_nothing() {
        // given
        StaffClient here = signedIn(CUSTOMER_SERVICE);
        StaffClient elsewhere = signedIn(CUSTOMER_SERVICE);

        // when
        Page answer = change(here, "not-the-password", NEW_PASSWORD, NEW_PASSWORD);

        // then
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("Det nuvarande lösenordet är fel; inget har ändrats.");
        assertUnchanged(elsewhere);
    }

    @Test
    void changing_the_password_of_an_account_without_one_is_refused_with_a_sentence_not_a_server_error() {
        // given a session of an account whose password an administrator has since cleared
        StaffClient here = signedIn(CUSTOMER_SERVICE);
        database.update("UPDATE staff_account SET password_hash = NULL WHERE username = '" + CUSTOMER_SERVICE + "'");

        // when
        Page answer = change(here, "demo-" + CUSTOMER_SERVICE, NEW_PASSWORD, NEW_PASSWORD);

        // then
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).contains("Ditt konto har inget lösenord ännu");
        assertThat(database.count("SELECT COUNT(*) FROM staff_account WHERE username = '" + CUSTOMER_SERVICE
                        + "' AND password_hash IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void a_new_password_shorter_than_twelve_characters_is_refused_naming_its_length() {
        // given
        StaffClient here = signedIn(CUSTOMER_SERVICE);
        StaffClient elsewhere = signedIn(CUSTOMER_SERVICE);

        // when
        Page answer = change(here, "demo-" + CUSTOMER_SERVICE, "elva-tecken", "elva-tecken");

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Det nya lösenordet måste ha minst 12 tecken; det har 11.");
        assertUnchanged(elsewhere);
    }

    @Test
    void a_new_password_longer_than_128_characters_is_refused_naming_its_length() {
        // given
        StaffClient here = signedIn(CUSTOMER_SERVICE);
        String long129 = "x".repeat(129);

        // when
        Page answer = change(here, "demo-" + CUSTOMER_SERVICE, long129, long129);

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Det nya lösenordet får ha högst 128 tecken; det har 129.");
        assertUnchanged(here);
    }

    @Test
    void a_repetition_that_differs_is_refused() {
        // given
        StaffClient here = signedIn(CUSTOMER_SERVICE);

        // when
        Page answer = change(here, "demo-" + CUSTOMER_SERVICE, NEW_PASSWORD, NEW_PASSWORD + "!");

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Det nya lösenordet och upprepningen skiljer sig.");
        assertUnchanged(here);
    }

    @Test
    void the_password_form_needs_the_sessions_csrf_token() {
        // given
        StaffClient here = signedIn(CUSTOMER_SERVICE);

        // when
        Page answer = here.postRaw(
                SignInRoutes.PASSWORD,
                Map.of("current", "demo-" + CUSTOMER_SERVICE, "new", NEW_PASSWORD, "repeat", NEW_PASSWORD));

        // then
        assertThat(answer.status()).isEqualTo(403);
        assertUnchanged(here);
    }

    @Test
    void the_password_page_needs_a_session() {
        // when
        Page answer = new StaffClient(backend.baseUri()).get(SignInRoutes.PASSWORD);

        // then
        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void the_password_page_shows_the_rule() {
        // when
        Page page = signedIn(CUSTOMER_SERVICE).get(SignInRoutes.PASSWORD);

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("minst 12 och högst 128 tecken", "id=\"change-password\"");
    }

    private static Page change(StaffClient client, String current, String wanted, String repeated) {
        return client.post(SignInRoutes.PASSWORD, Map.of("current", current, "new", wanted, "repeat", repeated));
    }

    /** The old password still works, and so does the other session. */
    private void assertUnchanged(StaffClient otherSession) {
        assertThat(otherSession.get("/staff").status()).isEqualTo(200);
        assertThat(new StaffClient(backend.baseUri())
                        .signIn(CUSTOMER_SERVICE, "demo-" + CUSTOMER_SERVICE)
                        .status())
                .isEqualTo(303);
    }
}
