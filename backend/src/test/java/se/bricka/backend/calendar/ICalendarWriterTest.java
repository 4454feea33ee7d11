package se.bricka.backend.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5545 details that a calendar app would choke on. */
class ICalendarWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");

    private static String calendarWithSummary(String summary) {
        return ICalendarWriter.write(
                "Bricka",
                NOW,
                List.of(new ICalendarWriter.Event(
                        "booking-1@bricka.se",
                        Instant.parse("2026-11-26T09:00:00Z"),
                        Instant.parse("2026-11-26T12:00:00Z"),
                        summary,
                        "Tvättstuga A",
                        "x")));
    }

    @Test
    void long_lines_of_multibyte_text_fold_at_75_octets_without_splitting_a_character() {
        // given a summary of 200 characters, each two octets in UTF-8
        String summary = "ä".repeat(200);

        // when it is written
        String calendar = calendarWithSummary(summary);

        // then every physical line is at most 75 octets, and unfolding gives the text back
        for (String line : calendar.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(calendar.replace("\r\n ", "")).contains("SUMMARY:" + summary + "\r\n");
    }

    @Test
    void text_values_escape_commas_semicolons_backslashes_and_newlines() {
        // when a summary holds every character TEXT must escape
        String calendar = calendarWithSummary("a,b;c\\d\ne");

        // then they are escaped, and no bare newline breaks the line
        assertThat(calendar).contains("SUMMARY:a\\,b\\;c\\\\d\\ne\r\n");
    }
}
