package se.bricka.kiosk.door;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.DeviceSnapshot;

/** Small snapshots for the door tests: the demo doors, two tags, one booking of the laundry room. */
final class TestSnapshots {

    static final TagHasher HASHER = new TagHasher(DemoEstate.TAG_KEY);
    static final TagUid RESIDENT = new TagUid("11020001");
    static final TagUid BLOCKED = new TagUid("13060002");
    static final long APARTMENT = 7;
    static final long BUILDING = 1;
    static final long LAUNDRY = 1;

    private TestSnapshots() {}

    /** Version {@code version}; the resident's apartment holds {@code date} 10:00–13:00 as booking 42. */
    static DeviceSnapshot withBooking(long version, LocalDate date) {
        return new DeviceSnapshot(
                version,
                DemoEstate.ZONE,
                0,
                30,
                List.of(
                        new DeviceSnapshot.DoorView(DemoDoors.ENTRANCE, "ENTRANCE", List.of(BUILDING), null, null),
                        new DeviceSnapshot.DoorView(
                                DemoDoors.LAUNDRY_ROOM, "LAUNDRY_ROOM", List.of(BUILDING), LAUNDRY, null)),
                List.of(
                        new DeviceSnapshot.TagView(HASHER.hash(RESIDENT), APARTMENT, BUILDING, false),
                        new DeviceSnapshot.TagView(HASHER.hash(BLOCKED), 8, BUILDING, true)),
                List.of(),
                List.of(new DeviceSnapshot.BookingView(
                        42, APARTMENT, LAUNDRY, date, LocalTime.of(10, 0), LocalTime.of(13, 0))));
    }

    /** The same as {@link #withBooking} but with the resident's tag blocked. */
    static DeviceSnapshot residentBlocked(long version, LocalDate date) {
        DeviceSnapshot base = withBooking(version, date);
        return new DeviceSnapshot(
                version,
                base.zone(),
                0,
                30,
                base.doors(),
                List.of(new DeviceSnapshot.TagView(HASHER.hash(RESIDENT), APARTMENT, BUILDING, true)),
                List.of(),
                base.bookings());
    }
}
