package se.bricka.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotTemplateTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @Test
    void standard_laundry_day_has_five_three_hour_slots_from_seven_to_ten_at_night() {
        List<Slot> slots = SlotTemplate.standardLaundry().slotsOn(1, TUESDAY);

        assertThat(slots)
                .extracting(Slot::start)
                .containsExactly(
                        LocalTime.of(7, 0),
                        LocalTime.of(10, 0),
                        LocalTime.of(13, 0),
                        LocalTime.of(16, 0),
                        LocalTime.of(19, 0));
        assertThat(slots.getLast().end()).isEqualTo(LocalTime.of(22, 0));
        assertThat(slots).allSatisfy(slot -> assertThat(slot.date()).isEqualTo(TUESDAY));
    }

    @Test
    void find_returns_the_slot_that_starts_at_the_given_time_only() {
        SlotTemplate template = SlotTemplate.standardLaundry();

        assertThat(template.find(3, TUESDAY, LocalTime.of(10, 0))).contains(new Slot(3, TUESDAY, SlotTime.of(10, 13)));
        assertThat(template.find(3, TUESDAY, LocalTime.of(8, 0))).isEmpty();
    }

    @Test
    void overlapping_slots_are_refused_with_both_named() {
        assertThatThrownBy(() -> new SlotTemplate(List.of(SlotTime.of(7, 10), SlotTime.of(9, 12))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("07:00")
                .hasMessageContaining("09:00");
    }

    @Test
    void slots_out_of_order_and_empty_templates_are_refused() {
        assertThatThrownBy(() -> new SlotTemplate(List.of(SlotTime.of(10, 13), SlotTime.of(7, 10))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order");
        assertThatThrownBy(() -> new SlotTemplate(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_slot_that_ends_before_it_starts_is_refused_with_its_times() {
        assertThatThrownBy(() -> new SlotTime(LocalTime.of(13, 0), LocalTime.of(10, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slot must end after it starts, was 13:00–10:00");
    }

    @Test
    void a_weekday_of_its_own_replaces_the_daily_slots_on_that_day_only() {
        // given a template whose Sundays run 10–13 and 13–16
        SlotTemplate template = SlotTemplate.standardLaundry()
                .withWeekday(DayOfWeek.SUNDAY, List.of(SlotTime.of(10, 13), SlotTime.of(13, 16)));
        LocalDate sunday = TUESDAY.plusDays(5);

        // then Sunday has two slots, Tuesday still five, and 07:00 exists only on Tuesday
        assertThat(template.slotsOn(1, sunday))
                .extracting(Slot::start)
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(13, 0));
        assertThat(template.slotsOn(1, TUESDAY)).hasSize(5);
        assertThat(template.find(1, sunday, LocalTime.of(7, 0))).isEmpty();
        assertThat(template.find(1, TUESDAY, LocalTime.of(7, 0))).isPresent();
    }

    @Test
    void a_weekday_without_slots_offers_nothing_that_day() {
        // given a template closed on Sundays
        SlotTemplate template = SlotTemplate.standardLaundry().withWeekday(DayOfWeek.SUNDAY, List.of());

        // then
        assertThat(template.slotsOn(1, TUESDAY.plusDays(5))).isEmpty();
    }

    @Test
    void overlapping_slots_on_a_weekday_are_refused() {
        assertThatThrownBy(() -> SlotTemplate.standardLaundry()
                        .withWeekday(DayOfWeek.SATURDAY, List.of(SlotTime.of(7, 10), SlotTime.of(9, 12))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
    }
}
