package se.bricka.backend.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an RFC 5545 calendar: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
 * character), TEXT values escaped, times in UTC so no VTIMEZONE is needed.
 */
public final class ICalendarWriter {

    /** One event of the calendar; times are instants, written in UTC. */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String description) {}

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    private ICalendarWriter() {}

    /** The whole calendar named {@code name}, stamped {@code now}. */
    public static String write(String name, Instant now, List<Event> events) {
        ICalendarWriter writer = new ICalendarWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Bricka//Booking calendar//EN");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:PUBLISH");
        writer.line("X-WR-CALNAME:" + text(name));
        writer.line("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        for (Event event : events) {
            writer.line("BEGIN:VEVENT");
            writer.line("UID:" + event.uid());
            writer.line("DTSTAMP:" + UTC.format(now));
            writer.line("DTSTART:" + UTC.format(event.start()));
            writer.line("DTEND:" + UTC.format(event.end()));
            writer.line("SUMMARY:" + text(event.summary()));
            writer.line("LOCATION:" + text(event.location()));
            writer.line("DESCRIPTION:" + text(event.description()));
            writer.line("STATUS:CONFIRMED");
            writer.line("TRANSP:OPAQUE");
            writer.line("END:VEVENT");
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets. */
    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
