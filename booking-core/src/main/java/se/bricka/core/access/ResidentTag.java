package se.bricka.core.access;

import java.util.Objects;

/** A resident's tag as a device knows it: its keyed hash, never the UID, and whose it is. */
public record ResidentTag(String tagHash, long apartmentId, long buildingId, boolean blocked) {

    public ResidentTag {
        Objects.requireNonNull(tagHash, "tagHash");
    }
}
