package se.bricka.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;

/** Sign-in, sessions, CSRF and throttling of the staff pages. */
public abstract class StaffSignInContract extends StaffTestBase {

    @Test
    void sign_in_sets_a_secure_http_only_same_site_session_cookie() {
        // given
        StaffClient client = new StaffClient(backend.baseUri());

        // when
        Page answer = client.signIn(CUSTOMER_SERVICE, "demo-kundtjanst");

        // then
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.setCookies())
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith(StaffGuard.COOKIE + "=")
                        .contains("Secure", "HttpOnly", "SameSite=Strict", "Path=/staff"));
        assertThat(client.get("/staff").body()).contains("Kim Kundtjänst");
    }

    @Test
    void a_wrong_password_is_refused_with_a_clear_message() {
        // given
        StaffClient client = new StaffClient(backend.baseUri());

        // when
        Page answer = client.signIn(CUSTOMER_SERVICE, "wrong");

        // then
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("Användarnamnet eller lösenordet är fel.");
        assertThat(client.cookie(StaffGuard.COOKIE)).isNull();
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes() {
        // when
        long argon = database.count(
                "SELECT COUNT(*) FROM staff_account WHERE password_hash LIKE '$argon2id$v=19$m=19456,t=2,p=1$%'");

        // then
        assertThat(argon).isEqualTo(4);
        assertThat(database.count("SELECT COUNT(*) FROM staff_account WHERE password_hash LIKE '%demo-%'"))
                .isZero();
    }

    @Test
    void a_session_id_planted_before_sign_in_is_not_the_one_after_it() {
        // given an attacker's session id, planted in the victim's browser
        StaffClient attacker = signedIn(CUSTOMER_SERVICE);
        String planted = attacker.cookie(StaffGuard.COOKIE);
        StaffClient victim = new StaffClient(backend.baseUri());
        victim.setCookie(StaffGuard.COOKIE, planted);

        // when the victim signs in
        victim.signIn(SOCIAL_UNIT, "demo-bosocial");

        // then the victim has a fresh id, and the planted one no longer works
        assertThat(victim.cookie(StaffGuard.COOKIE)).isNotEqualTo(planted);
        assertThat(attacker.get("/staff").status()).isEqualTo(401);
        assertThat(victim.get("/staff").body()).contains("Sam Bosocial");
    }

    @Test
    void a_made_up_session_id_is_not_accepted() {
        // given
        StaffClient client = new StaffClient(backend.baseUri());
        client.setCookie(StaffGuard.COOKIE, "made-up-session-id");

        // when
        Page page = client.get("/staff/apartments");

        // then
        assertThat(page.status()).isEqualTo(401);
    }

    @Test
    void sign_out_ends_the_session() {
        // given
        StaffClient client = signedIn(CUSTOMER_SERVICE);
        String id = client.cookie(StaffGuard.COOKIE);

        // when
        client.post("/staff/sign-out", Map.of());

        // then
        StaffClient replay = new StaffClient(backend.baseUri());
        replay.setCookie(StaffGuard.COOKIE, id);
        assertThat(replay.get("/staff").status()).isEqualTo(401);
    }

    @Test
    void a_form_without_the_csrf_token_is_refused_and_changes_nothing() {
        // given
        StaffClient client = signedIn(CUSTOMER_SERVICE);
        long tag = database.count("SELECT MIN(id) FROM tag WHERE status = 'ACTIVE'");

        // when
        Page answer = client.postRaw("/staff/tags/" + tag + "/block", Map.of("reason", "LOST"));

        // then
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("csrf");
        assertThat(database.count("SELECT COUNT(*) FROM tag WHERE id = " + tag + " AND status = 'ACTIVE'"))
                .isEqualTo(1);
    }

    @Test
    void a_form_with_another_sessions_csrf_token_is_refused() {
        // given
        StaffClient victim = signedIn(CUSTOMER_SERVICE);
        StaffClient attacker = signedIn(CUSTOMER_SERVICE);
        long tag = database.count("SELECT MIN(id) FROM tag WHERE status = 'ACTIVE'");

        // when
        Page answer =
                victim.postRaw("/staff/tags/" + tag + "/block", Map.of("reason", "LOST", "_csrf", attacker.csrf()));

        // then
        assertThat(answer.status()).isEqualTo(403);
        assertThat(database.count("SELECT COUNT(*) FROM tag WHERE id = " + tag + " AND status = 'ACTIVE'"))
                .isEqualTo(1);
    }

    @Test
    void the_sign_in_form_itself_needs_its_csrf_token() {
        // given
        StaffClient client = new StaffClient(backend.baseUri());

        // when
        Page answer =
                client.postRaw("/staff/sign-in", Map.of("username", CUSTOMER_SERVICE, "password", "demo-kundtjanst"));

        // then
        assertThat(answer.status()).isEqualTo(403);
        assertThat(client.cookie(StaffGuard.COOKIE)).isNull();
    }

    @Test
    void a_sign_in_form_without_the_forms_cookie_is_refused_even_with_the_token_null() {
        // given a forged form from another site: no sign-in cookie, the token the word the cookie's absence made
        StaffClient client = new StaffClient(backend.baseUri());

        // when
        Page answer = client.postRaw(
                "/staff/sign-in", Map.of("username", CUSTOMER_SERVICE, "password", "demo-kundtjanst", "_csrf", "null"));

        // then
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("csrf");
        assertThat(client.cookie(StaffGuard.COOKIE)).isNull();
        assertThat(client.get("/staff").status()).isNotEqualTo(200);
    }

    @Test
    void a_hundred_failures_for_one_account_leave_the_other_accounts_alone() {
        // given
        StaffClient client = new StaffClient(backend.baseUri());
        for (int i = 0; i < 100; i++) {
            client.signIn(IT_ADMIN, "guess-" + i);
        }

        // when the same address signs in to another account
        Page answer = client.signIn(SOCIAL_UNIT, "demo-bosocial");

        // then
        assertThat(answer.status()).isEqualTo(303);
    }

    @Test
    void without_a_provider_the_sign_in_page_offers_only_the_password() {
        // given no BRICKA_OIDC_ISSUER
        StaffClient client = new StaffClient(backend.baseUri());

        // when
        Page page = client.get("/staff/sign-in");
        Page start = client.get("/staff/sign-in/oidc");

        // then
        assertThat(page.body()).doesNotContain("sign-in-oidc", "Logga in med");
        assertThat(start.status()).isEqualTo(404);
    }
}
