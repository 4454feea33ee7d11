package se.bricka.backend.nameboard;

import java.time.Instant;

/** The names a digital name board shows for one apartment. */
public record NameBoardEntry(long apartmentId, String apartmentLabel, String names, Instant updatedAt) {}
