package se.bricka.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffTestBase;

/** IT administration's Staff accounts page and the Devices page's new-device form, over real HTTP. */
abstract class StaffAccountPagesContract extends StaffTestBase {

    private static final String GOOD = "fyra gröna cyklar i förrådet";

    private static String linkPath(String html) {
        Matcher matcher =
                Pattern.compile("(/staff/sign-in-link/[A-Za-z0-9_-]+)").matcher(html);
        assertThat(matcher.find()).as(html).isTrue();
        return matcher.group(1);
    }

    private StaffClient.Page setPassword(String path, String password, String repeat) {
        return new StaffClient(backend.baseUri()).postRaw(path, Map.of("password", password, "repeat", repeat));
    }

    private StaffClient.Page addAccount(StaffClient admin, String username, String role) {
        return admin.post(
                "/staff/accounts",
                Map.of("username", username, "displayName", "Kim Ny", "role", role, "property", "Kvarteret Lärkan"));
    }

    @Test
    void it_administration_adds_an_account_whose_link_sets_the_password() {
        // given IT administration signed in
        StaffClient admin = signedIn(IT_ADMIN);

        // when it adds an account and its person uses the link
        StaffClient.Page added = addAccount(admin, "kim", "CARETAKER");
        String link = linkPath(added.body());
        StaffClient.Page set = setPassword(link, GOOD, GOOD);

        // then the account signs in, and the page lists it with its role and property
        assertThat(added.status()).isEqualTo(200);
        assertThat(set.status()).isEqualTo(200);
        assertThat(new StaffClient(backend.baseUri()).signIn("kim", GOOD).status())
                .isEqualTo(303);
        String list = admin.get("/staff/accounts").body();
        assertThat(list).contains("kim").contains("Kvarteret Lärkan");
        assertThat(database.count(
                        "SELECT COUNT(*) FROM admin_audit WHERE action = 'STAFF_ADDED' AND actor = 'it-admin'"))
                .isEqualTo(1);
    }

    @Test
    void other_roles_are_refused_the_accounts_page_and_add_nothing() {
        // given customer service signed in
        StaffClient service = signedIn(CUSTOMER_SERVICE);

        // when it opens the page or posts the form
        StaffClient.Page page = service.get("/staff/accounts");
        StaffClient.Page post = addAccount(service, "mallory", "IT_ADMINISTRATION");

        // then both are 403 and no account was added
        assertThat(page.status()).isEqualTo(403);
        assertThat(post.status()).isEqualTo(403);
        assertThat(database.count("SELECT COUNT(*) FROM staff_account WHERE username = 'mallory'"))
                .isZero();
    }

    @Test
    void a_weak_or_mismatched_password_is_refused_and_the_link_stays_open() {
        // given a new account's link
        String link =
                linkPath(addAccount(signedIn(IT_ADMIN), "kim", "CARETAKER").body());

        // when the person tries a short one, a common one and two different ones
        StaffClient.Page tooShort = setPassword(link, "kort", "kort");
        StaffClient.Page common = setPassword(link, "Sommar2026!!", "Sommar2026!!");
        StaffClient.Page mismatch = setPassword(link, GOOD, GOOD + "x");

        // then each is 400 with its reason, nothing was set, and the link still works
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(common.status()).isEqualTo(400);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(database.count(
                        "SELECT COUNT(*) FROM staff_account WHERE username = 'kim' AND password_hash IS NOT NULL"))
                .isZero();
        assertThat(setPassword(link, GOOD, GOOD).status()).isEqualTo(200);
    }

    @Test
    void disabling_an_account_ends_its_session_and_its_sign_in() {
        // given customer service signed in
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        StaffClient admin = signedIn(IT_ADMIN);

        // when IT administration disables it
        StaffClient.Page disabled = admin.post("/staff/accounts/" + CUSTOMER_SERVICE + "/disable", Map.of());

        // then its open session no longer works and it cannot sign in again
        assertThat(disabled.status()).isEqualTo(303);
        assertThat(service.get("/staff/apartments?q=11").status()).isEqualTo(401);
        assertThat(new StaffClient(backend.baseUri())
                        .signIn(CUSTOMER_SERVICE, "demo-" + CUSTOMER_SERVICE)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void an_account_of_the_sign_in_provider_cannot_be_reset_to_a_local_password() {
        // given an account the OpenID Connect provider made at its first sign-in
        database.update("INSERT INTO staff_account (username, display_name, staff_role, password_hash)"
                + " VALUES ('oidc-0123456789abcdef', 'Kim Entra', 'CUSTOMER_SERVICE', '!oidc')");
        database.update("INSERT INTO staff_oidc_identity (issuer, subject, staff_id, properties, first_seen_at,"
                + " last_seen_at) SELECT 'http://127.0.0.1/entra', 'subject-kim', id, 'larkan', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP FROM staff_account WHERE username = 'oidc-0123456789abcdef'");
        StaffClient admin = signedIn(IT_ADMIN);

        // when IT administration resets it
        StaffClient.Page reset = admin.post("/staff/accounts/oidc-0123456789abcdef/reset", Map.of());

        // then it is refused with a sentence, and no link or password was made
        assertThat(reset.status()).isEqualTo(409);
        assertThat(reset.body()).contains("loggar in via inloggningstjänsten");
        assertThat(database.count("SELECT COUNT(*) FROM staff_account WHERE username = 'oidc-0123456789abcdef'"
                        + " AND password_hash = '!oidc'"))
                .isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM staff_sign_in_link l JOIN staff_account a"
                        + " ON a.id = l.staff_id WHERE a.username = 'oidc-0123456789abcdef'"))
                .isZero();
        assertThat(database.count("SELECT COUNT(*) FROM admin_audit WHERE action = 'STAFF_RESET'"))
                .isZero();
    }

    @Test
    void ending_sessions_signs_the_account_out_everywhere() {
        // given the caretaker signed in twice
        StaffClient first = signedIn(CARETAKER);
        StaffClient second = signedIn(CARETAKER);

        // when IT administration ends its sessions
        StaffClient.Page ended = signedIn(IT_ADMIN).post("/staff/accounts/" + CARETAKER + "/end-sessions", Map.of());

        // then both are signed out, and signing in again works
        assertThat(ended.status()).isEqualTo(303);
        assertThat(first.get("/staff").status()).isEqualTo(401);
        assertThat(second.get("/staff").status()).isEqualTo(401);
        assertThat(signedIn(CARETAKER)).isNotNull();
    }

    @Test
    void the_last_it_administration_account_cannot_be_disabled() {
        // when the only IT administration account disables itself
        StaffClient admin = signedIn(IT_ADMIN);
        StaffClient.Page refused = admin.post("/staff/accounts/" + IT_ADMIN + "/disable", Map.of());

        // then it is refused and it still works
        assertThat(refused.status()).isEqualTo(409);
        assertThat(admin.get("/staff/accounts").status()).isEqualTo(200);
    }

    @Test
    void a_device_added_on_the_devices_page_gets_its_enrollment_code() {
        // given IT administration on the Devices page
        StaffClient admin = signedIn(IT_ADMIN);
        assertThat(admin.get("/staff/devices").body()).contains("add-device");

        // when it adds a door controller, and then one with a bad id
        StaffClient.Page added = admin.post(
                "/staff/devices/new",
                Map.of(
                        "deviceId",
                        "door-cykel-2",
                        "name",
                        "Cykelrum 2",
                        "property",
                        "Kvarteret Lärkan",
                        "kind",
                        "door"));
        StaffClient.Page bad = admin.post(
                "/staff/devices/new",
                Map.of("deviceId", "Door 2!", "name", "X", "property", "Kvarteret Lärkan", "kind", "door"));

        // then the first shows a code and is audited; the second is 400 and adds nothing
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).containsPattern("\\d{4} \\d{4} \\d{4}");
        assertThat(database.count("SELECT COUNT(*) FROM device WHERE device_id = 'door-cykel-2' AND kind = 'door'"))
                .isEqualTo(1);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(database.count("SELECT COUNT(*) FROM admin_audit WHERE action = 'DEVICE_ADDED'"))
                .isEqualTo(1);
    }
}
