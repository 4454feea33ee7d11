package se.bricka.core.demo;

import se.bricka.core.tag.TagUid;

/**
 * The doors of the demo property, defined once for the seeder, the door controller and tests: the
 * entrance and bike room of {@link DemoEstate#BUILDING_NAME}, the door of {@link
 * DemoEstate#LAUNDRY_ROOM_NAME}, a caretaker's staff tag, and a headless door controller for them.
 */
public final class DemoDoors {

    public static final String ENTRANCE = "lg4-entrance";
    public static final String BIKE_ROOM = "lg4-bike-room";
    public static final String LAUNDRY_ROOM = "lg4-laundry-a";

    /** The caretaker's tag: opens every demo door on weekdays 07–16. */
    public static final TagUid CARETAKER_TAG = new TagUid("CA7E7A6E");

    public static final String CARETAKER_HOURS = "MON-FRI 07:00-16:00";

    /** The caretaker's number in the staff register (no name is stored with tags). */
    public static final long CARETAKER_STAFF_REF = 9001;

    /** A door controller without a screen, guarding all three demo doors. */
    public static final DemoEstate.DemoDevice DOOR_CONTROLLER =
            new DemoEstate.DemoDevice("door-1", "Dörrstyrning Lärkgatan 4", "demo-door-1-token");

    private DemoDoors() {}
}
