package se.bricka.backend.resource;

import java.time.ZoneId;
import java.util.Optional;
import se.bricka.core.booking.CancelPolicy;
import se.bricka.core.booking.QuotaRules;
import se.bricka.core.booking.ReleasePolicy;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.wire.ResourceSummary;

/**
 * A bookable object of a property, with its slot template, the property's zone and the rules of its
 * quota group.
 *
 * @param quotaGroupId the group whose objects share the quota; empty when the object stands alone
 * @param quota the limits each household has in the group
 * @param release when unused bookings are released; empty when they never are
 * @param cancel until when a booking may be cancelled
 */
public record Resource(
        long id,
        long propertyId,
        String name,
        String kind,
        SlotTemplate template,
        ZoneId zone,
        Optional<Long> quotaGroupId,
        QuotaRules quota,
        Optional<ReleasePolicy> release,
        CancelPolicy cancel) {

    /** The object as the wire shows it. */
    public ResourceSummary summary() {
        return new ResourceSummary(id, name, kind);
    }
}
