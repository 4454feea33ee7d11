package se.bricka.core.access;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a device needs to decide at its doors without asking anyone: resident tags and staff grants
 * by keyed hash, and the active bookings of its rooms. Indexed once at construction, so a decision
 * is a few map look-ups.
 */
public final class AccessSnapshot {

    private final long version;
    private final Map<String, ResidentTag> residents;
    private final Map<String, StaffGrant> staff;
    private final Map<Long, List<BookedSlot>> bookingsByResource;

    public AccessSnapshot(
            long version,
            Collection<ResidentTag> residents,
            Collection<StaffGrant> staff,
            Map<Long, ? extends Collection<BookedSlot>> bookingsByResource) {
        this.version = version;
        this.residents =
                residents.stream().collect(Collectors.toUnmodifiableMap(ResidentTag::tagHash, Function.identity()));
        this.staff = staff.stream().collect(Collectors.toUnmodifiableMap(StaffGrant::tagHash, Function.identity()));
        this.bookingsByResource = bookingsByResource.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    private AccessSnapshot(
            long version,
            Map<String, ResidentTag> residents,
            Map<String, StaffGrant> staff,
            Map<Long, List<BookedSlot>> bookingsByResource) {
        this.version = version;
        this.residents = residents;
        this.staff = staff;
        this.bookingsByResource = bookingsByResource;
    }

    /** The same content at another version (a change that touched nothing a door decides by). */
    public AccessSnapshot atVersion(long version) {
        return new AccessSnapshot(version, residents, staff, bookingsByResource);
    }

    /**
     * This snapshot at {@code version} with the resident tags of {@code replaced} hashes taken out and
     * {@code added} put in; the rest is shared, not copied tag by tag or checked again.
     */
    public AccessSnapshot withResidents(long version, Set<String> replaced, Collection<ResidentTag> added) {
        return new AccessSnapshot(
                version, replace(residents, replaced, added, ResidentTag::tagHash), staff, bookingsByResource);
    }

    /** As {@link #withResidents}, for staff tags. */
    public AccessSnapshot withStaff(long version, Set<String> replaced, Collection<StaffGrant> added) {
        return new AccessSnapshot(
                version, residents, replace(staff, replaced, added, StaffGrant::tagHash), bookingsByResource);
    }

    /** This snapshot at {@code version} with the bookings of {@code resourceId} being {@code bookings}. */
    public AccessSnapshot withBookings(long version, long resourceId, Collection<BookedSlot> bookings) {
        Map<Long, List<BookedSlot>> changed = new HashMap<>(bookingsByResource);
        if (bookings.isEmpty()) {
            changed.remove(resourceId);
        } else {
            changed.put(resourceId, List.copyOf(bookings));
        }
        return new AccessSnapshot(version, residents, staff, Collections.unmodifiableMap(changed));
    }

    private static <T> Map<String, T> replace(
            Map<String, T> held, Set<String> replaced, Collection<T> added, Function<T, String> key) {
        Map<String, T> changed = new HashMap<>(held);
        changed.keySet().removeAll(replaced);
        for (T item : added) {
            if (changed.putIfAbsent(key.apply(item), item) != null) {
                throw new IllegalArgumentException("tag hash " + key.apply(item) + " appears twice");
            }
        }
        return Collections.unmodifiableMap(changed);
    }

    public long version() {
        return version;
    }

    public Optional<ResidentTag> resident(String tagHash) {
        return Optional.ofNullable(residents.get(tagHash));
    }

    public Optional<StaffGrant> staff(String tagHash) {
        return Optional.ofNullable(staff.get(tagHash));
    }

    public List<BookedSlot> bookings(long resourceId) {
        return bookingsByResource.getOrDefault(resourceId, List.of());
    }

    public int residentCount() {
        return residents.size();
    }

    public int staffCount() {
        return staff.size();
    }
}
