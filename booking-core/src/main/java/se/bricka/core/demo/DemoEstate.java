package se.bricka.core.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.booking.SlotTime;
import se.bricka.core.tag.TagUid;

/**
 * The demo property, defined once: the backend seeds it into an empty database and the simulated
 * reader offers its tags. Apartments are numbered the Swedish way: {@code 1102} is floor 1, door 02.
 */
public final class DemoEstate {

    public static final String PROPERTY_NAME = "Kvarteret Lärkan";
    public static final String BUILDING_NAME = "Lärkgatan 4";
    /** The first bookable object: boards show it by default. */
    public static final String LAUNDRY_ROOM_NAME = "Tvättstuga A";

    /** A second laundry room, sharing the quota of {@link #LAUNDRY_ROOM_NAME}. */
    public static final String SECOND_LAUNDRY_ROOM_NAME = "Tvättstuga B";

    /** The common room, booked by the day in a quota group of its own. */
    public static final String COMMON_ROOM_NAME = "Träfflokal";

    /** The quota group of both laundry rooms: 2 future bookings, 1 a day, 4 weeks ahead. */
    public static final String LAUNDRY_GROUP_NAME = "Tvättstugor";

    /** The quota group of the common room: 1 future booking, 8 weeks ahead, never released. */
    public static final String COMMON_ROOM_GROUP_NAME = "Träfflokal";

    /** Tvättstuga B keeps shorter Sundays: 10–13 and 13–16 only. */
    public static SlotTemplate secondLaundryRoom() {
        return SlotTemplate.standardLaundry()
                .withWeekday(DayOfWeek.SUNDAY, List.of(SlotTime.of(10, 13), SlotTime.of(13, 16)));
    }

    /** The common room is booked for the whole day: one slot, 08:00–22:00. */
    public static SlotTemplate commonRoomDay() {
        return new SlotTemplate(List.of(new SlotTime(LocalTime.of(8, 0), LocalTime.of(22, 0))));
    }

    public static final String ZONE = "Europe/Stockholm";

    /** The key demo tags are hashed with. A real installation sets its own secret key. */
    public static final byte[] TAG_KEY = "bricka-demo-tag-key-not-secret".getBytes(StandardCharsets.UTF_8);

    /** Device tokens of the two demo boards. */
    public static final List<DemoDevice> DEVICES = List.of(
            new DemoDevice("board-1", "Tvättstugan, tavla 1", "demo-board-1-token"),
            new DemoDevice("board-2", "Tvättstugan, tavla 2", "demo-board-2-token"));

    public static final int FLOORS = 4;
    public static final int APARTMENTS_PER_FLOOR = 6;
    public static final int TAGS_PER_APARTMENT = 2;

    /** A tag that belongs to nobody, to show how an unknown tag is refused. */
    public static final TagUid UNKNOWN_TAG = new TagUid("DEADBEEF");

    private DemoEstate() {}

    /** Apartment labels, floor by floor: 1001…1006, 1101…1106, … */
    public static List<String> apartmentLabels() {
        List<String> labels = new ArrayList<>();
        for (int floor = 0; floor < FLOORS; floor++) {
            for (int door = 1; door <= APARTMENTS_PER_FLOOR; door++) {
                labels.add("%d%d%02d".formatted(1, floor, door));
            }
        }
        return labels;
    }

    /** Every demo tag, with its apartment; the second tag of the top floor's last apartment is blocked. */
    public static List<DemoTag> tags() {
        List<String> labels = apartmentLabels();
        List<DemoTag> tags = new ArrayList<>();
        for (String label : labels) {
            for (int n = 1; n <= TAGS_PER_APARTMENT; n++) {
                boolean blocked = label.equals(labels.getLast()) && n == TAGS_PER_APARTMENT;
                tags.add(new DemoTag(new TagUid(label + "%04d".formatted(n)), label, n, blocked));
            }
        }
        return List.copyOf(tags);
    }

    /** A demo tag: UID {@code 11020001} is tag 1 of apartment 1102. */
    public record DemoTag(TagUid uid, String apartmentLabel, int number, boolean blocked) {}

    public record DemoDevice(String deviceId, String name, String token) {}
}
