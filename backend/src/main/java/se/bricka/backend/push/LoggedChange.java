package se.bricka.backend.push;

import se.bricka.core.wire.ChangeEvent;

/**
 * A change as the log holds it: the event and the property it belongs to.
 *
 * @param propertyId the property whose devices hear the change; {@link #EVERY_PROPERTY} for a bare
 *     signal that names nothing (no slot, no delta)
 */
public record LoggedChange(ChangeEvent event, long propertyId) {

    /** The property of a change that names nothing: every device hears it. */
    public static final long EVERY_PROPERTY = 0;

    /** Whether a device of {@code property} hears this change as it is. */
    public boolean concerns(long property) {
        return propertyId == EVERY_PROPERTY || propertyId == property;
    }

    /**
     * What a device of another property hears instead: the version alone, so that its versions stay
     * without a gap and it learns nothing of the change.
     */
    public static ChangeEvent elsewhere(long version) {
        return new ChangeEvent(version, ChangeEvent.ELSEWHERE, 0, null, null, null);
    }
}
