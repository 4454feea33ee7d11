package se.bricka.core.wire;

import java.time.Instant;

/**
 * A caretaker the backend verified on this board. The board sends {@code token} in {@link
 * ApiPaths#CARETAKER_SESSION_HEADER} with each staff action (closures, PIN changes); it works only
 * with this board's device token and only until {@code expiresAt}.
 */
public record CaretakerSession(String token, long caretakerId, String name, Instant expiresAt) {}
