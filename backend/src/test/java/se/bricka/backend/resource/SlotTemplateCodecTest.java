package se.bricka.backend.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.booking.SlotTime;

class SlotTemplateCodecTest {

    @Test
    void template_with_weekdays_of_their_own_survives_a_round_trip() {
        // given laundry slots every day, two on Saturdays and none on Sundays
        SlotTemplate template = SlotTemplate.standardLaundry()
                .withWeekday(DayOfWeek.SATURDAY, List.of(SlotTime.of(10, 13), SlotTime.of(13, 16)))
                .withWeekday(DayOfWeek.SUNDAY, List.of());

        // when it is stored and read back
        String stored = SlotTemplateCodec.format(template);

        // then it reads as written and comes back equal
        assertThat(stored)
                .isEqualTo("07:00-10:00 10:00-13:00 13:00-16:00 16:00-19:00 19:00-22:00"
                        + " | SAT 10:00-13:00 13:00-16:00 | SUN -");
        assertThat(SlotTemplateCodec.parse(stored)).isEqualTo(template);
    }

    @Test
    void template_stored_before_weekdays_existed_still_reads() {
        // when a version 1 value is read
        SlotTemplate template = SlotTemplateCodec.parse("07:00-10:00 10:00-13:00");

        // then it has the same slots every day
        assertThat(template.daily()).hasSize(2);
        assertThat(template.weekdays()).isEmpty();
    }

    @Test
    void unknown_weekday_is_refused_naming_it() {
        assertThatThrownBy(() -> SlotTemplateCodec.parse("07:00-10:00 | XYZ 10:00-13:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XYZ");
    }
}
