package se.bricka.backend.staff.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.bricka.backend.staff.SignInRoutes;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;

/**
 * Staff sign-in through a real OpenID Connect provider (mock-oauth2-server) started for the tests: the
 * whole redirect dance over HTTP, with a cookie-keeping client that follows redirects by hand.
 */
public abstract class OidcSignInContract extends StaffTestBase {

    private static final String ISSUER_ID = "bricka";
    private static final String CLIENT_ID = "bricka-staff";
    private static MockOAuth2Server provider;

    /** While set, the provider publishes a key set of another key than the one it signs with. */
    private static volatile boolean forgedKeys;

    @BeforeAll
    static void startProvider() throws IOException, JOSEException {
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(ISSUER_ID).generate();
        provider = new MockOAuth2Server(new OtherKeySet(otherKey.toPublicJWK().toJSONString()));
        provider.start();
        System.setProperty(OidcSettings.ISSUER, provider.issuerUrl(ISSUER_ID).toString());
        System.setProperty(OidcSettings.CLIENT_ID, CLIENT_ID);
        System.setProperty(OidcSettings.CLIENT_SECRET, "client-secret-for-tests");
        System.setProperty(OidcSettings.PROVIDER_NAME, "Entra ID");
        System.setProperty(OidcSettings.ROLE_CLAIM, "roles");
        System.setProperty(
                OidcSettings.ROLE_MAP, "Bricka.CustomerService=CUSTOMER_SERVICE,Bricka.IT=IT_ADMINISTRATION");
        System.setProperty(OidcSettings.PROPERTY_CLAIM, "properties");
    }

    @AfterEach
    void publishTheRealKeys() {
        forgedKeys = false;
    }

    @AfterAll
    static void stopProvider() throws IOException {
        for (String name : List.of(
                OidcSettings.ISSUER,
                OidcSettings.CLIENT_ID,
                OidcSettings.CLIENT_SECRET,
                OidcSettings.PROVIDER_NAME,
                OidcSettings.ROLE_CLAIM,
                OidcSettings.ROLE_MAP,
                OidcSettings.PROPERTY_CLAIM)) {
            System.clearProperty(name);
        }
        provider.shutdown();
    }

    @Test
    void the_sign_in_page_offers_the_provider() {
        // when
        Page page = new StaffClient(backend.baseUri()).get("/staff/sign-in");

        // then
        assertThat(page.body()).contains("id=\"sign-in-oidc\"", "Logga in med Entra ID");
    }

    @Test
    void the_way_to_the_provider_carries_state_nonce_and_a_pkce_challenge() {
        // when
        Page answer = new StaffClient(backend.baseUri()).get(OidcRoutes.START);

        // then
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location"))
                .startsWith(provider.authorizationEndpointUrl(ISSUER_ID).toString())
                .contains(
                        "state=", "nonce=", "code_challenge=", "code_challenge_method=S256", "client_id=" + CLIENT_ID);
        assertThat(answer.setCookies())
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith(OidcRoutes.COOKIE + "=")
                        .contains("HttpOnly", "SameSite=Lax", "Path=" + OidcRoutes.START));
    }

    @Test
    void a_first_sign_in_creates_a_staff_account_with_the_claimed_role_and_properties() {
        // given
        provider.enqueueCallback(person("subject-kim", List.of("Bricka.CustomerService"), "Kim Entra"));
        StaffClient browser = new StaffClient(backend.baseUri());

        // when
        Page answer = dance(browser);

        // then
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/staff");
        Page home = browser.get("/staff");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Kim Entra (kundtjänst)");
        assertThat(database.count("SELECT COUNT(*) FROM staff_account a JOIN staff_oidc_identity i"
                        + " ON i.staff_id = a.id WHERE i.subject = 'subject-kim'"
                        + " AND a.staff_role = 'CUSTOMER_SERVICE' AND i.properties = 'larkan'"))
                .isEqualTo(1);
    }

    @Test
    void the_claimed_role_gives_that_roles_rights_and_no_more() {
        // given
        provider.enqueueCallback(person("subject-kim", List.of("Bricka.CustomerService"), "Kim Entra"));
        StaffClient browser = new StaffClient(backend.baseUri());

        // when
        dance(browser);

        // then customer service may look up apartments but not read the access log
        assertThat(browser.get("/staff/apartments").status()).isEqualTo(200);
        assertThat(browser.get("/staff/access-log").status()).isEqualTo(403);
    }

    @Test
    void a_later_sign_in_follows_a_changed_role_claim_on_the_same_account() {
        // given
        provider.enqueueCallback(person("subject-kim", List.of("Bricka.CustomerService"), "Kim Entra"));
        dance(new StaffClient(backend.baseUri()));
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        provider.enqueueCallback(person("subject-kim", List.of("Bricka.IT"), "Kim Entra"));
        StaffClient browser = new StaffClient(backend.baseUri());
        dance(browser);

        // then
        assertThat(database.count("SELECT COUNT(*) FROM staff_account")).isEqualTo(accounts);
        assertThat(browser.get("/staff").body()).contains("Kim Entra (IT-förvaltning)");
    }

    @Test
    void a_disabled_account_is_refused_and_changes_nothing() {
        // given an account an administrator disabled after its first sign-in
        provider.enqueueCallback(person("subject-kim", List.of("Bricka.CustomerService"), "Kim Entra"));
        dance(new StaffClient(backend.baseUri()));
        database.update("UPDATE staff_account SET disabled_at = CURRENT_TIMESTAMP WHERE display_name = 'Kim Entra'");
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");
        long sessions = database.count("SELECT COUNT(*) FROM staff_session");

        // when the provider still vouches for the person, now with another role
        provider.enqueueCallback(person("subject-kim", List.of("Bricka.IT"), "Kim Renamed"));
        StaffClient browser = new StaffClient(backend.baseUri());
        Page answer = dance(browser);

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Ditt Bricka-konto är avstängt");
        assertThat(browser.cookie(StaffGuard.COOKIE)).isNull();
        assertThat(database.count("SELECT COUNT(*) FROM staff_account")).isEqualTo(accounts);
        assertThat(database.count("SELECT COUNT(*) FROM staff_account WHERE display_name = 'Kim Entra'"
                        + " AND staff_role = 'CUSTOMER_SERVICE' AND disabled_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM staff_session")).isEqualTo(sessions);
    }

    @Test
    void a_token_without_the_role_claim_is_refused_and_creates_nothing() {
        // given
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER_ID, "subject-norole", "JWT", null, Map.of("name", "No Role"), 3600));
        StaffClient browser = new StaffClient(backend.baseUri());
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = dance(browser);

        // then
        assertRefused(browser, answer, accounts, "ingen roll i Bricka (anspråket ”roles”)");
    }

    @Test
    void a_token_with_only_unknown_role_values_is_refused_and_creates_nothing() {
        // given
        provider.enqueueCallback(person("subject-other", List.of("Some.Other.App"), "Other App"));
        StaffClient browser = new StaffClient(backend.baseUri());
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = dance(browser);

        // then
        assertRefused(browser, answer, accounts, "ingen roll i Bricka");
    }

    @Test
    void a_token_with_two_bricka_roles_is_refused_rather_than_guessed() {
        // given
        provider.enqueueCallback(person("subject-two", List.of("Bricka.CustomerService", "Bricka.IT"), "Two"));
        StaffClient browser = new StaffClient(backend.baseUri());
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = dance(browser);

        // then
        assertRefused(browser, answer, accounts, "mer än en roll i Bricka");
    }

    @Test
    void a_callback_with_another_state_is_refused() {
        // given
        StaffClient browser = new StaffClient(backend.baseUri());
        String callback = toProviderAndBack(browser);
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = browser.get(callback.replaceFirst("state=[^&]+", "state=made-up-state"));

        // then
        assertRefused(browser, answer, accounts, "startades inte här, eller är redan använd");
    }

    @Test
    void a_callback_in_a_browser_that_did_not_start_the_sign_in_is_refused() {
        // given a sign-in started by an attacker, whose callback the victim is made to open
        String callback = toProviderAndBack(new StaffClient(backend.baseUri()));
        StaffClient victim = new StaffClient(backend.baseUri());
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = victim.get(callback);

        // then
        assertRefused(victim, answer, accounts, "startades inte här");
    }

    @Test
    void a_replayed_callback_is_refused() {
        // given a sign-in that went through
        provider.enqueueCallback(person("subject-kim", List.of("Bricka.CustomerService"), "Kim Entra"));
        StaffClient browser = new StaffClient(backend.baseUri());
        Page form = browser.get(OidcRoutes.START);
        String cookie = browser.cookie(OidcRoutes.COOKIE);
        String callback = browser.get(form.header("Location")).header("Location");
        assertThat(browser.get(callback).status()).isEqualTo(303);
        long sessions = database.count("SELECT COUNT(*) FROM staff_session");

        // when the same code and state come again, with the same cookie
        StaffClient replay = new StaffClient(backend.baseUri());
        replay.setCookie(OidcRoutes.COOKIE, cookie);
        Page answer = replay.get(callback);

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("redan använd");
        assertThat(replay.cookie(StaffGuard.COOKIE)).isNull();
        assertThat(database.count("SELECT COUNT(*) FROM staff_session")).isEqualTo(sessions);
    }

    @Test
    void an_id_token_from_another_issuer_is_refused() {
        // given
        provider.enqueueCallback(person(
                "subject-kim", List.of("Bricka.CustomerService"), "Kim Entra", "iss", "http://127.0.0.1:1/evil"));
        StaffClient browser = new StaffClient(backend.baseUri());
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = dance(browser);

        // then
        assertRefused(browser, answer, accounts, "gick inte att kontrollera");
    }

    @Test
    void an_id_token_for_another_client_is_refused() {
        // given
        provider.enqueueCallback(
                person("subject-kim", List.of("Bricka.CustomerService"), "Kim Entra", "aud", "another-client"));
        StaffClient browser = new StaffClient(backend.baseUri());
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = dance(browser);

        // then
        assertRefused(browser, answer, accounts, "gick inte att kontrollera");
    }

    @Test
    void an_id_token_with_another_nonce_is_refused() {
        // given
        provider.enqueueCallback(
                person("subject-kim", List.of("Bricka.CustomerService"), "Kim Entra", "nonce", "another-nonce"));
        StaffClient browser = new StaffClient(backend.baseUri());
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = dance(browser);

        // then
        assertRefused(browser, answer, accounts, "gick inte att kontrollera");
    }

    @Test
    void an_id_token_whose_signature_the_providers_key_set_does_not_verify_is_refused() {
        // given
        forgedKeys = true;
        provider.enqueueCallback(person("subject-kim", List.of("Bricka.CustomerService"), "Kim Entra"));
        StaffClient browser = new StaffClient(backend.baseUri());
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = dance(browser);

        // then
        assertRefused(browser, answer, accounts, "gick inte att kontrollera");
    }

    @Test
    void an_expired_id_token_is_refused() {
        // given a token that expired ten minutes ago (beyond any allowed clock skew)
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER_ID,
                "subject-kim",
                "JWT",
                null,
                Map.of("roles", List.of("Bricka.CustomerService"), "name", "Kim Entra"),
                -600));
        StaffClient browser = new StaffClient(backend.baseUri());
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = dance(browser);

        // then
        assertRefused(browser, answer, accounts, "gick inte att kontrollera");
    }

    @Test
    void a_provider_that_says_no_signs_nobody_in() {
        // given
        StaffClient browser = new StaffClient(backend.baseUri());
        String callback = toProviderAndBack(browser);
        String state = URI.create(callback).getRawQuery().replaceFirst(".*state=([^&]+).*", "$1");
        long accounts = database.count("SELECT COUNT(*) FROM staff_account");

        // when
        Page answer = browser.get(OidcRoutes.CALLBACK + "?state=" + state + "&error=access_denied");

        // then
        assertRefused(browser, answer, accounts, "loggade inte in dig");
    }

    @Test
    void an_oidc_account_has_no_password_to_sign_in_with() {
        // given
        provider.enqueueCallback(person("subject-kim", List.of("Bricka.CustomerService"), "Kim Entra"));
        dance(new StaffClient(backend.baseUri()));
        String username = OidcAccounts.usernameOf(provider.issuerUrl(ISSUER_ID).toString(), "subject-kim");

        // when
        Page answer = new StaffClient(backend.baseUri()).signIn(username, OidcAccounts.NO_PASSWORD);

        // then
        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void an_oidc_account_has_no_password_here_to_change() {
        // given
        provider.enqueueCallback(person("subject-kim", List.of("Bricka.CustomerService"), "Kim Entra"));
        StaffClient browser = new StaffClient(backend.baseUri());
        dance(browser);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(browser.get(SignInRoutes.PASSWORD).body());
        assertThat(csrf.find()).isTrue();

        // when
        Page answer = browser.postRaw(
                SignInRoutes.PASSWORD,
                Map.of(
                        "_csrf",
                        csrf.group(1),
                        "current",
                        OidcAccounts.NO_PASSWORD,
                        "new",
                        "lingon-vinter-2026",
                        "repeat",
                        "lingon-vinter-2026"));

        // then
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).contains("har inget lösenord här");
        assertThat(database.count(
                        "SELECT COUNT(*) FROM staff_account WHERE password_hash = '" + OidcAccounts.NO_PASSWORD + "'"))
                .isEqualTo(1);
    }

    /** Sign-in page → provider → callback; returns the backend's answer to the callback. */
    private static Page dance(StaffClient browser) {
        return browser.get(toProviderAndBack(browser));
    }

    /** Starts a sign-in and lets the provider answer; returns the callback URL it sends the browser to. */
    private static String toProviderAndBack(StaffClient browser) {
        Page start = browser.get(OidcRoutes.START);
        assertThat(start.status()).isEqualTo(303);
        Page atProvider = browser.get(start.header("Location"));
        assertThat(atProvider.status()).isEqualTo(302);
        String callback = atProvider.header("Location");
        assertThat(callback).contains(OidcRoutes.CALLBACK, "code=", "state=");
        return callback;
    }

    private void assertRefused(StaffClient browser, Page answer, long accountsBefore, String sentence) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains(sentence);
        assertThat(browser.cookie(StaffGuard.COOKIE)).isNull();
        assertThat(database.count("SELECT COUNT(*) FROM staff_account")).isEqualTo(accountsBefore);
        assertThat(database.count("SELECT COUNT(*) FROM staff_oidc_identity")).isZero();
    }

    private static DefaultOAuth2TokenCallback person(String subject, List<String> roles, String name, String... more) {
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("roles", roles);
        claims.put("name", name);
        claims.put("properties", List.of("larkan"));
        for (int i = 0; i + 1 < more.length; i += 2) {
            claims.put(more[i], more[i + 1]);
        }
        return new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, 3600);
    }

    /** Answers the key set request with another key while {@link #forgedKeys} is set. */
    private static final class OtherKeySet implements Route {

        private final String keySet;

        OtherKeySet(String publicKey) {
            this.keySet = "{\"keys\":[" + publicKey + "]}";
        }

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return forgedKeys && request.getUrl().encodedPath().equals("/" + ISSUER_ID + "/jwks");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, keySet, null);
        }
    }
}
