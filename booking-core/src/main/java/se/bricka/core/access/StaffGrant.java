package se.bricka.core.access;

import java.util.Objects;
import java.util.Set;

/** A staff tag (caretaker, cleaner): the doors it opens and when. */
public record StaffGrant(String tagHash, long staffId, Set<String> doorIds, WeeklyHours hours, boolean blocked) {

    public StaffGrant {
        Objects.requireNonNull(tagHash, "tagHash");
        doorIds = Set.copyOf(doorIds);
        Objects.requireNonNull(hours, "hours");
    }
}
