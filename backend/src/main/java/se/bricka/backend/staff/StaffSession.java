package se.bricka.backend.staff;

import java.time.Instant;

/**
 * A live staff session. The id itself is known only to the browser's cookie; the database holds its
 * hash.
 *
 * @param csrfToken the token every form of this session must carry
 */
public record StaffSession(StaffAccount account, String csrfToken, Instant expiresAt) {}
