package se.bricka.backend.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.backend.web.Language;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ApiPaths;

/**
 * The landlord's statistics over real HTTP: counts per object and slot of the week, cells of fewer
 * than 5 households withheld on the page and in the CSV, no apartment anywhere, and who may see it.
 * The clock stands at Wednesday 2026-11-25, so the default period is 2026-09-30 to 2026-11-24.
 */
abstract class StatisticsStaffPagesContract extends StaffTestBase {

    /** Mondays before today, the latest first. */
    private static final List<LocalDate> MONDAYS = List.of(
            LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 11, 16),
            LocalDate.of(2026, 11, 9),
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 10, 26),
            LocalDate.of(2026, 10, 19));

    private static final String MONDAY_ROW = "Måndag</th></tr><tr><th scope=\"row\">07\u2060–\u206010</th>"
            + "<td>6</td><td>3</td><td>2</td><td>1</td><td>40 %</td></tr>";
    private static final String TUESDAY_HIDDEN = "Tisdag</th></tr><tr><th scope=\"row\">07\u2060–\u206010</th>"
            + "<td>0</td><td>0</td><td>0</td><td>0</td><td></td></tr><tr><th scope=\"row\">10\u2060–\u206013</th>"
            + "<td>–</td><td>–</td><td>–</td><td>–</td><td>–</td></tr>";

    private StaffClient customerService;
    private long laundry;

    @BeforeEach
    void seedBookings() {
        customerService = signedIn(CUSTOMER_SERVICE);
        laundry = database.count("SELECT id FROM resource WHERE name = '" + DemoEstate.LAUNDRY_ROOM_NAME + "'");
        // Monday 07–10: six households on six Mondays; three came, two were released, one cancelled.
        List<String> labels = DemoEstate.apartmentLabels();
        book(MONDAYS.get(0), "07:00", "10:00", labels.get(0), "USED");
        book(MONDAYS.get(1), "07:00", "10:00", labels.get(1), "USED");
        book(MONDAYS.get(2), "07:00", "10:00", labels.get(2), "USED");
        book(MONDAYS.get(3), "07:00", "10:00", labels.get(3), "RELEASED");
        book(MONDAYS.get(4), "07:00", "10:00", labels.get(4), "RELEASED");
        book(MONDAYS.get(5), "07:00", "10:00", labels.get(5), "CANCELLED");
        // Tuesday 10–13: only four households, each on its own Tuesday.
        for (int i = 0; i < 4; i++) {
            book(MONDAYS.get(i).plusDays(1), "10:00", "13:00", labels.get(10 + i), "USED");
        }
        // Neither before the period nor today is counted.
        book(LocalDate.of(2026, 9, 28), "07:00", "10:00", labels.get(20), "USED");
        book(LocalDate.of(2026, 11, 25), "07:00", "10:00", labels.get(21), "USED");
    }

    private void book(LocalDate date, String start, String end, String label, String outcome) {
        String status = outcome.equals("USED") ? "ACTIVE" : outcome;
        database.update(
                "INSERT INTO booking (resource_id, slot_date, slot_start, slot_end, apartment_id, status, active,"
                        + " created_at, checked_in_at, released_at, cancelled_at) VALUES (%d, DATE '%s', TIME '%s:00',"
                                .formatted(laundry, date, start)
                        + " TIME '%s:00', %d, '%s', %s, CURRENT_TIMESTAMP, %s, %s, %s)"
                                .formatted(
                                        end,
                                        apartmentId(label),
                                        status,
                                        status.equals("ACTIVE") ? "TRUE" : "NULL",
                                        outcome.equals("USED") ? "CURRENT_TIMESTAMP" : "NULL",
                                        outcome.equals("RELEASED") ? "CURRENT_TIMESTAMP" : "NULL",
                                        outcome.equals("CANCELLED") ? "CURRENT_TIMESTAMP" : "NULL"));
        if (outcome.equals("USED")) {
            // What the first check-in counts (see CheckIns); each seeded use is on a slot of its own.
            database.update(
                    "INSERT INTO slot_usage (resource_id, slot_date, slot_start, slot_end, used) VALUES (%d, DATE '%s',"
                                    .formatted(laundry, date)
                            + " TIME '%s:00', TIME '%s:00', 1)".formatted(start, end));
        }
    }

    private long bookings() {
        return database.count("SELECT COUNT(*) FROM booking");
    }

    @Test
    void the_page_counts_each_slot_of_the_week_over_the_last_eight_weeks() {
        // when
        Page page = customerService.get("/staff/statistics");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("value=\"2026-09-30\"", "value=\"2026-11-24\"", "id=\"table-" + laundry + "\"", MONDAY_ROW);
    }

    @Test
    void a_slot_booked_by_fewer_than_five_households_is_withheld_with_a_footnote() {
        // when
        Page page = customerService.get("/staff/statistics?object=" + laundry);

        // then
        assertThat(page.body()).contains(TUESDAY_HIDDEN, "id=\"footnote\"", "Färre än 5 hushåll");
    }

    @Test
    void bookings_made_checked_in_on_and_released_through_the_api_are_counted() {
        // given: six households each book a Thursday 10–13 on six Thursdays; the first three come
        List<String> labels = DemoEstate.apartmentLabels();
        LocalDate first = LocalDate.of(2026, 11, 26);
        for (int week = 0; week < 6; week++) {
            LocalDate thursday = first.plusWeeks(week);
            String tag = DemoTags.hash(labels.get(6 + week) + "0001");
            clock.set(thursday.atTime(9, 0).atZone(STOCKHOLM).toInstant());
            Reply booked = board.post(
                    ApiPaths.BOOKINGS,
                    "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"10:00\"}".formatted(laundry, thursday),
                    Map.of(ApiPaths.TAG_HEADER, tag));
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            clock.set(thursday.atTime(10, 5).atZone(STOCKHOLM).toInstant());
            if (week < 3) {
                Reply checkedIn = board.post(
                        ApiPaths.DEVICE_CHECK_INS,
                        "{\"resourceId\":" + laundry + "}",
                        Map.of(ApiPaths.TAG_HEADER, tag));
                assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
            }
            clock.set(thursday.atTime(10, 45).atZone(STOCKHOLM).toInstant());
            backend.releaseJob().releaseDue();
        }
        clock.set(first.plusWeeks(5).plusDays(1).atTime(9, 0).atZone(STOCKHOLM).toInstant());

        // when
        Page page = signedIn(CUSTOMER_SERVICE).get("/staff/statistics?from=2026-11-26&to=2026-12-31&object=" + laundry);

        // then
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Torsdag</th></tr><tr><th scope=\"row\">07\u2060–\u206010</th>"
                        + "<td>0</td><td>0</td><td>0</td><td>0</td><td></td></tr><tr><th scope=\"row\">"
                        + "10\u2060–\u206013</th><td>6</td><td>3</td><td>3</td><td>0</td><td>50 %</td></tr>");
    }

    @Test
    void uses_are_still_counted_after_the_purge_has_cleared_the_check_in_times_and_a_retry_counts_once() {
        // given: five households book a Thursday 10–13 on five Thursdays; the first three come and
        // their doors report each check-in twice
        List<String> labels = DemoEstate.apartmentLabels();
        LocalDate first = LocalDate.of(2026, 11, 26);
        for (int week = 0; week < 5; week++) {
            LocalDate thursday = first.plusWeeks(week);
            String tag = DemoTags.hash(labels.get(6 + week) + "0001");
            clock.set(thursday.atTime(9, 0).atZone(STOCKHOLM).toInstant());
            Reply booked = board.post(
                    ApiPaths.BOOKINGS,
                    "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"10:00\"}".formatted(laundry, thursday),
                    Map.of(ApiPaths.TAG_HEADER, tag));
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            if (week < 3) {
                for (int minute : new int[] {5, 6}) {
                    clock.set(thursday.atTime(10, minute).atZone(STOCKHOLM).toInstant());
                    Reply checkedIn = board.post(
                            ApiPaths.DEVICE_CHECK_INS,
                            "{\"resourceId\":" + laundry + "}",
                            Map.of(ApiPaths.TAG_HEADER, tag));
                    assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
                }
            }
            clock.set(thursday.atTime(10, 45).atZone(STOCKHOLM).toInstant());
            backend.releaseJob().releaseDue();
        }
        clock.set(first.plusWeeks(4).plusDays(21).atTime(9, 0).atZone(STOCKHOLM).toInstant());

        long checkInTimesBefore = database.count(
                "SELECT COUNT(*) FROM booking WHERE slot_date >= DATE '2026-11-26' AND checked_in_at IS NOT NULL");

        // when
        int cleared = backend.privacy().purgeNow().checkInsCleared();
        Page page = signedIn(CUSTOMER_SERVICE).get("/staff/statistics?from=2026-11-26&to=2026-12-31&object=" + laundry);

        // then
        assertThat(checkInTimesBefore).isEqualTo(3);
        assertThat(cleared).as("the seeded check-ins are as old").isGreaterThanOrEqualTo(3);
        assertThat(database.count("SELECT COUNT(*) FROM booking WHERE checked_in_at IS NOT NULL"))
                .as("no check-in time outlives the purge")
                .isZero();
        assertThat(database.count("SELECT SUM(used) FROM slot_usage WHERE slot_date >= DATE '2026-11-26'"))
                .as("each booking counted once, retries or not")
                .isEqualTo(3);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("10\u2060–\u206013</th><td>5</td><td>3</td><td>2</td><td>0</td><td>40 %</td></tr>");
    }

    @Test
    void the_usage_counts_name_no_apartment() {
        // when
        long apartmentColumns = database.count("SELECT COUNT(*) FROM information_schema.columns"
                + " WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = 'slot_usage'"
                + " AND LOWER(column_name) LIKE '%apartment%'");
        long columns = database.count("SELECT COUNT(*) FROM information_schema.columns"
                + " WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = 'slot_usage'");

        // then
        assertThat(columns).isEqualTo(5);
        assertThat(apartmentColumns).isZero();
    }

    @Test
    void many_bookings_of_one_household_are_withheld_too() {
        // given: one household books Wednesday 13–16 on six Wednesdays
        String label = DemoEstate.apartmentLabels().get(15);
        for (LocalDate monday : MONDAYS) {
            book(monday.plusDays(2), "13:00", "16:00", label, "USED");
        }

        // when
        String csv =
                customerService.get("/staff/statistics.csv?object=" + laundry).body();

        // then
        assertThat(csv).contains(laundry + ",Tvättstuga A,WEDNESDAY,13:00,16:00,,,,,,yes\r\n");
    }

    @Test
    void a_shorter_period_counts_fewer_households_and_so_withholds_the_cell() {
        // when
        Page page = customerService.get("/staff/statistics?from=2026-11-16&to=2026-11-24&object=" + laundry);

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .doesNotContain(MONDAY_ROW)
                .contains("Måndag</th></tr><tr><th scope=\"row\">07\u2060–\u206010</th><td>–</td>");
    }

    @Test
    void the_page_shows_no_totals_that_would_give_a_withheld_cell_back() {
        // when
        String body = customerService.get("/staff/statistics").body();

        // then
        assertThat(body).doesNotContain("<tfoot").doesNotContain(">Summa<").doesNotContain(">Totalt<");
    }

    @Test
    void the_chart_is_inline_svg_with_presentation_attributes_and_no_script_or_style_attribute() {
        // when
        String body = customerService.get("/staff/statistics?object=" + laundry).body();

        // then
        assertThat(body)
                .contains("<svg id=\"chart-" + laundry + "\" role=\"img\"", "<title id=\"chart-title-" + laundry)
                .contains("fill=\"#")
                .doesNotContain("<script")
                .doesNotContain(" style=\"");
    }

    @Test
    void the_csv_has_the_same_numbers_and_leaves_a_withheld_cell_blank() {
        // when
        Page csv = customerService.get("/staff/statistics.csv?object=" + laundry);

        // then
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("statistics-2026-09-30-2026-11-24.csv");
        assertThat(csv.body())
                .startsWith("object_id,object,weekday,slot_start,slot_end,booked,used,released,cancelled,"
                        + "no_show_percent,suppressed\r\n")
                .contains(laundry + ",Tvättstuga A,MONDAY,07:00,10:00,6,3,2,1,40,no\r\n")
                .contains(laundry + ",Tvättstuga A,TUESDAY,10:00,13:00,,,,,,yes\r\n")
                .contains(laundry + ",Tvättstuga A,WEDNESDAY,07:00,10:00,0,0,0,0,,no\r\n");
    }

    @Test
    void the_csv_quotes_an_object_name_with_a_comma_or_a_quote() {
        // given
        database.update("UPDATE resource SET name = 'Tvätt \"A\", källaren' WHERE id = " + laundry);

        // when
        String csv =
                customerService.get("/staff/statistics.csv?object=" + laundry).body();

        // then
        assertThat(csv).contains(laundry + ",\"Tvätt \"\"A\"\", källaren\",MONDAY,07:00,10:00,6,");
    }

    @Test
    void no_apartment_label_appears_on_the_page_or_in_the_csv() {
        // when
        String page = customerService.get("/staff/statistics").body().replaceAll("value=\"[^\"]*\"", "");
        String csv = customerService.get("/staff/statistics.csv").body();

        // then
        for (String label : DemoEstate.apartmentLabels()) {
            Pattern alone = Pattern.compile("(?<![0-9A-Za-z])" + label + "(?![0-9A-Za-z])");
            assertThat(alone.matcher(page).find()).as("page names " + label).isFalse();
            assertThat(alone.matcher(csv).find()).as("csv names " + label).isFalse();
        }
    }

    @Test
    void the_page_reads_in_english_with_the_same_numbers() {
        // given
        customerService.setCookie(Language.COOKIE, "en");

        // when
        Page page = customerService.get("/staff/statistics?object=" + laundry);

        // then
        assertThat(page.body())
                .contains("Booking statistics", "No-show", "Fewer than 5 households")
                .contains(MONDAY_ROW.replace("Måndag", "Monday"));
    }

    @Test
    void it_administration_may_see_the_statistics() {
        // when
        Page page = signedIn(IT_ADMIN).get("/staff/statistics");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(MONDAY_ROW);
    }

    @Test
    void the_social_housing_unit_and_the_caretaker_are_refused_page_and_csv() {
        for (String username : List.of(SOCIAL_UNIT, CARETAKER)) {
            // given
            StaffClient staff = signedIn(username);

            // when
            Page page = staff.get("/staff/statistics");
            Page csv = staff.get("/staff/statistics.csv");
            String home = staff.get("/staff").body();

            // then
            assertThat(page.status()).as(username).isEqualTo(403);
            assertThat(csv.status()).as(username).isEqualTo(403);
            assertThat(csv.body()).as(username).doesNotContain("MONDAY");
            assertThat(home).as(username).doesNotContain("/staff/statistics");
        }
    }

    @Test
    void the_home_page_links_the_statistics_for_customer_service() {
        // when
        String home = customerService.get("/staff").body();

        // then
        assertThat(home).contains("href=\"/staff/statistics\"");
    }

    @Test
    void without_signing_in_there_are_no_statistics() {
        // when
        Page page = new StaffClient(backend.baseUri()).get("/staff/statistics.csv");

        // then
        assertThat(page.status()).isIn(401, 303);
        assertThat(page.body()).doesNotContain("MONDAY");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_and_changes_nothing() {
        // given
        long before = bookings();

        // when
        Page page = customerService.get("/staff/statistics?from=2026-11-20&to=2026-11-10");
        Page csv = customerService.get("/staff/statistics.csv?from=2026-11-20&to=2026-11-10");

        // then
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Perioden börjar 2026-11-20, efter att den slutar 2026-11-10");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(bookings()).isEqualTo(before);
    }

    @Test
    void garbled_absurd_future_or_overlong_dates_are_refused() {
        // when
        Page garbled = customerService.get("/staff/statistics?from=last-monday");
        Page absurd = customerService.get("/staff/statistics?from=0000-01-01&to=2026-11-01");
        Page invalid = customerService.get("/staff/statistics?to=2026-02-30");
        Page today = customerService.get("/staff/statistics?to=2026-11-25");
        Page overlong = customerService.get("/staff/statistics?from=2020-01-01&to=2026-11-01");

        // then
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.body()).contains("last-monday");
        assertThat(absurd.status()).isEqualTo(400);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("2026-02-30");
        assertThat(today.status()).isEqualTo(400);
        assertThat(today.body()).contains("bara passerade pass räknas");
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.body()).contains("högst 732 dagar");
    }

    @Test
    void an_object_that_is_not_a_number_is_a_400_and_an_unknown_one_a_404() {
        // given
        long before = bookings();

        // when
        Page garbled = customerService.get("/staff/statistics?object=tvattstuga");
        Page garbledCsv = customerService.get("/staff/statistics.csv?object=1%3B");
        Page unknown = customerService.get("/staff/statistics?object=999999");

        // then
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.body()).contains("”tvattstuga”");
        assertThat(garbledCsv.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("999999");
        assertThat(bookings()).isEqualTo(before);
    }
}
