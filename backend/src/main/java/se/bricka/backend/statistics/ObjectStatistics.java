package se.bricka.backend.statistics;

import java.util.List;
import se.bricka.backend.resource.Resource;

/** The cells of one bookable object, Monday first and by slot start within a day. */
public record ObjectStatistics(Resource resource, List<SlotCell> cells) {

    public ObjectStatistics {
        cells = List.copyOf(cells);
    }
}
