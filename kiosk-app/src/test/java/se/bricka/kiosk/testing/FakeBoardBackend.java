package se.bricka.kiosk.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import se.bricka.core.booking.BookingDecision;
import se.bricka.core.booking.BookingRules;
import se.bricka.core.booking.Refusal;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.ApartmentBooking;
import se.bricka.core.wire.BookingConfirmation;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.QuotaView;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.core.wire.SlotView;
import se.bricka.core.wire.WeekSchedule;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BackendRefusedException;
import se.bricka.kiosk.backend.BoardBackend;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.backend.ChangeSubscription;
import se.bricka.kiosk.backend.RefusalDetails;

/** An in-memory backend with the demo estate and the real booking rules, for model tests. */
public final class FakeBoardBackend implements BoardBackend {

    public static final long LAUNDRY = 1;
    public static final long SECOND_LAUNDRY = 2;
    /** How many bookings not yet ended a household may hold, as the demo's laundry group allows. */
    public static final int MAX_FUTURE_BOOKINGS = 3;

    public static final TagHasher HASHER = new TagHasher(DemoEstate.TAG_KEY);

    private final BookingRules rules;
    private final Map<String, Household> households = new HashMap<>();
    private final Map<String, Boolean> blocked = new HashMap<>();
    private final Map<Slot, Long> holders = new HashMap<>();
    private final Map<Slot, Long> bookingIds = new HashMap<>();
    private final Map<UUID, BookingConfirmation> byKey = new HashMap<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger weekCalls = new AtomicInteger();
    private final List<UUID> keysSeen = new CopyOnWriteArrayList<>();
    private volatile boolean offline;
    private volatile RuntimeException fault;
    private volatile java.util.concurrent.CountDownLatch hang;
    private final Clock clock;
    private long version;
    private long nextBookingId = 100;

    public FakeBoardBackend(Clock clock) {
        this.clock = clock;
        this.rules = new BookingRules(SlotTemplate.standardLaundry(), ZoneId.of(DemoEstate.ZONE), clock);
        long id = 1;
        for (String label : DemoEstate.apartmentLabels()) {
            households.put(label, new Household(id++, label));
        }
        for (DemoEstate.DemoTag tag : DemoEstate.tags()) {
            String hash = HASHER.hash(tag.uid());
            blocked.put(hash, tag.blocked());
            households.put(hash, households.get(tag.apartmentLabel()));
        }
    }

    /** The first demo tag of an apartment, such as {@code 1102}. */
    public static TagUid tagOf(String apartmentLabel) {
        return DemoEstate.tags().stream()
                .filter(tag -> tag.apartmentLabel().equals(apartmentLabel) && !tag.blocked())
                .findFirst()
                .orElseThrow()
                .uid();
    }

    public static TagUid blockedTag() {
        return DemoEstate.tags().stream()
                .filter(DemoEstate.DemoTag::blocked)
                .findFirst()
                .orElseThrow()
                .uid();
    }

    /** The next calls throw {@code fault}, as a bug in a client would. */
    public void failWith(RuntimeException fault) {
        this.fault = fault;
    }

    /** The next calls block until {@link #release()}, as a backend that never answers would. */
    public void hang() {
        hang = new java.util.concurrent.CountDownLatch(1);
    }

    public void release() {
        var current = hang;
        hang = null;
        if (current != null) {
            current.countDown();
        }
    }

    public void setOffline(boolean offline) {
        this.offline = offline;
    }

    /** How many weeks were fetched for a household (the idle screen's anonymous ones not counted). */
    public int weekCalls() {
        return weekCalls.get();
    }

    public List<UUID> idempotencyKeysSeen() {
        return List.copyOf(keysSeen);
    }

    /** Another household books a slot (as if on the web), and the change is pushed. */
    public synchronized void bookElsewhere(String apartmentLabel, LocalDate date, int startHour) {
        Slot slot = rules.template()
                .find(LAUNDRY, date, java.time.LocalTime.of(startHour, 0))
                .orElseThrow();
        holders.put(slot, households.get(apartmentLabel).apartmentId());
        bookingIds.put(slot, nextBookingId++);
        push(new ChangeEvent(++version, ChangeEvent.BOOKING_CREATED, LAUNDRY, date, slot.start()));
    }

    /** The push connection drops and comes back, as after a network outage. */
    public void reconnect() {
        listeners.forEach(listener -> listener.connection(false));
        listeners.forEach(listener -> listener.connection(true));
    }

    /** The backend goes away: calls fail and the push connection says so. */
    public void goOffline() {
        setOffline(true);
        listeners.forEach(listener -> listener.connection(false));
    }

    /** The backend is back: calls answer and the push connection says so. */
    public void comeBackOnline() {
        setOffline(false);
        listeners.forEach(listener -> listener.connection(true));
    }

    /** Pushes an event as the backend would. */
    public void push(ChangeEvent event) {
        listeners.forEach(listener -> listener.changed(event));
    }

    @Override
    public DeviceBootstrap bootstrap() {
        checkOnline();
        String key = Base64.getEncoder().encodeToString(DemoEstate.TAG_KEY);
        return new DeviceBootstrap(
                "board-1",
                DemoEstate.PROPERTY_NAME,
                DemoEstate.ZONE,
                key,
                List.of(
                        new ResourceSummary(LAUNDRY, DemoEstate.LAUNDRY_ROOM_NAME, "laundry"),
                        new ResourceSummary(SECOND_LAUNDRY, DemoEstate.SECOND_LAUNDRY_ROOM_NAME, "laundry")));
    }

    @Override
    public synchronized Household identify(String tagHash) {
        checkOnline();
        return household(tagHash);
    }

    @Override
    public synchronized WeekSchedule week(long resourceId, LocalDate day, String tagHash) {
        checkOnline();
        if (tagHash != null) {
            weekCalls.incrementAndGet();
        }
        Optional<Long> viewer = tagHash == null
                ? Optional.empty()
                : Optional.of(household(tagHash).apartmentId());
        LocalDate monday = BookingRules.weekStartOf(day);
        List<SlotView> views = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (Slot slot : rules.template().slotsOn(resourceId, monday.plusDays(d))) {
                Optional<Long> holder = Optional.ofNullable(holders.get(slot));
                var state = rules.stateOf(slot, holder, viewer);
                Long bookingId = holder.equals(viewer) ? bookingIds.get(slot) : null;
                views.add(new SlotView(slot.date(), slot.start(), slot.end(), state, bookingId));
            }
        }
        QuotaView quota = viewer.map(this::quotaOf).orElse(null);
        return new WeekSchedule(resourceId, nameOf(resourceId), monday, DemoEstate.ZONE, null, views, version, quota);
    }

    @Override
    public synchronized List<ApartmentBooking> bookings(String tagHash, LocalDate from) {
        checkOnline();
        long apartment = household(tagHash).apartmentId();
        return holders.entrySet().stream()
                .filter(entry ->
                        entry.getValue() == apartment && !entry.getKey().date().isBefore(from))
                .map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(Slot::date).thenComparing(Slot::start))
                .map(slot -> new ApartmentBooking(
                        bookingIds.get(slot),
                        slot.resourceId(),
                        nameOf(slot.resourceId()),
                        slot.date(),
                        slot.start(),
                        slot.end(),
                        "ACTIVE",
                        false))
                .toList();
    }

    private QuotaView quotaOf(long apartment) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock.withZone(ZoneId.of(DemoEstate.ZONE)));
        List<Slot> held = holders.entrySet().stream()
                .filter(entry -> entry.getValue() == apartment)
                .map(Map.Entry::getKey)
                .filter(slot -> slot.date().atTime(slot.end()).isAfter(now))
                .sorted(java.util.Comparator.comparing(Slot::date).thenComparing(Slot::start))
                .toList();
        java.time.LocalDateTime freeing = held.isEmpty()
                ? null
                : held.getFirst().date().atTime(held.getFirst().end());
        int remaining = Math.max(0, MAX_FUTURE_BOOKINGS - held.size());
        return new QuotaView(held.size(), MAX_FUTURE_BOOKINGS, remaining, freeing);
    }

    private static String nameOf(long resourceId) {
        return resourceId == SECOND_LAUNDRY ? DemoEstate.SECOND_LAUNDRY_ROOM_NAME : DemoEstate.LAUNDRY_ROOM_NAME;
    }

    @Override
    public synchronized BookingConfirmation book(BookingRequest request, String tagHash, UUID key) {
        keysSeen.add(key);
        checkOnline();
        if (byKey.containsKey(key)) {
            return byKey.get(key);
        }
        Household who = household(tagHash);
        Optional<Long> holder = rules.template()
                .find(request.resourceId(), request.date(), request.start())
                .map(holders::get);
        BookingDecision decision = rules.decide(request.resourceId(), request.date(), request.start(), holder);
        if (decision instanceof BookingDecision.Refused refused) {
            throw new BackendRefusedException(refused.reason().code(), 409, "refused " + request.date());
        }
        QuotaView quota = quotaOf(who.apartmentId());
        if (quota.remaining() == 0) {
            throw new BackendRefusedException(
                    Refusal.QUOTA_FUTURE_BOOKINGS.code(), 409, "quota used up", new RefusalDetails(quota, null, null));
        }
        Slot slot = ((BookingDecision.Allowed) decision).slot();
        holders.put(slot, who.apartmentId());
        long id = nextBookingId++;
        bookingIds.put(slot, id);
        BookingConfirmation confirmation = new BookingConfirmation(
                id, slot.resourceId(), nameOf(slot.resourceId()), slot.date(), slot.start(), slot.end(), "x");
        byKey.put(key, confirmation);
        push(new ChangeEvent(++version, ChangeEvent.BOOKING_CREATED, slot.resourceId(), slot.date(), slot.start()));
        return confirmation;
    }

    @Override
    public synchronized void cancel(long bookingId, String tagHash) {
        checkOnline();
        Household who = household(tagHash);
        Slot slot = bookingIds.entrySet().stream()
                .filter(entry -> entry.getValue() == bookingId)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new BackendRefusedException(Refusal.UNKNOWN_BOOKING.code(), 404, "no booking"));
        if (!holders.get(slot).equals(who.apartmentId())) {
            throw new BackendRefusedException(Refusal.NOT_YOUR_BOOKING.code(), 403, "not yours");
        }
        holders.remove(slot);
        bookingIds.remove(slot);
        push(new ChangeEvent(++version, ChangeEvent.BOOKING_CANCELLED, slot.resourceId(), slot.date(), slot.start()));
    }

    @Override
    public ChangeSubscription subscribe(ChangeListener listener) {
        listeners.add(listener);
        listener.connection(true);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }

    private Household household(String tagHash) {
        Household who = households.get(tagHash);
        if (who == null) {
            throw new BackendRefusedException(Refusal.UNKNOWN_TAG.code(), 404, "unknown tag");
        }
        if (blocked.get(tagHash)) {
            throw new BackendRefusedException(Refusal.TAG_BLOCKED.code(), 403, "blocked tag");
        }
        return who;
    }

    private void checkOnline() {
        var waiting = hang;
        if (waiting != null) {
            try {
                waiting.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault != null) {
            throw fault;
        }
        if (offline) {
            throw new BackendOfflineException("fake backend is offline", null);
        }
    }
}
