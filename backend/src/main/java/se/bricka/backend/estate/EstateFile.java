package se.bricka.backend.estate;

import java.util.List;
import java.util.Map;
import se.bricka.core.access.DoorType;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.tag.TagUid;

/**
 * An estate file as read and checked by {@link EstateFileReader}: every key well formed and unique in
 * its scope, every reference known, every slot template valid. Each part keeps its JSON pointer, so a
 * refusal found later (against the database) can still say where in the file it is.
 */
public record EstateFile(List<Property> properties) {

    /** The version of the format this code reads. */
    public static final int VERSION = 1;

    public record Property(
            String pointer,
            String key,
            String name,
            String timeZone,
            String landlordPhone,
            List<Building> buildings,
            List<Door> doors,
            List<QuotaGroup> quotaGroups,
            List<BookableObject> objects,
            List<Device> devices) {}

    public record Building(String pointer, String key, String address, List<Apartment> apartments) {}

    /** {@code tags} is {@code null} when the file leaves the apartment's tags as they are. */
    public record Apartment(String pointer, String label, List<Tag> tags) {}

    public record Tag(String pointer, TagUid uid) {}

    /** {@code openingHours} is WeeklyHoursCodec text, or {@code null} for any hour. */
    public record Door(
            String pointer, String key, String name, DoorType type, List<String> buildings, String openingHours) {}

    /** A {@code null} limit is "no such limit", as in the quota_group table. */
    public record QuotaGroup(
            String pointer,
            String key,
            String name,
            int maxFuture,
            int maxPerDay,
            Integer rollingCount,
            Integer rollingDays,
            int horizonDays,
            Integer releaseAfterMinutes,
            int cancelHoursBefore) {}

    /** {@code door} and {@code quotaGroup} are keys or {@code null}; {@code names} by BCP 47 language tag. */
    public record BookableObject(
            String pointer,
            String key,
            String name,
            Map<String, String> names,
            String kind,
            String door,
            String quotaGroup,
            SlotTemplate slots) {}

    /** {@code kind} is {@code board} or {@code door}; objects and doors are keys of the same property. */
    public record Device(
            String pointer, String key, String name, String kind, List<String> objects, List<String> doors) {}
}
