package se.bricka.backend.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.HeadlessChromium;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.backend.testing.TestDatabase;
import se.bricka.core.demo.DemoEstate;

/**
 * The statistics page in real headless Chromium at desktop and phone width, over eight weeks of
 * made-up bookings: the chart and table show, the page does not scroll sideways, and the screenshots
 * land in {@code target/screenshots} (copied to {@code docs/screenshots} by hand).
 */
class StatisticsBrowserTest extends StaffTestBase {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<Integer> STARTS = List.of(7, 10, 13, 16, 19);

    private HeadlessChromium chromium;
    private WebDriver browser;

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }

    @BeforeEach
    void openBrowser() {
        chromium = HeadlessChromium.open("--hide-scrollbars");
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Eight weeks of bookings of Tvättstuga A: evenings and weekends busier; Tuesday mornings rare. */
    private void seedEightWeeks(long laundry) throws SQLException {
        Random random = new Random(14);
        List<Long> households = new ArrayList<>();
        DemoEstate.apartmentLabels().forEach(label -> households.add(apartmentId(label)));
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO booking (resource_id, slot_date, slot_start, slot_end, apartment_id, status,"
                                + " active, created_at, checked_in_at, released_at, cancelled_at) VALUES"
                                + " (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?, ?, ?)");
                // What the first check-in counts (see CheckIns); each seeded slot is booked once.
                PreparedStatement use = connection.prepareStatement(
                        "INSERT INTO slot_usage (resource_id, slot_date, slot_start, slot_end, used)"
                                + " VALUES (?, ?, ?, ?, 1)")) {
            LocalDate today = LocalDate.ofInstant(NOW, STOCKHOLM);
            for (LocalDate day = today.minusDays(56); day.isBefore(today); day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                for (int start : STARTS) {
                    boolean rare = day.getDayOfWeek() == DayOfWeek.TUESDAY && start == 7;
                    double chance = rare ? 0.4 : (start >= 16 || weekend ? 0.95 : 0.45 + start / 40.0);
                    if (random.nextDouble() > chance) {
                        continue;
                    }
                    List<Long> pool = rare ? households.subList(0, 3) : households;
                    long household = pool.get(random.nextInt(pool.size()));
                    double fate = random.nextDouble();
                    String status = fate < 0.1 ? "CANCELLED" : fate < (start == 7 ? 0.35 : 0.2) ? "RELEASED" : "ACTIVE";
                    boolean active = status.equals("ACTIVE");
                    insert.setLong(1, laundry);
                    insert.setDate(2, Date.valueOf(day));
                    insert.setTime(3, Time.valueOf(LocalTime.of(start, 0)));
                    insert.setTime(4, Time.valueOf(LocalTime.of(start + 3, 0)));
                    insert.setLong(5, household);
                    insert.setString(6, status);
                    insert.setObject(7, active ? Boolean.TRUE : null, java.sql.Types.BOOLEAN);
                    insert.setObject(
                            8, active ? java.time.OffsetDateTime.now() : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(
                            9,
                            status.equals("RELEASED") ? java.time.OffsetDateTime.now() : null,
                            java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(
                            10,
                            status.equals("CANCELLED") ? java.time.OffsetDateTime.now() : null,
                            java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.addBatch();
                    if (active) {
                        use.setLong(1, laundry);
                        use.setDate(2, Date.valueOf(day));
                        use.setTime(3, Time.valueOf(LocalTime.of(start, 0)));
                        use.setTime(4, Time.valueOf(LocalTime.of(start + 3, 0)));
                        use.addBatch();
                    }
                }
            }
            insert.executeBatch();
            use.executeBatch();
        }
        Collections.shuffle(households, random);
    }

    private void signIn() {
        browser.get(backend.baseUri().resolve("/staff/sign-in").toString());
        browser.findElement(By.id("username")).sendKeys(CUSTOMER_SERVICE);
        browser.findElement(By.id("password")).sendKeys("demo-" + CUSTOMER_SERVICE);
        browser.findElement(By.id("sign-in")).click();
        browser.findElement(By.id("tasks"));
    }

    /** Resizes to {@code width} and the page's full height, then saves the screenshot. */
    private void screenshot(String name, int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        long height =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, (int) height + 100));
        Files.createDirectories(SCREENSHOTS);
        Files.write(
                SCREENSHOTS.resolve("staff-statistics-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Files.write(
                SCREENSHOTS.resolve("staff-statistics-" + name + "-chart.png"),
                browser.findElement(By.tagName("svg")).getScreenshotAs(OutputType.BYTES));
    }

    private long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    @Test
    void the_statistics_page_shows_chart_and_table_without_sideways_scrolling_on_desktop_and_phone() throws Exception {
        // given
        long laundry = database.count("SELECT id FROM resource WHERE name = '" + DemoEstate.LAUNDRY_ROOM_NAME + "'");
        seedEightWeeks(laundry);
        signIn();

        // when
        browser.findElement(By.cssSelector("a[href='/staff/statistics']")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("object")))
                .selectByValue(Long.toString(laundry));
        browser.findElement(By.id("show")).click();

        // then
        assertThat(browser.findElement(By.id("chart-" + laundry)).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("table-" + laundry)).getText()).contains("Måndag", "Söndag", " %");
        assertThat(browser.getPageSource()).contains("–");
        screenshot("desktop", 1280);
        assertThat(horizontalOverflow()).as("desktop").isLessThanOrEqualTo(0);
        screenshot("phone", 390);
        assertThat(horizontalOverflow()).as("phone").isLessThanOrEqualTo(0);
    }
}
