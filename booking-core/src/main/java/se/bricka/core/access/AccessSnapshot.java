package se.bricka.core.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
}
