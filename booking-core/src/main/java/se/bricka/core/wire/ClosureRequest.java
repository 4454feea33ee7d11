package se.bricka.core.wire;

import java.time.LocalDateTime;

/**
 * Staff close an object from {@code from} until {@code until} (local times of the property; no
 * {@code until} means until further notice), giving a reason tenants will see.
 */
public record ClosureRequest(LocalDateTime from, LocalDateTime until, String reason) {}
