package se.bricka.backend.household;

/** The apartment a tag belongs to, and whether the tag may still be used. */
record TagHolder(long apartmentId, String apartmentLabel, long propertyId, boolean blocked) {}
