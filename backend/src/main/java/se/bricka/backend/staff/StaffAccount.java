package se.bricka.backend.staff;

import se.bricka.core.privacy.StaffRole;

/** A signed-in member of staff: who, and in which role. */
public record StaffAccount(long id, String username, String displayName, StaffRole role) {}
