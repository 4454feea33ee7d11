package se.bricka.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.HeadlessChromium;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.backend.testing.TestDatabase;
import se.bricka.core.wire.ApiPaths;

/**
 * The flows a person walks, in real headless Chromium: block a tag; read the log with a purpose; switch
 * the pages to English; close a laundry room as the caretaker; record a tenant's extract request; look
 * at the audit trail.
 */
class StaffBrowserTest extends StaffTestBase {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium chromium;
    private WebDriver browser;

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }

    @BeforeEach
    void openBrowser() {
        chromium = HeadlessChromium.open();
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private void open(String path) {
        browser.get(backend.baseUri().resolve(path).toString());
    }

    private void signIn(String username) {
        open("/staff/sign-in");
        screenshot("sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo-" + username);
        browser.findElement(By.id("sign-in")).click();
        // The form posts and redirects to the start page; navigating on before that lands would race the
        // session cookie, so wait for the page that only a signed-in person sees.
        browser.findElement(By.id("tasks"));
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void customer_service_blocks_a_lost_tag_and_the_board_refuses_it() {
        // given
        signIn(CUSTOMER_SERVICE);
        screenshot("start-customer-service");
        browser.findElement(By.linkText("Lägenheter och passerbrickor")).click();
        browser.findElement(By.id("q")).sendKeys("1102");
        browser.findElement(By.id("find")).click();
        browser.findElement(By.linkText("1102")).click();
        screenshot("apartment-before-block");
        long tag = database.count("SELECT MIN(id) FROM tag WHERE apartment_id = " + apartmentId("1102"));

        // when
        new Select(browser.findElement(By.id("reason-" + tag))).selectByValue("LOST");
        browser.findElement(By.id("block-" + tag)).click();

        // then
        screenshot("apartment-after-block");
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("är spärrad överallt");
        assertThat(browser.findElement(By.id("tags")).getText()).contains("SPÄRRAD (Borttappad)");
        assertThat(board.post(ApiPaths.DEVICE_IDENTIFY, "{\"tagHash\":\"" + DemoTags.APARTMENT_1102 + "\"}", Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void the_social_housing_unit_reads_the_log_after_choosing_a_purpose_and_the_read_is_recorded() {
        // given
        board.post(
                ApiPaths.DEVICE_ACCESS_EVENTS,
                "{\"events\":[{\"eventId\":\"e1\",\"doorId\":\"lg4-laundry-a\","
                        + "\"occurredAt\":\"2026-11-25T07:15:00Z\",\"apartmentId\":" + apartmentId("1102")
                        + ",\"reason\":\"no-booking-now\"}]}",
                Map.of());
        signIn(SOCIAL_UNIT);
        browser.findElement(By.linkText("Passagelogg")).click();
        screenshot("access-log-form");

        // when
        new Select(browser.findElement(By.id("purpose"))).selectByValue("disturbance-case");
        browser.findElement(By.id("caseReference")).sendKeys("Ä-2026-0117");
        browser.findElement(By.id("apartment")).sendKeys("1102");
        browser.findElement(By.id("read")).click();

        // then
        screenshot("access-log-result");
        assertThat(browser.findElement(By.id("read-mark")).getText())
                .contains("Störningsärende enligt hyreslagen", "Ä-2026-0117", "Händelser: 1");
        assertThat(browser.findElement(By.id("events")).getText()).contains("laundry-a", "no-booking-now");
        assertThat(database.count("SELECT COUNT(*) FROM log_read_audit WHERE case_reference = 'Ä-2026-0117'"
                        + " AND outcome = 'ALLOWED' AND rows_returned = 1"))
                .isEqualTo(1);
    }

    @Test
    void the_log_form_offers_only_the_purposes_of_the_role() {
        // given
        signIn(IT_ADMIN);

        // when
        open("/staff/access-log");

        // then
        screenshot("access-log-form-it");
        assertThat(new Select(browser.findElement(By.id("purpose"))).getOptions())
                .extracting(option -> option.getDomAttribute("value"))
                .containsExactly("", "technical-fault");
    }

    @Test
    void a_role_without_log_access_sees_a_clear_refusal() {
        // given
        signIn(CUSTOMER_SERVICE);

        // when
        open("/staff/access-log");

        // then
        screenshot("access-log-refused");
        assertThat(browser.findElement(By.cssSelector("p.error")).getText())
                .contains("Rollen kundtjänst får inte läsa passageloggen");
    }

    @Test
    void a_member_of_staff_switches_to_english_and_the_choice_holds_on_the_next_pages() {
        // given
        signIn(CUSTOMER_SERVICE);
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Lägenheter och passerbrickor");

        // when
        browser.findElement(By.id("lang-en")).click();
        browser.findElement(By.linkText("Apartments and tags")).click();

        // then
        screenshot("apartments-english");
        assertThat(browser.findElement(By.cssSelector("label[for=q]")).getText())
                .isEqualTo("Apartment number");
        assertThat(browser.findElement(By.id("sign-out")).getText()).isEqualTo("Sign out");

        // and back to Swedish
        browser.findElement(By.id("lang-sv")).click();
        assertThat(browser.findElement(By.cssSelector("label[for=q]")).getText())
                .isEqualTo("Lägenhetsnummer");
    }

    @Test
    void the_caretaker_closes_a_laundry_room_and_ends_the_closure_early() {
        // given
        long laundry = database.count("SELECT MIN(id) FROM resource");
        board.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":%d,\"date\":\"2026-11-26\",\"start\":\"07:00\"}".formatted(laundry),
                Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102));
        signIn(CARETAKER);
        screenshot("start-caretaker");
        browser.findElement(By.linkText("Avstängningar")).click();
        browser.findElement(By.cssSelector("#objects a")).click();

        // when
        // What a person types into a date-time field depends on the browser's locale; the value does not.
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]", browser.findElement(By.id("from")), "2026-11-26T06:00");
        browser.findElement(By.id("reason")).sendKeys("Vattenskada, tekniker kommer");
        browser.findElement(By.id("close")).click();

        // then
        screenshot("closures-caretaker");
        assertThat(browser.findElement(By.id("closures")).getText())
                .contains("Vattenskada", "tills vidare", "1102 (2026-11-26 07:00–10:00)");

        // and when ended
        browser.findElement(By.cssSelector("#closures button")).click();
        assertThat(browser.findElement(By.id("no-closures")).isDisplayed()).isTrue();
    }

    @Test
    void customer_service_records_the_tenants_request_before_the_extract_can_be_downloaded() {
        // given
        signIn(CUSTOMER_SERVICE);
        open("/staff/apartments/" + apartmentId("1102"));
        browser.findElement(By.linkText("Registerutdrag")).click();
        assertThat(browser.findElements(By.id("extract-pdf-sv"))).isEmpty();

        // when
        browser.findElement(By.id("requestedBy")).sendKeys("Hyresgästen");
        new Select(browser.findElement(By.id("channel"))).selectByValue("IN_PERSON");
        browser.findElement(By.id("caseReference")).sendKeys("UT-2026-0042");
        screenshot("extract-request-form");
        browser.findElement(By.id("record-request")).click();

        // then
        screenshot("extract-request-recorded");
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("Begäran är registrerad");
        assertThat(browser.findElement(By.id("request")).getText())
                .contains("Hyresgästen", "personligen", "UT-2026-0042");
        assertThat(browser.findElement(By.id("extract-pdf-sv")).getDomAttribute("href"))
                .endsWith("extract.pdf?lang=sv");
    }

    @Test
    void it_administration_sees_who_read_the_log_and_why_on_the_audit_page() {
        // given
        board.post(
                ApiPaths.DEVICE_ACCESS_EVENTS,
                "{\"events\":[{\"eventId\":\"e1\",\"doorId\":\"lg4-laundry-a\","
                        + "\"occurredAt\":\"2026-11-25T07:15:00Z\",\"apartmentId\":" + apartmentId("1102")
                        + ",\"reason\":\"no-booking-now\"}]}",
                Map.of());
        signedIn(SOCIAL_UNIT)
                .post(
                        "/staff/access-log",
                        Map.of("purpose", "disturbance-case", "caseReference", "Ä-2026-0117", "apartment", "1102"));
        signIn(IT_ADMIN);

        // when
        browser.findElement(By.linkText("Granskningslogg")).click();

        // then
        screenshot("audit-page");
        assertThat(browser.findElement(By.id("audit")).getText())
                .contains("bosocial", "läsning av passageloggen", "Ä-2026-0117", "lägenhet 1102");
    }
}
