package se.bricka.backend.closure;

import se.bricka.core.booking.Closure;

/** A closure as stored: its id, the property of its object, and the period. */
public record StoredClosure(long id, long propertyId, Closure closure) {}
