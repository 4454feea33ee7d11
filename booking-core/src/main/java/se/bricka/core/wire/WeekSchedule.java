package se.bricka.core.wire;

import java.time.LocalDate;
import java.util.List;

/**
 * A week (Monday to Sunday) of one bookable object, as one household sees it.
 *
 * @param viewer the household the states are computed for; {@code null} for an anonymous view
 * @param slots every slot of the week, ordered by date, then start
 * @param version the backend's change version this schedule reflects
 */
public record WeekSchedule(
        long resourceId,
        String resourceName,
        LocalDate weekStart,
        String zone,
        Household viewer,
        List<SlotView> slots,
        long version) {

    public WeekSchedule {
        slots = List.copyOf(slots);
    }
}
