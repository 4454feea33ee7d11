package se.bricka.backend.accesslog;

/**
 * A read of the access log as a person asked for it, every field as typed (possibly missing or
 * malformed); {@link AccessLogReader} checks it.
 *
 * @param purpose a {@code LogPurpose} code
 * @param caseReference the case or request number the read is for
 * @param apartment an apartment label such as {@code 1102}, or blank for all
 * @param door a door id, or blank for all
 * @param from an ISO date (first day, inclusive), or blank for the start of the 14-day window
 * @param to an ISO date (last day, inclusive), or blank for today
 * @param output {@code page}, {@code csv} or {@code pdf}
 */
public record LogRequest(
        String purpose, String caseReference, String apartment, String door, String from, String to, String output) {}
