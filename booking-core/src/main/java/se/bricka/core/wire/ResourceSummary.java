package se.bricka.core.wire;

/** A bookable object, such as a laundry room. {@code kind} is {@code laundry} or {@code common-room}. */
public record ResourceSummary(long id, String name, String kind) {}
