package se.bricka.core.wire;

import java.time.LocalDate;
import java.util.List;

/**
 * A week (Monday to Sunday) of one bookable object, as one household sees it.
 *
 * @param viewer the household the states are computed for; {@code null} for an anonymous view
 * @param slots every slot of the week, ordered by date, then start
 * @param version the backend's change version this schedule reflects
 * @param quota the viewing household's quota in the object's quota group; {@code null} without a viewer
 */
public record WeekSchedule(
        long resourceId,
        String resourceName,
        LocalDate weekStart,
        String zone,
        Household viewer,
        List<SlotView> slots,
        long version,
        QuotaView quota) {

    public WeekSchedule {
        slots = List.copyOf(slots);
    }

    /** A schedule without quota information (an anonymous view). */
    public WeekSchedule(
            long resourceId,
            String resourceName,
            LocalDate weekStart,
            String zone,
            Household viewer,
            List<SlotView> slots,
            long version) {
        this(resourceId, resourceName, weekStart, zone, viewer, slots, version, null);
    }
}
