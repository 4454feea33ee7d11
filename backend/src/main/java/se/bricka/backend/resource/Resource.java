package se.bricka.backend.resource;

import java.time.ZoneId;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.wire.ResourceSummary;

/** A bookable object of a property, with its slot template and the property's zone. */
public record Resource(long id, long propertyId, String name, String kind, SlotTemplate template, ZoneId zone) {

    /** The object as the wire shows it. */
    public ResourceSummary summary() {
        return new ResourceSummary(id, name, kind);
    }
}
