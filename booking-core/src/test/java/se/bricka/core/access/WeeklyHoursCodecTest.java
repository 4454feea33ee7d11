package se.bricka.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WeeklyHoursCodecTest {

    @Test
    void hours_written_as_text_read_back_the_same() {
        // given
        String text = "MON,TUE,WED,THU,FRI 07:00-16:00; SAT 09:00-24:00";

        // when
        WeeklyHours hours = WeeklyHoursCodec.parse(text);

        // then
        assertThat(WeeklyHoursCodec.format(hours)).isEqualTo(text);
        assertThat(WeeklyHoursCodec.parse("MON-FRI 07:00-16:00"))
                .isEqualTo(WeeklyHoursCodec.parse("MON,TUE,WED,THU,FRI 07:00-16:00"));
    }

    @Test
    void a_window_includes_its_start_and_excludes_its_end() {
        // given
        WeeklyHours hours = WeeklyHoursCodec.parse("MON-FRI 07:00-16:00");

        // then (2026-11-25 is a Wednesday)
        assertThat(hours.contains(LocalDateTime.of(2026, 11, 25, 7, 0))).isTrue();
        assertThat(hours.contains(LocalDateTime.of(2026, 11, 25, 16, 0))).isFalse();
        assertThat(hours.contains(LocalDateTime.of(2026, 11, 28, 10, 0))).isFalse();
    }

    @Test
    void always_is_every_hour_and_an_empty_text_is_never() {
        assertThat(WeeklyHoursCodec.parse("always").contains(LocalDateTime.of(2026, 11, 29, 3, 0)))
                .isTrue();
        assertThat(WeeklyHoursCodec.parse("").windows()).isEmpty();
    }

    @Test
    void unreadable_hours_are_refused_naming_the_bad_part() {
        assertThatThrownBy(() -> WeeklyHoursCodec.parse("MON-FRY 07:00-16:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FRY");
        assertThatThrownBy(() -> WeeklyHoursCodec.parse("MON 7-16"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'7'");
    }
}
