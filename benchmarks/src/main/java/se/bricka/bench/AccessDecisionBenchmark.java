package se.bricka.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.bricka.core.access.AccessDecision;
import se.bricka.core.access.AccessPolicy;
import se.bricka.core.access.AccessSnapshot;
import se.bricka.core.access.BookedSlot;
import se.bricka.core.access.Door;
import se.bricka.core.access.DoorType;
import se.bricka.core.access.ResidentTag;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;

/**
 * The door's local decision: tag read → keyed hash → snapshot look-up → {@link AccessPolicy}, with a
 * snapshot of 10,000 resident tags and a month of laundry bookings. Everything between the reader
 * and the relay command except the GPIO write.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AccessDecisionBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final int TAGS = 10_000;

    private TagHasher hasher;
    private AccessSnapshot snapshot;
    private AccessPolicy policy;
    private Door entrance;
    private Door laundry;
    private TagUid booker;
    private TagUid resident;
    private TagUid stranger;
    private Instant during;

    @Setup
    public void setUp() {
        hasher = new TagHasher("benchmark-tag-key-0123456789".getBytes(StandardCharsets.UTF_8));
        List<ResidentTag> tags = new ArrayList<>(TAGS);
        for (int i = 0; i < TAGS; i++) {
            tags.add(new ResidentTag(hasher.hash(uid(i)), i / 3, 1, i % 97 == 0));
        }
        LocalDate today = LocalDate.of(2026, 11, 25);
        List<BookedSlot> bookings = new ArrayList<>();
        for (int day = 0; day < 28; day++) {
            List<Slot> slots = SlotTemplate.standardLaundry().slotsOn(10, today.plusDays(day));
            for (int s = 0; s < slots.size(); s++) {
                bookings.add(new BookedSlot(day * 5L + s, (day * 5L + s) * 7 % (TAGS / 3), slots.get(s)));
            }
        }
        snapshot = new AccessSnapshot(1, tags, List.of(), Map.of(10L, bookings));
        policy = new AccessPolicy(ZONE);
        entrance = new Door("entrance", DoorType.ENTRANCE, Set.of(1L), Optional.empty(), Optional.empty());
        laundry = new Door("laundry", DoorType.LAUNDRY_ROOM, Set.of(1L), Optional.of(10L), Optional.empty());
        BookedSlot todayAtTen = bookings.get(1);
        booker = uid((int) todayAtTen.apartmentId() * 3 + 1);
        resident = uid(4242);
        stranger = new TagUid("DEADBEEF");
        during = todayAtTen.slot().startsAt(ZONE).plusSeconds(600);
    }

    private static TagUid uid(int i) {
        return new TagUid("%08X".formatted(0x04000000 + i));
    }

    @Benchmark
    public AccessDecision resident_at_entrance() {
        return policy.decide(entrance, hasher.hash(resident), during, snapshot);
    }

    @Benchmark
    public AccessDecision booker_at_laundry_door() {
        return policy.decide(laundry, hasher.hash(booker), during, snapshot);
    }

    @Benchmark
    public AccessDecision unknown_tag_at_entrance() {
        return policy.decide(entrance, hasher.hash(stranger), during, snapshot);
    }
}
