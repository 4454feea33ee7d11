package se.bricka.core.wire;

/** An apartment as a board shows it: its id and its label, such as {@code 1102}. */
public record Household(long apartmentId, String apartmentLabel) {}
