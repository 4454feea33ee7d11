package se.bricka.core.access;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link WeeklyHours} as one line of text, as the database and the device snapshot carry it:
 * {@code "MON-FRI 07:00-16:00; SAT,SUN 09:00-12:00"}. {@code "always"} is every day all day, an empty
 * text is never. Anything else is refused with a message that names the bad part.
 */
public final class WeeklyHoursCodec {

    private static final String ALWAYS = "always";
    private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.values());

    private WeeklyHoursCodec() {}

    /** Reads hours written by {@link #format}; an unreadable text is an {@link IllegalArgumentException}. */
    public static WeeklyHours parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("weekly hours are missing");
        }
        String trimmed = text.strip();
        if (trimmed.equalsIgnoreCase(ALWAYS)) {
            return WeeklyHours.always();
        }
        List<WeeklyHours.Window> windows = new ArrayList<>();
        for (String part : trimmed.split(";")) {
            if (!part.isBlank()) {
                windows.add(window(part.strip()));
            }
        }
        return new WeeklyHours(windows);
    }

    /** Writes {@code hours} in the form {@link #parse} reads. */
    public static String format(WeeklyHours hours) {
        return hours.windows().stream()
                .map(w -> days(w.days()) + " " + time(w.from()) + "-" + time(w.to()))
                .collect(Collectors.joining("; "));
    }

    private static WeeklyHours.Window window(String part) {
        String[] daysAndTimes = part.split("\\s+");
        if (daysAndTimes.length != 2) {
            throw new IllegalArgumentException("a window must be like 'MON-FRI 07:00-16:00', was '" + part + "'");
        }
        String[] times = daysAndTimes[1].split("-");
        if (times.length != 2) {
            throw new IllegalArgumentException("times must be like 07:00-16:00, was '" + daysAndTimes[1] + "'");
        }
        return new WeeklyHours.Window(parseDays(daysAndTimes[0]), parseTime(times[0]), parseEnd(times[1]));
    }

    private static Set<DayOfWeek> parseDays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] range = item.split("-");
            if (range.length == 1) {
                days.add(day(range[0]));
            } else if (range.length == 2) {
                for (int d = day(range[0]).ordinal(); d <= day(range[1]).ordinal(); d++) {
                    days.add(DAYS.get(d));
                }
            } else {
                throw new IllegalArgumentException("days must be like MON-FRI or SAT,SUN, was '" + text + "'");
            }
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DAYS) {
            if (day.name().startsWith(upper) && upper.length() == 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("a day must be MON, TUE, … SUN, was '" + text + "'");
    }

    private static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a time must be like 07:00, was '" + text + "'", e);
        }
    }

    /** 24:00 is the end of the day. */
    private static LocalTime parseEnd(String text) {
        return text.equals("24:00") ? LocalTime.MAX : parseTime(text);
    }

    private static String days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
    }

    private static String time(LocalTime time) {
        return time.equals(LocalTime.MAX) ? "24:00" : time.toString();
    }
}
