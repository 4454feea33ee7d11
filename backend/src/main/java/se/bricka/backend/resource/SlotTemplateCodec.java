package se.bricka.backend.resource;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.booking.SlotTime;

/** Stores a slot template in one column as {@code 07:00-10:00 10:00-13:00 …}. */
public final class SlotTemplateCodec {

    private SlotTemplateCodec() {}

    /** The template as stored, e.g. {@code 07:00-10:00 10:00-13:00}. */
    public static String format(SlotTemplate template) {
        return template.daily().stream()
                .map(time -> time.start() + "-" + time.end())
                .collect(Collectors.joining(" "));
    }

    /** The template from its stored form; a malformed one is a programming or migration error. */
    public static SlotTemplate parse(String text) {
        return new SlotTemplate(Arrays.stream(text.strip().split("\\s+"))
                .map(SlotTemplateCodec::parseSlot)
                .toList());
    }

    private static SlotTime parseSlot(String text) {
        String[] ends = text.split("-", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("a stored slot must look like 07:00-10:00, was '" + text + "'");
        }
        return new SlotTime(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
    }
}
