package se.bricka.core.wire;

/**
 * An apartment's calendar subscription: an unguessable URL path (relative to the backend) serving
 * its bookings as iCalendar. Issuing a new feed revokes the previous URL.
 */
public record CalendarFeed(String path) {}
