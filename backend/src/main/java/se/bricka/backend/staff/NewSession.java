package se.bricka.backend.staff;

/** A session just opened by a sign-in: the id for the cookie, and the session. */
public record NewSession(String id, StaffSession session) {}
