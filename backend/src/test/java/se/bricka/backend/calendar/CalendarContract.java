package se.bricka.backend.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;

/** An apartment's bookings as an iCalendar feed behind an unguessable URL. */
public abstract class CalendarContract extends ApiTestBase {

    private String issueFeed(String tagHash) {
        Reply reply = board.post(ApiPaths.APARTMENT_CALENDAR_FEED, "", tag(tagHash));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("path").asText();
    }

    /** The feed's raw text, fetched without any device token, as a calendar app would. */
    private Reply fetch(String path) throws Exception {
        Request request = new Request.Builder()
                .url(backend.baseUri().resolve(path).toString())
                .build();
        try (Response response = ApiClient.http().newCall(request).execute()) {
            return new Reply(
                    response.code(),
                    response.header("Content-Type", ""),
                    new String(response.body().bytes(), StandardCharsets.UTF_8));
        }
    }

    /** Unfolds content lines (RFC 5545 3.1) and splits them into events of name → value. */
    private static List<Map<String, String>> events(String calendar) {
        String unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    @Test
    void feed_lists_the_apartments_bookings_as_icalendar_in_utc() throws Exception {
        // given apartment 1102 holds tomorrow 10:00–13:00 (09:00–12:00 UTC in winter)
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        String path = issueFeed(DemoTags.APARTMENT_1102);

        // when a calendar app fetches the feed, without a device token
        Reply feed = fetch(path);

        // then it is one event with the right UTC times, a UID, a stamp and a summary
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        List<Map<String, String>> events = events(feed.body());
        assertThat(events).hasSize(1);
        Map<String, String> event = events.getFirst();
        assertThat(event.get("DTSTART")).isEqualTo("20261126T090000Z");
        assertThat(event.get("DTEND")).isEqualTo("20261126T120000Z");
        assertThat(event.get("DTSTAMP")).isEqualTo("20261125T083000Z");
        assertThat(event.get("UID")).matches("booking-\\d+@bricka\\.se");
        assertThat(event.get("SUMMARY")).isEqualTo("Tvättstuga A");
    }

    @Test
    void every_line_ends_in_crlf_and_is_at_most_75_octets() throws Exception {
        // given a feed with bookings in rooms with non-ASCII names
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        book(resourceNamed("Träfflokal"), DemoTags.APARTMENT_1102, TOMORROW.plusDays(3), "08:00");

        // when it is fetched
        String body = fetch(issueFeed(DemoTags.APARTMENT_1102)).body();

        // then no bare LF appears and no physical line is longer than 75 octets
        assertThat(body.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(events(body)).hasSize(2);
    }

    @Test
    void feed_leaves_out_other_apartments_and_cancelled_bookings() throws Exception {
        // given 1203 holds a booking and 1102 cancelled its own
        book(DemoTags.APARTMENT_1203, TOMORROW, "13:00");
        long mine = book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(1), "10:00")
                .json()
                .path("bookingId")
                .asLong();
        board.delete(ApiPaths.booking(mine), tag(DemoTags.APARTMENT_1102));

        // when 1102's feed is fetched
        String body = fetch(issueFeed(DemoTags.APARTMENT_1102)).body();

        // then it holds no event
        assertThat(events(body)).isEmpty();
    }

    @Test
    void a_new_feed_revokes_the_old_url() throws Exception {
        // given apartment 1102 had a feed and asks for a new one
        String old = issueFeed(DemoTags.APARTMENT_1102);
        String current = issueFeed(DemoTags.APARTMENT_1102);

        // when the old URL is fetched
        Reply reply = fetch(old);

        // then it is gone, and the new one works
        assertProblem(reply, 404, "unknown-calendar-feed");
        assertThat(fetch(current).status()).isEqualTo(200);
        assertThat(current).isNotEqualTo(old).hasSizeGreaterThan("/calendar/".length() + 40);
    }
}
