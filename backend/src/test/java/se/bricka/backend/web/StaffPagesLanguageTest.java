package se.bricka.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.backend.testing.TestDatabase;

/**
 * Staff pages are Swedish unless the person switches to English, the switch is kept across pages, and
 * no page in either language shows a raw key of the bundles. The language does not touch the
 * database, so this runs on the embedded one only.
 */
class StaffPagesLanguageTest extends StaffTestBase {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }

    private static StaffClient inEnglish(StaffClient client) {
        client.setCookie(Language.COOKIE, "en");
        return client;
    }

    /** Every page each role reaches, refusals and a missing page included. */
    private List<Page> everyPage(StaffClient service, StaffClient social, StaffClient caretaker, StaffClient it) {
        long apartment = apartmentId("1102");
        long resource = database.count("SELECT MIN(id) FROM resource");
        String base = "/staff/apartments/" + apartment;
        List<Page> pages = new ArrayList<>();
        for (String path : List.of(
                "/staff",
                "/staff/apartments?q=11",
                base,
                base + "/extract",
                base + "/name-board",
                "/staff/access-log",
                "/staff/no-such-page")) {
            pages.add(service.get(path));
        }
        pages.add(service.post(base + "/tags", Map.of("uid", "not-hex")));
        pages.add(social.get("/staff/access-log"));
        pages.add(social.post("/staff/access-log", Map.of("purpose", "disturbance-case", "caseReference", "Ä-1")));
        pages.add(social.post("/staff/access-log", Map.of("caseReference", "Ä-1")));
        pages.addAll(quotaGroupPages(service, caretaker));
        pages.add(it.get("/staff"));
        pages.add(it.get("/staff/door-access"));
        pages.add(it.get("/staff/devices"));
        pages.add(caretaker.get("/staff/door-access"));
        pages.add(caretaker.get("/staff/closures"));
        pages.add(caretaker.get("/staff/closures/" + resource));
        pages.add(caretaker.get("/staff/apartments"));
        return pages;
    }

    /** The booking-rule pages, a saved notice and two refused forms among them. */
    private List<Page> quotaGroupPages(StaffClient service, StaffClient caretaker) {
        long group = database.count("SELECT MIN(id) FROM quota_group");
        String property = String.valueOf(database.count("SELECT MIN(id) FROM property"));
        return List.of(
                service.get("/staff/quota-groups"),
                service.get("/staff/quota-groups/" + group + "?done=quotaGroupSaved"),
                service.post("/staff/quota-groups", Map.of("propertyId", property, "name", "Ny", "horizonDays", "400")),
                service.post(
                        "/staff/quota-groups",
                        Map.of("propertyId", property, "name", "Ny", "rollingCount", "2", "maxPerDay", "x")),
                service.post("/staff/quota-groups", Map.of("propertyId", property, "name", "Ny", "rollingCount", "2")),
                caretaker.get("/staff/quota-groups"));
    }

    private static String visibleText(Page page) {
        return page.body().replaceAll("<style>.*?</style>", "").replaceAll("<[^>]+>", " ");
    }

    private static void assertNoRawKey(Messages messages, List<Page> pages) {
        SoftAssertions softly = new SoftAssertions();
        for (Page page : pages) {
            String text = visibleText(page);
            for (String key : messages.keys()) {
                softly.assertThat(text).as(key).doesNotContain(key);
            }
        }
        softly.assertAll();
    }

    @Test
    void pages_are_swedish_by_default_and_show_no_raw_key() {
        // when
        List<Page> pages =
                everyPage(signedIn(CUSTOMER_SERVICE), signedIn(SOCIAL_UNIT), signedIn(CARETAKER), signedIn(IT_ADMIN));
        pages.add(new StaffClient(backend.baseUri()).get("/staff/sign-in"));

        // then
        assertThat(pages).allSatisfy(page -> assertThat(page.body()).contains("<html lang=\"sv\">"));
        assertThat(pages.getFirst().body()).contains("Lägenheter och passerbrickor", "Logga ut");
        assertNoRawKey(Messages.of(Language.SV), pages);
    }

    @Test
    void pages_in_english_show_no_raw_key() {
        // when
        List<Page> pages = everyPage(
                inEnglish(signedIn(CUSTOMER_SERVICE)),
                inEnglish(signedIn(SOCIAL_UNIT)),
                inEnglish(signedIn(CARETAKER)),
                inEnglish(signedIn(IT_ADMIN)));

        // then
        assertThat(pages).allSatisfy(page -> assertThat(page.body()).contains("<html lang=\"en\">"));
        assertThat(pages.getFirst().body()).contains("Apartments and tags", "Sign out");
        assertThat(pages.getLast().body()).contains("The role caretaker may not look up apartments");
        assertThat(pages)
                .anySatisfy(page -> assertThat(page.body()).contains("Doors and grants", "Staff tags", "bike room"));
        assertNoRawKey(Messages.of(Language.EN), pages);
    }

    @Test
    void the_switch_sets_the_language_for_the_following_pages_and_goes_back() {
        // given
        StaffClient service = signedIn(CUSTOMER_SERVICE);

        // when
        Page answer = service.get("/staff/language?lang=en&back=/staff/apartments");
        Page next = service.get("/staff/apartments");

        // then
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/staff/apartments");
        assertThat(answer.setCookies())
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("bricka_lang=en;").contains("Path=/staff", "HttpOnly"));
        assertThat(next.body()).contains("<html lang=\"en\">", "Apartment number", "id=\"lang-sv\"");
    }

    @Test
    void the_switch_works_before_sign_in() {
        // given
        StaffClient visitor = new StaffClient(backend.baseUri());

        // when
        visitor.get("/staff/language?lang=en&back=/staff/sign-in");
        Page signIn = visitor.get("/staff/sign-in");

        // then
        assertThat(signIn.body()).contains("Username", "Password");
    }

    @Test
    void the_switch_goes_back_only_to_a_staff_page_and_ignores_an_unknown_language() {
        // given
        StaffClient service = signedIn(CUSTOMER_SERVICE);

        // when
        Page elsewhere = service.get("/staff/language?lang=en&back=https://evil.example/staff");
        Page unknown = service.get("/staff/language?lang=xx");

        // then
        assertThat(elsewhere.header("Location")).isEqualTo("/staff");
        assertThat(unknown.header("Location")).isEqualTo("/staff");
        assertThat(service.get("/staff").body()).contains("<html lang=\"sv\">");
    }

    @Test
    void a_notice_shows_only_texts_of_the_bundle() {
        // given
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        long apartment = apartmentId("1102");

        // when
        Page known = service.get(
                "/staff/apartments/" + apartment + "?done=tagBlocked&a=%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A20001");
        Page crafted = service.get("/staff/apartments/" + apartment + "?done=Call+0701234567");

        // then
        assertThat(known.body()).contains("Bricka ••••0001 är spärrad överallt.");
        assertThat(crafted.body()).doesNotContain("0701234567").doesNotContain("class=\"notice\"");
    }

    @Test
    void the_register_extract_is_given_in_english_on_request() {
        // given
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        long apartment = apartmentId("1102");
        String request = se.bricka.backend.testing.ExtractRequestForms.record(service, apartment, "UT-1");

        // when
        Page english = service.get(request + "/extract.json?lang=en");
        Page swedish = service.get(request + "/extract.json");

        // then
        assertThat(english.body()).contains("Right to complain", "Controller");
        assertThat(swedish.body()).contains("Rätt att klaga", "Personuppgiftsansvarig");
    }

    @Test
    void the_register_extract_pdf_is_given_in_english_on_request() throws java.io.IOException {
        // given
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        long apartment = apartmentId("1102");

        // when
        Page pdf = service.get(se.bricka.backend.testing.ExtractRequestForms.record(service, apartment, "UT-1")
                + "/extract.pdf?lang=en");

        // then
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Register extract – apartment 1102", "Right to complain", "page 1");
            assertThat(text).doesNotContain("Registerutdrag", "sida 1");
        }
    }
}
