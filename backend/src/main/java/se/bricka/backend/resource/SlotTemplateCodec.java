package se.bricka.backend.resource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.booking.SlotTime;

/**
 * Stores a slot template in one column: the daily slots, then any weekday of its own, as in
 * {@code 07:00-10:00 10:00-13:00 | SAT 10:00-13:00 | SUN -} ({@code -}: no slots that day).
 */
public final class SlotTemplateCodec {

    private static final String NONE = "-";

    private SlotTemplateCodec() {}

    /** The template as stored, e.g. {@code 07:00-10:00 10:00-13:00 | SUN -}. */
    public static String format(SlotTemplate template) {
        StringBuilder text = new StringBuilder(times(template.daily()));
        for (DayOfWeek day : DayOfWeek.values()) {
            List<SlotTime> own = template.weekdays().get(day);
            if (own != null) {
                text.append(" | ").append(abbreviation(day)).append(' ').append(own.isEmpty() ? NONE : times(own));
            }
        }
        return text.toString();
    }

    /** The template from its stored form; a malformed one is a programming or migration error. */
    public static SlotTemplate parse(String text) {
        String[] parts = text.split("\\|");
        Map<DayOfWeek, List<SlotTime>> weekdays = new EnumMap<>(DayOfWeek.class);
        for (int i = 1; i < parts.length; i++) {
            String[] words = parts[i].strip().split("\\s+", 2);
            DayOfWeek day = dayOf(words[0]);
            weekdays.put(day, words.length < 2 || words[1].strip().equals(NONE) ? List.of() : parseTimes(words[1]));
        }
        return new SlotTemplate(parseTimes(parts[0]), weekdays);
    }

    private static String times(List<SlotTime> times) {
        return times.stream().map(time -> time.start() + "-" + time.end()).collect(Collectors.joining(" "));
    }

    private static List<SlotTime> parseTimes(String text) {
        return new ArrayList<>(Arrays.stream(text.strip().split("\\s+"))
                .map(SlotTemplateCodec::parseSlot)
                .toList());
    }

    private static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    private static DayOfWeek dayOf(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (abbreviation(day).equals(abbreviation.toUpperCase(Locale.ROOT))) {
                return day;
            }
        }
        throw new IllegalArgumentException("a stored weekday must be MON to SUN, was '" + abbreviation + "'");
    }

    private static SlotTime parseSlot(String text) {
        String[] ends = text.split("-", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("a stored slot must look like 07:00-10:00, was '" + text + "'");
        }
        return new SlotTime(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
    }
}
